// The texts of the documents a case produces (rendered to .docx by platform/documents).
import type { OfficialDocument } from '../../../platform/documents/docx.js';

export interface DocFacts {
  office: string;
  caseNumber: string;
  applicants: string[];
  matterLabel: string;
  date: string;
}

export type DocKind = 'told_record' | 'supplement_notice' | 'refusal' | 'certificate';

export function toldRecord(f: DocFacts, items: string[]): OfficialDocument {
  return {
    issuer: f.office,
    title: '公证申请告知笔录',
    number: f.caseNumber,
    paragraphs: [
      { text: `申请人：${f.applicants.join('、')}`, indent: false },
      { text: `申请公证事项：${f.matterLabel}`, indent: false },
      {
        text: '本处已告知申请人申请公证事项的法律意义和可能产生的法律后果（公证法第二十七条），告知内容如下：',
      },
      ...items.map((text, i) => ({ text: `${i + 1}. ${text}` })),
      { text: '申请人已知悉并确认上述告知内容。' },
    ],
    closing: [f.office, f.date],
  };
}

export function supplementNotice(f: DocFacts, items: string[]): OfficialDocument {
  return {
    issuer: f.office,
    title: '补充材料通知书',
    number: f.caseNumber,
    paragraphs: [
      { text: `${f.applicants.join('、')}：`, indent: false },
      {
        text: `你申请办理的${f.matterLabel}公证，经审查需补充下列材料。补充材料期间不计入办证期限（公证法第三十条）：`,
      },
      ...items.map((text, i) => ({ text: `${i + 1}. ${text}` })),
      {
        text: '拒绝补充证明材料的，本处将依照公证法第三十一条第（六）项不予办理公证。',
      },
    ],
    closing: [f.office, f.date],
  };
}

export function refusalDecision(f: DocFacts, ground: string, reasons: string): OfficialDocument {
  return {
    issuer: f.office,
    title: '不予办理公证决定书',
    number: f.caseNumber,
    paragraphs: [
      { text: `${f.applicants.join('、')}：`, indent: false },
      {
        text: `你申请办理的${f.matterLabel}公证，因${ground}，依照公证法第三十一条，决定不予办理。`,
      },
      { text: reasons },
      { text: '公证费依照有关规定退还。' },
    ],
    closing: [f.office, f.date],
  };
}

export function certificateDocument(
  f: DocFacts & { number: string; notary: string },
  certifiedFacts: string,
  verificationUrl: string,
): OfficialDocument {
  return {
    issuer: f.office,
    title: '公证书',
    number: f.number,
    paragraphs: [
      { text: `申请人：${f.applicants.join('、')}`, indent: false },
      { text: `公证事项：${f.matterLabel}`, indent: false },
      { text: certifiedFacts },
      { text: '本公证书自出具之日起生效（公证法第三十二条）。' },
      { text: `真伪查验：${verificationUrl}（扫描所附二维码亦可查验）`, indent: false },
    ],
    closing: [`${f.office}`, `公证员 ${f.notary}`, f.date],
  };
}
