// Reply schemas of the legal-aid API: the eligibility result, receipts, tracking, the case.
import { z } from 'zod';

export const criterionView = z.object({
  code: z.string(),
  label: z.string(),
  status: z.enum(['pass', 'fail', 'not_applicable']),
  reason: z.string(),
  basis: z.string(),
});

export const eligibilityView = z.object({
  ruleSetVersion: z.string(),
  ruleSetTitle: z.string(),
  checkedOn: z.string(),
  passed: z.boolean(),
  route: z.string().nullable(),
  routeLabel: z.string().nullable(),
  criteria: z.array(criterionView),
});
export type EligibilityView = z.infer<typeof eligibilityView>;

export const centreView = z.object({ code: z.string(), name: z.string(), reason: z.string() });

export const selfCheckResult = eligibilityView.extend({
  /** Where to apply (Art. 38), when the place was given. */
  centre: centreView.nullable(),
  /** Why no centre of this city can be named (a place outside the city). */
  placeMessage: z.string().nullable(),
  nextSteps: z.array(z.string()),
  /** Nothing the resident entered was stored. */
  stored: z.literal(false),
});

export const applicationReceipt = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  /** Shown once: the applicant follows the case with it (only its keyed hash is stored). */
  trackingCode: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  centreName: z.string(),
  eligibility: eligibilityView.nullable(),
  decideBy: z.string().nullable(),
});

export const trackView = z.object({
  caseNumber: z.string(),
  stateLabel: z.string(),
  centreName: z.string(),
  receivedDate: z.string(),
  nextStatutoryDate: z
    .object({ label: z.string(), dueDate: z.string().nullable(), explanation: z.string() })
    .nullable(),
  missingItems: z.array(z.string()),
  provider: z
    .object({ name: z.string(), firm: z.string(), phone: z.string().nullable() })
    .nullable(),
  steps: z.array(z.object({ onDate: z.string(), label: z.string() })),
  surveyToken: z.string().nullable(),
});

const deadline = z.object({
  key: z.string(),
  label: z.string(),
  start: z.string(),
  dueDate: z.string().nullable(),
  metOn: z.string().nullable(),
  status: z.enum(['normal', 'due_soon', 'overdue', 'suspended', 'met']),
  statusLabel: z.string(),
  basis: z.object({ law: z.string(), article: z.string() }),
  explanation: z.string(),
  calendarUnpublished: z.boolean(),
});

export const caseSummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  source: z.string(),
  sourceLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  applicantName: z.string(),
  receivedDate: z.string(),
  nextDueDate: z.string().nullable(),
  nextDeadlineStatus: deadline.shape.status.nullable(),
  nextDeadlineLabel: z.string().nullable(),
  providerName: z.string().nullable(),
  gravest: z.boolean(),
  regionCode: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

const dated = { decidedOn: z.string() };

export const caseDetail = caseSummary.extend({
  version: z.number(),
  centreName: z.string(),
  matterSummary: z.string(),
  civilMatterLabel: z.string().nullable(),
  mandatoryGroundLabel: z.string().nullable(),
  place: z.object({
    kind: z.string(),
    authorityName: z.string().nullable(),
    regionCode: z.string(),
    reason: z.string(),
  }),
  household: z.object({ members: z.number(), monthlyIncomeYuan: z.number() }).nullable(),
  eligibility: eligibilityView.nullable(),
  override: z
    .object({ passed: z.boolean(), reason: z.string(), by: z.string(), on: z.string() })
    .nullable(),
  effectivelyEligible: z.boolean(),
  detention: z
    .object({
      facility: z.string(),
      requestedAt: z.string(),
      forwardedAt: z.string(),
      hours: z.number(),
      late: z.boolean(),
      limitHours: z.number(),
    })
    .nullable(),
  notice: z
    .object({
      authorityKind: z.string(),
      authorityLabel: z.string(),
      authorityName: z.string(),
      noticeNumber: z.string(),
      charge: z.string().nullable(),
    })
    .nullable(),
  missingItems: z.array(z.string()),
  decision: z
    .object({
      outcome: z.string(),
      reasons: z.string(),
      provisionalGround: z.string().nullable(),
      decidedBy: z.string(),
      ...dated,
    })
    .nullable(),
  provider: z
    .object({
      id: z.string(),
      name: z.string(),
      firm: z.string(),
      kindLabel: z.string(),
      practiceYears: z.number(),
      phone: z.string().nullable(),
    })
    .nullable(),
  assignedOn: z.string().nullable(),
  termination: z
    .object({ ground: z.string(), groundText: z.string(), reasons: z.string(), ...dated })
    .nullable(),
  objection: z
    .object({
      against: z.string(),
      reasons: z.string(),
      filedOn: z.string(),
      outcome: z.string().nullable(),
      decisionReasons: z.string().nullable(),
      decidedOn: z.string().nullable(),
    })
    .nullable(),
  closing: z.object({ outcome: z.string(), report: z.string(), closedOn: z.string() }).nullable(),
  subsidy: z
    .object({
      standardYuan: z.number(),
      factor: z.number(),
      extraYuan: z.number(),
      amountYuan: z.number(),
      basis: z.string(),
      paidOn: z.string(),
    })
    .nullable(),
  parties: z.array(
    z.object({
      role: z.string(),
      relation: z.string().nullable(),
      name: z.string(),
      idNumberMasked: z.string().nullable(),
      phoneMasked: z.string().nullable(),
    }),
  ),
  deadlines: z.array(deadline),
  serviceRecords: z.array(
    z.object({
      onDate: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      description: z.string(),
      recordedBy: z.string(),
    }),
  ),
  qualityReview: z
    .object({
      items: z.array(
        z.object({ code: z.string(), label: z.string(), max: z.number(), score: z.number() }),
      ),
      total: z.number(),
      grade: z.string(),
      gradeLabel: z.string(),
      comment: z.string().nullable(),
      reviewerName: z.string(),
      reviewedOn: z.string(),
    })
    .nullable(),
  survey: z
    .object({
      token: z.string(),
      answered: z.boolean(),
      score: z.number().nullable(),
      comment: z.string().nullable(),
    })
    .nullable(),
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
