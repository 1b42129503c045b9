// The regulations module (法规规章规范性文件库): the only file other modules import.
// The library's read functions take an executor (the database or the caller's transaction).
import type { SifaModule } from '../../platform/module.js';
import './domain/errors.js';
import './domain/permissions.js';
import { regulationsRoutes } from './routes.js';

export { RegulationsPermissions } from './domain/permissions.js';
export { onVersionsImported, type VersionsImportedListener } from './domain/hooks.js';
export {
  registerQueryExpander,
  type ExpansionInput,
  type QueryExpander,
  type QueryExpansion,
} from './domain/search/expander.js';
export {
  articleLabel,
  chineseToInt,
  CHINESE_NUMERAL_CHARS,
  intToChinese,
  parseArticleLabel,
  parseNumber,
  type ArticleNumber,
} from './domain/numerals.js';
export { inForceOn, startsOn, versionStatus, VERSION_STATUSES } from './domain/status.js';
export { LAW_LEVELS, LEVELS } from './domain/levels.js';
export { articleId } from './domain/document.js';
export {
  allVersions,
  articleInForce,
  articleNumberOf,
  articlesOfVersionIds,
  type LibraryArticle,
  getVersion,
  listDocuments,
  versionInForce,
  versionsOfWork,
} from './use-cases/library.js';
export { importLawFiles, parseFiles, type ImportOptions } from './use-cases/import-laws.js';
export { readLawFolder } from './use-cases/law-files.js';
export { importDemoLaws } from './use-cases/demo-laws.js';
export { refreshStatuses } from './db/queries.js';
export type { ArticleKind, ArticlePath, LawLevel, VersionStatus } from './db/schema.js';
export type { ArticleInForce, ArticleView, VersionDetail, VersionSummary } from './contract.js';
export type { ImportProgress, ImportReport, SourceFile } from './domain/import-report.js';
export {
  incidentalReviewsOfCase,
  openIncidentalReview,
  type IncidentalReviewItem,
  type IncidentalReviewRequest,
} from './use-cases/filing-incidental.js';
export { FilingPermissions } from './domain/filing-permissions.js';
export { articleNumbers, articlesById } from './use-cases/graph-reads.js';

export const regulationsModule: SifaModule = {
  name: 'regulations',
  routes: regulationsRoutes,
};
