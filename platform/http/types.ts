// What the kernel adds to every Fastify request and route.
import type {} from '@fastify/cookie';
import type { Actor } from '../auth/permissions.js';
import type { Config } from '../config/index.js';
import type { DataCipher } from '../crypto/index.js';
import type { NoteSigner } from '../ledger/checkpoint.js';
import type { Database } from '../db/index.js';
import type { Locale } from '../i18n/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
    /** Hash of the session token behind the cookie, when signed in. */
    sessionHash: string | null;
    sessionExpired: boolean;
    csrfToken: string | null;
  }
  interface FastifyInstance {
    sifa: { database: Database; config: Config; cipher: DataCipher; ledgerSigner: NoteSigner };
    /** `METHOD /api/…` of every API route, in registration order. */
    apiRoutes: string[];
  }
  interface FastifyContextConfig {
    /** Open to everyone without login (citizens' pages, login itself, health). */
    public?: boolean;
  }
}

export {};
