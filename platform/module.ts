// What a module gives the server: its routes (a Fastify plugin) and, for modules whose cases
// name people, the matters of one person for the person file (一人一档). Roles, permissions and
// error codes are registered when the module's index.ts is imported. No module reads another
// module's tables: the person file asks every module through `personMatters` (and the file of an
// organization through `organizationMatters`).
import type { FastifyPluginAsync } from 'fastify';
import type { Executor } from './db/index.js';
import type { Localized } from './i18n/index.js';

/** One matter (case) of a person in one module, as the person file lists it. */
export interface PersonMatter {
  /** The module's folder name, e.g. `reconsideration`. */
  module: string;
  caseId: string;
  caseNumber: string;
  /** What the matter is about, e.g. 学历公证 or 不服某区市场监督管理局行政处罚. */
  title: string;
  state: string;
  stateLabel: Localized;
  /** The person's role in it, e.g. 申请人 / 被申请人 / 当事人. */
  role: Localized;
  regionCode: string;
  /** The legal date it started (applied or received). */
  startedOn: string;
  closed: boolean;
}

export interface SifaModule {
  /** The folder name under modules/, e.g. `reconsideration`. */
  name: string;
  routes: FastifyPluginAsync;
  /**
   * The matters that name the person whose ID number has this blind index
   * (`DataCipher.blindIndex`). Read-only; the caller checks permissions and logs the read.
   */
  personMatters?: (db: Executor, idNumberIndex: string) => Promise<PersonMatter[]>;
  /** The matters that name an organization by its unified social credit code. */
  organizationMatters?: (db: Executor, creditCode: string) => Promise<PersonMatter[]>;
}
