// The documents a legal-aid case produces (rendered to .docx by platform/documents): the notice
// of missing material, the decisions to grant, provide early, refuse and terminate (the last two
// tell the objection right of Art. 49), the assignment notice, and the bureau's objection decision.
import type { OfficialDocument } from '../../../platform/documents/docx.js';

export interface DocFacts {
  centre: string;
  /** The justice bureau that set up the centre: it decides objections (Art. 49). */
  bureau: string;
  caseNumber: string;
  applicant: string;
  matter: string;
  date: string;
}

const numbered = (items: string[]) => items.map((text, i) => ({ text: `${i + 1}. ${text}` }));

const objectionRight = (f: DocFacts) => ({
  text: `如对本决定有异议，可以向${f.bureau}提出（法律援助法第四十九条）。${f.bureau}应当自收到异议之日起五日内进行审查，作出维持法律援助机构决定或者责令法律援助机构改正的决定。`,
});

const doc = (
  f: DocFacts,
  title: string,
  paragraphs: OfficialDocument['paragraphs'],
): OfficialDocument => ({
  issuer: f.centre,
  title,
  number: f.caseNumber,
  paragraphs: [{ text: `${f.applicant}：`, indent: false }, ...paragraphs],
  closing: [f.centre, f.date],
});

export function materialNotice(f: DocFacts, items: string[], dueDate: string | null) {
  return doc(f, '补充材料一次性告知书', [
    {
      text: `你申请法律援助的“${f.matter}”事项，经审查，申请材料不齐全。依照法律援助法第四十三条第二款，现一次性告知你补充下列材料：`,
    },
    ...numbered(items),
    {
      text: `请于 ${dueDate ?? '指定期限'} 前补充。无正当理由逾期未按要求补充的，视为撤回申请。`,
    },
  ]);
}

export function grantDecision(f: DocFacts, assignBy: string | null, provisional: string | null) {
  return doc(f, provisional ? '先行提供法律援助决定书' : '给予法律援助决定书', [
    {
      text: provisional
        ? `你申请法律援助的“${f.matter}”事项，因${provisional}，依照法律援助法第四十四条，本中心决定先行提供法律援助。请及时补办有关手续，补充有关材料。`
        : `你申请法律援助的“${f.matter}”事项，经审查符合法律援助条件，依照法律援助法第四十三条，本中心决定给予法律援助。`,
    },
    {
      text: `本中心将于 ${assignBy ?? '三日内'} 前指派法律援助人员，并将承办人员的姓名和联系方式告知你。`,
    },
  ]);
}

export function refusalDecision(f: DocFacts, reasons: string, failed: string[]) {
  return doc(f, '不予法律援助决定书', [
    { text: `你申请法律援助的“${f.matter}”事项，经审查，本中心决定不予法律援助。理由如下：` },
    { text: reasons },
    ...(failed.length > 0 ? [{ text: `不符合的条件：${failed.join('；')}。` }] : []),
    objectionRight(f),
  ]);
}

export function assignmentNotice(f: DocFacts, provider: string, firm: string) {
  return {
    ...doc(f, '指派通知书', [
      {
        text: `依照法律援助法第四十三条，本中心指派${firm}${provider}为你（受援人）提供法律援助，承办“${f.matter}”事项。`,
      },
      {
        text: '法律援助人员应当依法履行职责，及时告知受援人办理进展，不得收取任何财物（法律援助法第十九条、第二十一条）。',
      },
    ]),
  };
}

export function terminationDecision(f: DocFacts, ground: string, reasons: string) {
  return doc(f, '终止法律援助决定书', [
    {
      text: `你受援的“${f.matter}”事项，因${ground}，依照法律援助法第四十八条，本中心决定终止法律援助。`,
    },
    { text: reasons },
    objectionRight(f),
  ]);
}

export function objectionDecision(f: DocFacts, maintained: boolean, reasons: string) {
  return {
    ...doc(f, '法律援助异议处理决定书', [
      {
        text: maintained
          ? `你对${f.centre}所作决定提出的异议，经审查不成立，依照法律援助法第四十九条，决定维持该决定。`
          : `你对${f.centre}所作决定提出的异议，经审查成立，依照法律援助法第四十九条，责令${f.centre}改正。`,
      },
      { text: reasons },
      ...(maintained
        ? [
            {
              text: '对本决定不服的，可以依法申请行政复议或者提起行政诉讼（法律援助法第四十九条）。',
            },
          ]
        : []),
    ]),
    issuer: f.bureau,
    closing: [f.bureau, f.date],
  };
}
