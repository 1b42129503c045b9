// Response schemas of the mediation disputes API: what a list row and a case page show.
import { z } from 'zod';

const deadlineStatus = z.enum(['normal', 'due_soon', 'overdue', 'suspended', 'met']);

export const caseSummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  channel: z.string(),
  channelLabel: z.string(),
  disputeType: z.string(),
  disputeTypeLabel: z.string(),
  partyNames: z.string(),
  committeeId: z.string(),
  committeeName: z.string(),
  mediatorName: z.string().nullable(),
  appliedDate: z.string(),
  nextDueDate: z.string().nullable(),
  nextDeadlineStatus: deadlineStatus.nullable(),
  regionCode: z.string(),
  placeCode: z.string(),
  riskLevel: z.string().nullable(),
  riskLabel: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const riskSummary = caseSummary.extend({
  riskNote: z.string(),
  riskFlaggedOn: z.string(),
  reportedToPolice: z.boolean(),
  policeStation: z.string().nullable(),
});

const party = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  kind: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  creditCode: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  address: z.string().nullable(),
});

const deadline = z.object({
  key: z.string(),
  label: z.string(),
  start: z.string(),
  dueDate: z.string().nullable(),
  metOn: z.string().nullable(),
  status: deadlineStatus,
  statusLabel: z.string(),
  explanation: z.string(),
  calendarUnpublished: z.boolean(),
});

export const caseDetail = caseSummary.extend({
  version: z.number(),
  placeName: z.string().nullable(),
  referral: z.object({ body: z.string(), reference: z.string().nullable() }).nullable(),
  facts: z.string(),
  claims: z.string(),
  amountYuan: z.number().nullable(),
  mediatorId: z.string().nullable(),
  firstCommitteeName: z.string(),
  transferCount: z.number(),
  settledDate: z.string().nullable(),
  subsidyYuan: z.number().nullable(),
  parties: z.array(party),
  sessions: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      place: z.string(),
      participants: z.array(z.string()),
      notes: z.string(),
      recordedBy: z.string().nullable(),
    }),
  ),
  agreement: z
    .object({
      kind: z.enum(['written', 'oral']),
      facts: z.string(),
      issues: z.string(),
      responsibilities: z.string(),
      content: z.string(),
      performanceManner: z.string(),
      performanceDeadline: z.string().nullable(),
      reachedOn: z.string(),
      effectiveOn: z.string().nullable(),
      signatures: z.array(
        z.object({
          partyId: z.string(),
          name: z.string(),
          manner: z.string(),
          signedOn: z.string(),
        }),
      ),
      mediatorSignedOn: z.string().nullable(),
      sealedOn: z.string().nullable(),
      confirmationLastDay: z.string().nullable(),
    })
    .nullable(),
  followUps: z.array(
    z.object({
      visitedOn: z.string(),
      method: z.string(),
      methodLabel: z.string(),
      performance: z.string(),
      performanceLabel: z.string(),
      note: z.string().nullable(),
      recordedBy: z.string().nullable(),
    }),
  ),
  outcome: z
    .object({
      kind: z.string(),
      ground: z.string(),
      groundLabel: z.string(),
      partyName: z.string().nullable(),
      reasons: z.string(),
      routes: z.array(z.string()),
      routeLabels: z.array(z.string()),
      decidedOn: z.string(),
    })
    .nullable(),
  confirmation: z
    .object({
      court: z.string(),
      appliedOn: z.string(),
      acceptedOn: z.string().nullable(),
      extended: z.boolean(),
      ruling: z.string().nullable(),
      ruledOn: z.string().nullable(),
      rulingNumber: z.string().nullable(),
      reasons: z.string().nullable(),
    })
    .nullable(),
  risk: z
    .object({
      level: z.string(),
      levelLabel: z.string(),
      note: z.string(),
      flaggedOn: z.string(),
      flaggedBy: z.string(),
      reportedToPolice: z.boolean(),
      policeStation: z.string().nullable(),
    })
    .nullable(),
  deadlines: z.array(deadline),
  timeline: z.array(
    z.object({
      at: z.string(),
      onDate: z.string(),
      action: z.string(),
      actionLabel: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      actorName: z.string().nullable(),
      note: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      fileName: z.string(),
      size: z.number(),
      sha256: z.string(),
      generated: z.boolean(),
      createdAt: z.string(),
    }),
  ),
  nextActions: z.array(z.object({ action: z.string(), label: z.string() })),
});
export type CaseDetail = z.infer<typeof caseDetail>;

const figures = {
  total: z.number(),
  settled: z.number(),
  written: z.number(),
  oral: z.number(),
  terminated: z.number(),
  refused: z.number(),
  pending: z.number(),
  successRate: z.number().nullable(),
  avgDaysToSettle: z.number().nullable(),
  settledLocally: z.number(),
  byType: z.record(z.string(), z.number()),
};

export const statistics = z.object({
  year: z.number(),
  groupBy: z.string(),
  rows: z.array(z.object({ key: z.string(), name: z.string(), ...figures })),
  totals: z.object(figures),
  disputeTypes: z.record(z.string(), z.string()),
});
export type Statistics = z.infer<typeof statistics>;

export const subsidyReport = z.object({
  year: z.number(),
  month: z.number().nullable(),
  rows: z.array(
    z.object({
      mediatorId: z.string(),
      mediatorName: z.string(),
      committeeName: z.string(),
      kind: z.string(),
      cases: z.number(),
      amountYuan: z.number(),
      byType: z.record(z.string(), z.number()),
    }),
  ),
});
