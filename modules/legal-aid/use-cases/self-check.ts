// 我能申请法律援助吗？ The public self-check: the same eligibility rules an officer uses, run on
// what the resident enters, with the reason per criterion and where to apply (Art. 38). Nothing
// is stored: no row, no audit event, no log of the answers.
import { AppError } from '../../../platform/errors/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { SelfCheckBody } from '../contract.js';
import { checkEligibility } from '../domain/eligibility.js';
import { rightCentre } from './centre.js';
import { eligibilityView } from './present.js';

export async function selfCheck(ctx: RequestContext, input: SelfCheckBody) {
  const { place, ...facts } = input;
  const result = checkEligibility(facts, shanghaiDate());
  let centre = null;
  let placeMessage: string | null = null;
  if (place) {
    try {
      const right = await rightCentre(ctx.db, place);
      centre = { code: right.centre.code, name: right.centre.name, reason: right.reason };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      placeMessage =
        error.code === 'LEGAL_AID_OUTSIDE_CITY'
          ? '办案机关或事由发生地不在本市，请向当地的法律援助机构申请（法律援助法第三十八条）'
          : '所填地区无法识别，请重新选择';
    }
  }
  const zh = ctx.locale === 'zh-CN';
  const nextSteps = result.passed
    ? [
        zh
          ? `您很可能符合法律援助条件，可以${centre ? `向${centre.name}` : ''}提出申请（网上或窗口）。`
          : `You likely qualify: apply${centre ? ` to ${centre.name}` : ''} online or at the window.`,
        zh
          ? '申请时请准备身份证明、经济困难状况说明（或免予核查的证明）和与案件有关的材料。'
          : 'Bring proof of identity, of your means (or of the exemption) and the case papers.',
        zh
          ? '本结果仅供参考，是否给予法律援助以法律援助机构的审查决定为准。'
          : 'This is guidance only; the centre decides.',
      ]
    : [
        zh
          ? '根据您填写的情况，暂不符合法律援助条件，原因见上表。情况有变化或有其他证明的，仍可提出申请，由法律援助机构审查决定。'
          : 'On what you entered you do not qualify (see the reasons). You may still apply; the centre decides.',
        zh
          ? '也可以到值班律师工作站或拨打 12348 公共法律服务热线咨询。'
          : 'Duty lawyers and the 12348 hotline give free advice.',
      ];
  return {
    ...eligibilityView(result, ctx.locale),
    centre,
    placeMessage,
    nextSteps,
    stored: false as const,
  };
}
