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
});
