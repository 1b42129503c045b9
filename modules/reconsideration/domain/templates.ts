// The texts of the case's notices and decision (pure data; platform/documents renders them).
import type { OfficialDocument } from '../../../platform/documents/docx.js';
import { OUTCOMES, type OutcomeType, SUSPENSION_GROUNDS } from './outcomes.js';

export interface DocFacts {
  issuer: string;
  caseNumber: string;
  applicants: string[];
  respondentName: string;
  contestedAct: string;
  receivedDate: string;
  /** The date the document is issued. */
  date: string;
}

const chineseDate = (d: string) =>
  `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

function doc(f: DocFacts, title: string, body: string[], addressee?: string): OfficialDocument {
  return {
    issuer: f.issuer,
    title,
    number: f.caseNumber,
    paragraphs: [
      ...(addressee ? [{ text: `${addressee}：`, indent: false }] : []),
      ...body.map((text) => ({ text })),
    ],
    closing: [f.issuer, chineseDate(f.date)],
  };
}

const applicantLine = (f: DocFacts) => f.applicants.join('、');
const caseLine = (f: DocFacts) =>
  `${applicantLine(f)}不服${f.respondentName}${f.contestedAct}，于${chineseDate(f.receivedDate)}向本机关申请行政复议。`;

export type NoticeKind =
  | 'acceptance'
  | 'correction'
  | 'rejection'
  | 'answer_request'
  | 'hearing'
  | 'suspension'
  | 'resumption'
  | 'extension'
  | 'decision';

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  acceptance: '行政复议受理通知书',
  correction: '行政复议补正通知书',
  rejection: '不予受理行政复议申请决定书',
  answer_request: '提出答复通知书',
  hearing: '行政复议听证通知书',
  suspension: '行政复议中止审理通知书',
  resumption: '行政复议恢复审理通知书',
  extension: '行政复议延期审理通知书',
  decision: '行政复议决定书',
};

export const acceptanceNotice = (f: DocFacts, procedure: 'ordinary' | 'simplified') =>
  doc(
    f,
    NOTICE_TITLES.acceptance,
    [
      `${caseLine(f)}经审查，该申请符合《中华人民共和国行政复议法》第三十条规定的受理条件，本机关决定予以受理，并适用${procedure === 'simplified' ? '简易' : '普通'}程序审理。`,
      '行政复议期间，申请人可以查阅、复制被申请人提出的书面答复、作出行政行为的证据、依据和其他有关材料。',
    ],
    applicantLine(f),
  );

export const correctionNotice = (f: DocFacts, items: string[]) =>
  doc(
    f,
    NOTICE_TITLES.correction,
    [
      `${caseLine(f)}经审查，该申请材料不齐全或者表述不清楚。根据《中华人民共和国行政复议法》第三十一条的规定，请你自收到本通知之日起十日内补正下列事项：`,
      ...items.map((item, i) => `${i + 1}. ${item}`),
      '无正当理由逾期不补正的，视为放弃行政复议申请。补正申请材料所用时间不计入行政复议审理期限。',
    ],
    applicantLine(f),
  );

export const rejectionDecision = (f: DocFacts, reasons: string, competentBody?: string | null) =>
  doc(
    f,
    NOTICE_TITLES.rejection,
    [
      caseLine(f),
      `经审查，${reasons}`,
      `根据《中华人民共和国行政复议法》第三十条的规定，本机关决定不予受理。${competentBody ? `本案应当向${competentBody}提出。` : ''}`,
      '申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。',
    ],
    applicantLine(f),
  );

export const answerRequest = (f: DocFacts, days: number) =>
  doc(
    f,
    NOTICE_TITLES.answer_request,
    [
      caseLine(f),
      `根据《中华人民共和国行政复议法》第四十八条的规定，现将行政复议申请书副本发送你单位，请你单位自收到申请书副本之日起${days}日内提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。`,
      '被申请人不按照规定提出书面答复、提交证据依据的，视为该行政行为没有证据、依据（第七十条）。',
    ],
    f.respondentName,
  );

export const hearingNotice = (
  f: DocFacts,
  hearingDate: string,
  location: string,
  presiding: string,
) =>
  doc(
    f,
    NOTICE_TITLES.hearing,
    [
      caseLine(f),
      `本机关定于${chineseDate(hearingDate)}在${location}举行听证，由${presiding}主持。请准时参加。`,
      '申请人无正当理由拒不参加听证的，视为放弃听证权利（行政复议法第五十一条）。',
    ],
    `${applicantLine(f)}、${f.respondentName}`,
  );

export const suspensionNotice = (f: DocFacts, ground: string) =>
  doc(
    f,
    NOTICE_TITLES.suspension,
    [
      caseLine(f),
      `因${SUSPENSION_GROUNDS[ground] ?? ground}，根据《中华人民共和国行政复议法》第三十九条的规定，本机关决定中止审理。中止的原因消除后，本机关将及时恢复审理。`,
    ],
    `${applicantLine(f)}、${f.respondentName}`,
  );

export const resumptionNotice = (f: DocFacts) =>
  doc(
    f,
    NOTICE_TITLES.resumption,
    [caseLine(f), '中止审理的原因已经消除，本机关决定自即日起恢复审理。'],
    `${applicantLine(f)}、${f.respondentName}`,
  );

export const extensionNotice = (
  f: DocFacts,
  days: number,
  reason: string,
  newDueDate: string | null,
) =>
  doc(
    f,
    NOTICE_TITLES.extension,
    [
      caseLine(f),
      `因${reason}，经本机关行政复议机构负责人批准，根据《中华人民共和国行政复议法》第六十二条的规定，本案审理期限延长${days}日${newDueDate ? `，至${chineseDate(newDueDate)}` : ''}。`,
    ],
    `${applicantLine(f)}、${f.respondentName}`,
  );

export const decisionDocument = (
  f: DocFacts,
  type: OutcomeType,
  summary: string,
  reasons: string,
  legalBasis: string,
) =>
  doc(f, NOTICE_TITLES.decision, [
    `申请人：${applicantLine(f)}`,
    `被申请人：${f.respondentName}`,
    caseLine(f),
    `申请人请求及事实理由、被申请人答复意见、本机关查明的事实：${summary}`,
    `本机关认为：${reasons}`,
    `根据${legalBasis}的规定，本机关决定：${OUTCOMES[type].label['zh-CN']}（《中华人民共和国行政复议法》${OUTCOMES[type].article}）。`,
    '申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。',
  ]);
