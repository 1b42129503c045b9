// A notice from a court, procuratorate or police to assign a lawyer (法律援助法 Art. 25, 28,
// 35, 36): no application and no means test; the 3-day assignment clock starts on receipt. The
// centre is the one where the authority sits (Art. 38).
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { applyClock, emptyClock } from '../../../platform/workflow/machine.js';
import type { NoticeBody } from '../contract.js';
import { checkEligibility, type EligibilityFacts } from '../domain/eligibility.js';
import { GRAVEST_GROUNDS } from '../domain/eligibility-rules.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import { applicationCentre } from './centre.js';
import { checkedId, insertCase, notInFuture } from './create-case.js';

export async function registerNotice(ctx: RequestContext, input: NoticeBody) {
  const actor = requireActor(ctx);
  authorize(actor, P.register);
  notInFuture(input.receivedDate, '收到通知的日期');
  const id = checkedId(input.person, '受援人');
  const facts: EligibilityFacts = {
    category: 'criminal_defence',
    mandatoryGround: input.mandatoryGround,
    hasOwnLawyer: false,
  };
  const eligibility = checkEligibility(facts, input.receivedDate);
  const place = {
    kind: 'litigation' as const,
    authorityName: input.authorityName,
    regionCode: input.authorityRegionCode,
  };
  return withTx(ctx.db, async (tx) => {
    const { centre } = await applicationCentre(tx, place, input.centreCode, actor);
    authorize(actor, P.register, { regionCode: centre.regionCode });
    return insertCase(
      tx,
      ctx,
      centre,
      {
        state: 'NOTIFIED',
        source: 'notice',
        category: 'criminal_defence',
        mandatoryGround: input.mandatoryGround,
        gravest: GRAVEST_GROUNDS.includes(input.mandatoryGround),
        matterSummary: input.matterSummary,
        place,
        receivedDate: input.receivedDate,
        facts,
        eligibility,
        notice: {
          authorityKind: input.authorityKind,
          authorityName: input.authorityName,
          noticeNumber: input.noticeNumber,
          charge: input.charge ?? null,
        },
        clock: applyClock(emptyClock(), { start: ['noticeAssign'] }, input.receivedDate),
      },
      [{ person: input.person, id, role: 'applicant' }],
      [],
      'register_notice',
    );
  });
}
