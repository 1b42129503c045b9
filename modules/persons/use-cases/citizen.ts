// The citizen pages: prove who you are (behind IdentityVerifier), then see your own matters
// across Sifa (我的法律服务) and who read your data, when and why (谁查看了我的信息).
import { createHash, randomBytes } from 'node:crypto';
import { accessKindLabel, personReads, purposeLabel } from '../../../platform/access-log/index.js';
import { record } from '../../../platform/audit/index.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Page, PageQuery } from '../../../platform/http/pagination.js';
import { checkIdNumber } from '../../../platform/identifiers/index.js';
import type { AccessEntry, CitizenMe, MatterView, VerifyBody } from '../contract.js';
import {
  CITIZEN_SESSION_MINUTES,
  lockoutMinutes,
  VERIFICATION_LIMITS,
  type IdentityVerifier,
} from '../domain/identity.js';
import { moduleLabel } from '../domain/labels.js';
import {
  citizenSession,
  deleteCitizenSession,
  failuresSince,
  insertCitizenSession,
  personById,
  purgeCitizenSessions,
  recordAttempt,
} from '../db/queries.js';
import { mattersOf } from './matters.js';
import { matterView } from './present.js';
import { oneTimeCodeVerifier } from './one-time-code.js';

let verifier: IdentityVerifier = oneTimeCodeVerifier;

/** Puts another identity check (粤省事, a national e-ID) in place of the one-time code. */
export function useIdentityVerifier(next: IdentityVerifier): void {
  verifier = next;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface CitizenSession {
  idNumberIndex: string;
  personId: string | null;
  expiresAt: Date;
}

/**
 * Checks the claim; after too many failures for this ID number or from this client, refuses
 * to check at all. On success opens a short citizen session and returns its token.
 */
export async function verifyCitizen(
  ctx: RequestContext,
  body: VerifyBody,
  clientAddress: string,
): Promise<{ token: string; expiresAt: Date }> {
  const normalized = checkIdNumber(body.idNumber);
  const idNumberIndex = ctx.cipher.blindIndex(normalized.ok ? normalized.value : body.idNumber);
  const clientKey = ctx.cipher.blindIndex(`client:${clientAddress}`);
  const now = new Date();
  const since = new Date(now.getTime() - VERIFICATION_LIMITS.windowMinutes * 60_000);
  const minutes = Math.max(
    lockoutMinutes(
      await failuresSince(ctx.db, { idNumberIndex }, since),
      VERIFICATION_LIMITS.perPerson,
      now,
    ),
    lockoutMinutes(
      await failuresSince(ctx.db, { clientKey }, since),
      VERIFICATION_LIMITS.perClient,
      now,
    ),
  );
  if (minutes > 0) throw new AppError('PERSONS_VERIFICATION_RATE_LIMITED', { minutes });

  const result = await withTx(ctx.db, async (tx) => {
    const identity = await verifier.verify(tx, ctx, {
      idNumber: body.idNumber,
      proof: body.code,
    });
    if (!identity) return null;
    await recordAttempt(tx, idNumberIndex, clientKey, true);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + CITIZEN_SESSION_MINUTES * 60_000);
    await insertCitizenSession(tx, {
      tokenHash: hashToken(token),
      idNumberIndex: identity.idNumberIndex,
      personId: identity.personId,
      method: identity.method,
      expiresAt,
    });
    await record(
      tx,
      { actor: null, requestId: ctx.requestId },
      {
        action: 'persons.citizen_verified',
        entityType: 'person',
        entityId: identity.personId,
        details: { method: identity.method },
      },
    );
    return { token, expiresAt };
  });
  if (!result) {
    await recordAttempt(ctx.db, idNumberIndex, clientKey, false);
    throw new AppError('PERSONS_VERIFICATION_FAILED');
  }
  await purgeCitizenSessions(ctx.db, now);
  return result;
}

/** The session behind the citizen cookie, or 401 asking the person to verify first. */
export async function citizenOf(
  ctx: RequestContext,
  token: string | undefined,
): Promise<CitizenSession> {
  const row = token ? await citizenSession(ctx.db, hashToken(token), new Date()) : undefined;
  if (!row) throw new AppError('PERSONS_CITIZEN_SESSION_REQUIRED');
  return { idNumberIndex: row.idNumberIndex, personId: row.personId, expiresAt: row.expiresAt };
}

export async function endCitizenSession(ctx: RequestContext, token: string | undefined) {
  if (token) await deleteCitizenSession(ctx.db, hashToken(token));
}

export async function citizenMe(ctx: RequestContext, session: CitizenSession): Promise<CitizenMe> {
  const person = session.personId ? await personById(ctx.db, session.personId) : undefined;
  return {
    name: person?.name ?? null,
    idNumberMasked: person?.idNumberMasked ?? '',
    expiresAt: session.expiresAt.toISOString(),
  };
}

/** 我的法律服务: every matter of the person in every module, wherever it is handled. */
export async function citizenMatters(
  ctx: RequestContext,
  session: CitizenSession,
): Promise<{ items: MatterView[] }> {
  const matters = await mattersOf(ctx.db, session.idNumberIndex);
  return { items: matters.map((m) => matterView(m, ctx.locale)) };
}

/** 谁查看了我的信息: each staff read of the person's file and cases, the newest first. */
export async function citizenAccessLog(
  ctx: RequestContext,
  session: CitizenSession,
  page: PageQuery,
): Promise<Page<AccessEntry>> {
  const [reads, matters] = await Promise.all([
    personReads(ctx.db, session.idNumberIndex, page),
    mattersOf(ctx.db, session.idNumberIndex),
  ]);
  const cases = new Map(matters.map((m) => [`${m.module}:${m.caseId}`, m]));
  const recordOf = (module: string, entityType: string, entityId: string) => {
    if (entityType === 'person') return moduleLabel('persons', ctx.locale);
    const matter = cases.get(`${module}:${entityId}`);
    return matter ? `${matter.caseNumber} ${matter.title}` : moduleLabel(module, ctx.locale);
  };
  return {
    ...reads,
    items: reads.items.map((r) => ({
      at: r.at.toISOString(),
      kind: r.kind,
      kindLabel: accessKindLabel(r.kind, ctx.locale),
      actorName: r.actorName,
      organizationName: r.organizationName,
      module: r.module,
      moduleLabel: moduleLabel(r.module, ctx.locale),
      record: recordOf(r.module, r.entityType, r.entityId),
      purpose: r.purpose,
      purposeLabel: purposeLabel(r.purpose, ctx.locale),
    })),
  };
}
