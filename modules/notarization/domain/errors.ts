// Error codes of the notarization module.
import { defineErrors } from '../../../platform/errors/index.js';

export const NotarizationErrors = defineErrors({
  NOTARIZATION_CASE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该公证案件，或不在您的辖区范围内',
    en: 'No such notarization case in your region',
  },
  NOTARIZATION_OFFICE_UNKNOWN: {
    status: 400,
    'zh-CN': '未知的公证处：{office}',
    en: 'Unknown notary office: {office}',
  },
  NOTARIZATION_IN_PERSON_REQUIRED: {
    status: 400,
    'zh-CN': '“{matter}”公证须由申请人本人亲自到公证处办理，不得委托他人代理（公证法第二十六条）',
    en: '"{matter}" must be applied for in person, not through an agent (Art. 26)',
  },
  NOTARIZATION_NO_JURISDICTION: {
    status: 400,
    'zh-CN': '本公证处对该事项无管辖权：{reason}（公证法第二十五条）',
    en: 'This office has no jurisdiction: {reason} (Art. 25)',
  },
  NOTARIZATION_NOTARY_CONFLICT: {
    status: 409,
    'zh-CN': '公证员“{notary}”与当事人“{party}”有近亲属关系，应当回避（公证法第二十三条）',
    en: 'Notary "{notary}" is a close relative of "{party}" and must withdraw (Art. 23)',
  },
  NOTARIZATION_NOT_A_NOTARY: {
    status: 400,
    'zh-CN': '所选人员不是本公证处的公证员',
    en: 'The person chosen is not a notary of this office',
  },
  NOTARIZATION_NOT_ASSIGNED_NOTARY: {
    status: 403,
    'zh-CN': '只有承办本案的公证员（{notary}）可以办理此步骤',
    en: 'Only the notary of this case ({notary}) may take this step',
  },
  NOTARIZATION_RE_EXAMINER_SAME: {
    status: 409,
    'zh-CN': '复查须由原承办公证员以外的公证员进行（公证程序规则第六十二条）',
    en: 'Re-examination must be done by a notary other than the one who issued (Rule 62)',
  },
  NOTARIZATION_TOLD_RECORD_REQUIRED: {
    status: 400,
    'zh-CN':
      '受理须记录已告知当事人申请公证事项的法律意义和可能产生的法律后果，并经当事人确认（公证法第二十七条）',
    en: 'Acceptance needs the record of what the applicant was told, confirmed (Art. 27)',
  },
  NOTARIZATION_REFUSAL_GROUND_REQUIRED: {
    status: 400,
    'zh-CN': '不予办理公证须选择公证法第三十一条规定的情形',
    en: 'A refusal needs a ground of Art. 31',
  },
  NOTARIZATION_CERTIFICATE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到编号为“{number}”的公证书',
    en: 'No certificate numbered "{number}"',
  },
  NOTARIZATION_TRACKING_FAILED: {
    status: 404,
    'zh-CN': '受理编号或查询码不正确，请核对后重试',
    en: 'Wrong case number or tracking code',
  },
  NOTARIZATION_AMOUNT_INVALID: {
    status: 400,
    'zh-CN': '金额应大于 0 元，且最多保留两位小数',
    en: 'The amount must be above 0 with at most two decimals',
  },
  NOTARIZATION_PAYMENT_CLOSED: {
    status: 409,
    'zh-CN': '本案已不予受理、不予办理、终止或公证书已撤销，不再收取公证费',
    en: 'The matter has ended: no fee is taken any more',
  },
  NOTARIZATION_OVERPAYMENT: {
    status: 400,
    'zh-CN': '收费 {amount} 元超过尚未缴纳的公证费 {owed} 元',
    en: 'A payment of {amount} yuan exceeds the {owed} yuan still owed',
  },
  NOTARIZATION_REFUND_NOT_ALLOWED: {
    status: 409,
    'zh-CN': '只有不予受理、不予办理、终止公证或公证书被撤销的案件可以退费',
    en: 'Only a matter not accepted, refused, terminated or revoked can be refunded',
  },
  NOTARIZATION_REFUND_OUT_OF_RANGE: {
    status: 400,
    'zh-CN': '退费 {amount} 元不在可退范围 {min}～{max} 元之内（{basis}）',
    en: 'A refund of {amount} yuan is outside {min}–{max} yuan ({basis})',
  },
  NOTARIZATION_DATE_INVALID: {
    status: 400,
    'zh-CN': '日期有误：{reason}',
    en: 'Wrong date: {reason}',
  },
  NOTARIZATION_RE_EXAMINATION_DATES: {
    status: 400,
    'zh-CN': '复查申请的日期有误：{reason}',
    en: 'The dates of the re-examination request are wrong: {reason}',
  },
  NOTARIZATION_RE_EXAMINATION_LATE: {
    status: 409,
    'zh-CN': '复查申请已超过期限，不予受理：{reason}（公证程序规则第六十一条）',
    en: 'The re-examination request is too late: {reason} (Rule 61)',
  },
  NOTARIZATION_REVOCATION_GROUND_REQUIRED: {
    status: 400,
    'zh-CN': '撤销公证书须选择撤销的情形，撤销公告将载明（公证程序规则第六十三条）',
    en: 'A revocation needs its ground, which the public notice shows (Rule 63)',
  },
  NOTARIZATION_RELATIVE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该亲属记录',
    en: 'No such relative',
  },
});
