// 法律援助申请: one function behind the online application, the service window and an
// application forwarded from detention (Art. 39, within 24 hours). It checks the ID numbers,
// where to apply (Art. 38), runs the eligibility rules in force on the day of receipt, starts
// the 7-day decision clock (Art. 43) and gives the applicant a tracking code.
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { type Tx, withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { checkIdNumber, maskIdNumber, maskPhone } from '../../../platform/identifiers/index.js';
import { clockNow } from '../../../platform/workflow/clock.js';
import { type LegalDate, shanghaiDate } from '../../../platform/workflow/dates.js';
import { applyClock, type ClockState, emptyClock } from '../../../platform/workflow/machine.js';
import type { ApplicationBody, DetentionBody, FileInput, WindowBody } from '../contract.js';
import { centreAbbreviation } from '../domain/centres.js';
import { checkEligibility, type EligibilityFacts } from '../domain/eligibility.js';
import { GRAVEST_GROUNDS } from '../domain/eligibility-rules.js';
import { forwardDelay } from '../domain/forwarding.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import { LEGAL_AID_SETTINGS } from '../domain/settings.js';
import { nextNumber, records } from '../db/queries.js';
import { cases, type DetentionRecord, events, parties } from '../db/schema.js';
import { applicationCentre, type Centre } from './centre.js';
import { caseDeadlines, nextDueDate } from './deadlines.js';
import { eligibilityView, stateLabel } from './present.js';
import { newTrackingCode, trackingCodeIndex } from '../../../platform/workflow/tracking-code.js';

export interface Person {
  name: string;
  idNumber?: string | undefined;
  phone?: string | undefined;
}

export function checkedId(person: Person, label: string): string | null {
  if (!person.idNumber) return null;
  const check = checkIdNumber(person.idNumber);
  if (!check.ok)
    throw new AppError('ID_NUMBER_INVALID', {
      reason: `${label}“${person.name}”：${check.reason}`,
    });
  return check.value;
}

export function notInFuture(date: LegalDate, field: string) {
  if (date > shanghaiDate()) throw new AppError('LEGAL_AID_DATE_IN_FUTURE', { field });
}

export const factsOf = (input: ApplicationBody): EligibilityFacts => ({
  category: input.category,
  civilMatter: input.civilMatter ?? null,
  mandatoryGround: input.mandatoryGround ?? null,
  noMeansTestGround: input.noMeansTestGround ?? null,
  exemptGroup: input.exemptGroup ?? null,
  hasOwnLawyer: input.hasOwnLawyer,
  household: input.household ?? null,
  residenceRegion: input.residenceRegion ?? null,
});

type NewCase = Omit<
  typeof cases.$inferInsert,
  'caseNumber' | 'trackingCodeHash' | 'centreCode' | 'organizationId' | 'regionCode' | 'clock'
>;

/** Inserts a case with its people, materials, first event and audit event; returns its receipt. */
export async function insertCase(
  tx: Tx,
  ctx: RequestContext,
  centre: Centre,
  values: NewCase & { clock: ClockState },
  people: { person: Person; id: string | null; role: 'applicant' | 'agent'; relation?: string }[],
  materials: FileInput[],
  action: string,
) {
  const year = Number(values.receivedDate.slice(0, 4));
  const n = await nextNumber(tx, `case-${centre.code}-${year}`);
  const caseNumber = `(${year})穗${centreAbbreviation(centre.name)}法援字第${n}号`;
  const trackingCode = newTrackingCode();
  const [row] = await tx
    .insert(cases)
    .values({
      ...values,
      caseNumber,
      trackingCodeHash: trackingCodeIndex(ctx.cipher, 'legal-aid', trackingCode),
      centreCode: centre.code,
      organizationId: centre.id,
      regionCode: centre.regionCode,
      nextDueDate: nextDueDate(values.clock),
    })
    .returning();
  const c = row!;
  await tx.insert(parties).values(
    people.map(({ person, id, role, relation }, position) => ({
      caseId: c.id,
      role,
      relation: relation ?? null,
      name: person.name,
      idNumberEncrypted: id ? ctx.cipher.encrypt(id) : null,
      idNumberIndex: id ? ctx.cipher.blindIndex(id) : null,
      idNumberMasked: id ? maskIdNumber(id) : null,
      phoneEncrypted: person.phone ? ctx.cipher.encrypt(person.phone) : null,
      phoneMasked: person.phone ? maskPhone(person.phone) : null,
      position,
    })),
  );
  const by = ctx.actor?.displayName ?? null;
  for (const file of materials) await records.storeUpload(tx, c.id, 'material', file, by);
  const details = {
    source: c.source,
    category: c.category,
    eligible: c.eligibility?.passed ?? null,
    ruleSet: c.eligibility?.ruleSet.version ?? null,
    ...(c.detention ? { forwardHours: c.detention.hours, forwardedLate: c.detention.late } : {}),
  };
  await tx.insert(events).values({
    caseId: c.id,
    onDate: c.receivedDate,
    action,
    toState: c.state,
    actorId: ctx.actor?.userId ?? null,
    actorName: by,
    details,
    public: true,
  });
  await record(tx, auditContext(ctx), {
    action: `legal-aid.${action}`,
    entityType: 'legal_aid_case',
    entityId: c.id,
    regionCode: c.regionCode,
    details: { caseNumber, ...details },
  });
  const due = caseDeadlines(c.clock, shanghaiDate(), ctx.locale, 0)[0]?.dueDate ?? null;
  return {
    caseId: c.id,
    caseNumber,
    trackingCode,
    state: c.state,
    stateLabel: stateLabel(c.state, ctx.locale),
    centreName: centre.name,
    eligibility: c.eligibility ? eligibilityView(c.eligibility, ctx.locale) : null,
    decideBy: due,
  };
}

interface Intake {
  source: 'online' | 'window' | 'detention';
  receivedDate: LegalDate;
  detention: DetentionRecord | null;
}

async function createCase(ctx: RequestContext, input: ApplicationBody, intake: Intake) {
  notInFuture(intake.receivedDate, '收到申请的日期');
  const applicantId = checkedId(input.applicant, '申请人');
  if (!applicantId)
    throw new AppError('VALIDATION_FAILED', [
      { in: 'body', path: 'applicant.idNumber', message: '请填写身份证号码' },
    ]);
  const agentId = input.agent ? checkedId(input.agent, '代理申请人') : null;
  const facts = factsOf(input);
  const eligibility = checkEligibility(facts, intake.receivedDate);
  return withTx(ctx.db, async (tx) => {
    const { centre } = await applicationCentre(tx, input.place, input.centreCode, ctx.actor);
    if (ctx.actor) authorize(ctx.actor, P.register, { regionCode: centre.regionCode });
    const people = [
      { person: input.applicant, id: applicantId, role: 'applicant' as const },
      ...(input.agent
        ? [
            {
              person: input.agent,
              id: agentId,
              role: 'agent' as const,
              relation: input.agent.relation,
            },
          ]
        : []),
    ];
    return insertCase(
      tx,
      ctx,
      centre,
      {
        state: 'APPLIED',
        source: intake.source,
        category: input.category,
        civilMatter: input.civilMatter ?? null,
        mandatoryGround: input.mandatoryGround ?? null,
        gravest:
          input.category === 'criminal_defence' &&
          !!input.mandatoryGround &&
          GRAVEST_GROUNDS.includes(input.mandatoryGround),
        matterSummary: input.matterSummary,
        place: input.place,
        receivedDate: intake.receivedDate,
        facts,
        eligibility,
        detention: intake.detention,
        clock: applyClock(emptyClock(), { start: ['decide'] }, intake.receivedDate),
      },
      people,
      input.materials,
      intake.source === 'online' ? 'apply_online' : 'register',
    );
  });
}

/** 网上申请: received today, by the applicant (no login). */
export function submitApplication(ctx: RequestContext, input: ApplicationBody) {
  return createCase({ ...ctx, actor: null }, input, {
    source: 'online',
    receivedDate: shanghaiDate(),
    detention: null,
  });
}

/** 窗口申请, registered by an officer with the day it was received. */
export function registerApplication(ctx: RequestContext, input: WindowBody) {
  authorize(requireActor(ctx), P.register);
  const { receivedDate, ...application } = input;
  return createCase(ctx, application, { source: 'window', receivedDate, detention: null });
}

/** An application a detention facility forwarded (Art. 39): the hours it took are recorded. */
export function registerForwarded(ctx: RequestContext, input: DetentionBody) {
  authorize(requireActor(ctx), P.register);
  const { facility, requestedAt, forwardedAt, ...application } = input;
  const requested = new Date(requestedAt);
  const forwarded = new Date(forwardedAt);
  if (forwarded < requested || forwarded.getTime() > clockNow().getTime() + 60_000)
    throw new AppError('LEGAL_AID_FORWARD_TIME_INVALID');
  const delay = forwardDelay(requested, forwarded, LEGAL_AID_SETTINGS.forwardHours);
  return createCase(ctx, application, {
    source: 'detention',
    receivedDate: shanghaiDate(forwarded),
    detention: {
      facility,
      requestedAt: requested.toISOString(),
      forwardedAt: forwarded.toISOString(),
      ...delay,
    },
  });
}
