// What a use case receives besides its input: the database, the configuration, who acts, and
// from which request. Routes build it from the Fastify request; scripts and tests build it directly.
import type { Actor } from '../auth/permissions.js';
import type { AuditContext } from '../audit/index.js';
import type { Config } from '../config/index.js';
import type { DataCipher } from '../crypto/index.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors/index.js';
import type { Locale } from '../i18n/index.js';

export interface RequestContext {
  db: Db;
  config: Config;
  /** Encrypts personal data at rest and computes its blind index. */
  cipher: DataCipher;
  actor: Actor | null;
  requestId: string | null;
  locale: Locale;
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  return ctx.actor;
}

export function auditContext(ctx: RequestContext): AuditContext {
  return {
    actor: ctx.actor ? { userId: ctx.actor.userId, displayName: ctx.actor.displayName } : null,
    requestId: ctx.requestId,
  };
}
