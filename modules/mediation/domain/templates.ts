// The documents a mediation produces (rendered to .docx by platform/documents): the written
// agreement with every item of 人民调解法 Art. 29, and the notice that tells the parties of the
// other routes when mediation is refused or ends without agreement (Art. 26).
import type { DocParagraph, OfficialDocument } from '../../../platform/documents/docx.js';
import {
  routesSentence,
  SIGNATURE_MANNERS,
  type OtherRoute,
  type SignatureManner,
} from './outcomes.js';

/** One party as the agreement describes them (当事人的基本情况); the ID number only masked. */
export interface PartyFacts {
  id: string;
  roleLabel: string;
  name: string;
  kind: 'person' | 'organization';
  sex: string | null;
  birthDate: string | null;
  idNumberMasked: string | null;
  creditCode: string | null;
  address: string | null;
}

export interface DocFacts {
  committee: string;
  caseNumber: string;
  disputeLabel: string;
  parties: PartyFacts[];
  mediator: string | null;
  date: string;
}

export interface AgreementTerms {
  facts: string;
  issues: string;
  responsibilities: string;
  content: string;
  performanceManner: string;
  performanceDeadline: string | null;
}

export interface SignatureRecord {
  partyId: string;
  name: string;
  manner: SignatureManner;
  signedOn: string;
}

export interface Signing {
  signatures: SignatureRecord[];
  mediatorSignedOn: string;
  sealedOn: string;
  effectiveOn: string;
}

function partyLine(p: PartyFacts): string {
  const parts = [`${p.roleLabel}：${p.name}`];
  if (p.kind === 'person') {
    if (p.sex) parts.push(p.sex);
    if (p.birthDate) parts.push(`${p.birthDate}出生`);
    if (p.idNumberMasked) parts.push(`身份证号码 ${p.idNumberMasked}`);
  } else if (p.creditCode) parts.push(`统一社会信用代码 ${p.creditCode}`);
  if (p.address) parts.push(`住所 ${p.address}`);
  return parts.join('，');
}

const numbered = (title: string, text: string): DocParagraph[] => [
  { text: title, bold: true, indent: false },
  ...text
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => ({ text: line.trim() })),
];

/**
 * 人民调解协议书 (Art. 29): the parties' basic facts; the main facts, the issues and each side's
 * responsibility; the agreed content with the manner and term of performance; then the signature
 * block. Unsigned it is the draft read to the parties; with `signing` it records who signed how
 * and when, the mediator's signature and the committee's seal, and the day it took effect.
 */
export function agreementDocument(
  f: DocFacts,
  terms: AgreementTerms,
  signing: Signing | null,
): OfficialDocument {
  const signatureLines: DocParagraph[] = signing
    ? [
        ...signing.signatures.map((s) => ({
          text: `当事人 ${s.name}（${SIGNATURE_MANNERS[s.manner]['zh-CN']}）  ${s.signedOn}`,
          indent: false,
        })),
        {
          text: `人民调解员 ${f.mediator ?? ''}（签名）  ${signing.mediatorSignedOn}`,
          indent: false,
        },
        { text: `${f.committee}（印章）  ${signing.sealedOn}`, indent: false },
        { text: `本协议自 ${signing.effectiveOn} 起生效。`, indent: false },
      ]
    : [
        ...f.parties.map((p) => ({
          text: `当事人（签名、盖章或者按指印）：${p.name}    年  月  日`,
          indent: false,
        })),
        { text: `人民调解员（签名）：${f.mediator ?? ''}    年  月  日`, indent: false },
        { text: `${f.committee}（印章）    年  月  日`, indent: false },
      ];
  return {
    issuer: f.committee,
    title: '人民调解协议书',
    number: f.caseNumber,
    paragraphs: [
      { text: '一、当事人的基本情况', bold: true, indent: false },
      ...f.parties.map((p) => ({ text: partyLine(p), indent: false })),
      { text: `纠纷类型：${f.disputeLabel}`, indent: false },
      ...numbered('二、纠纷的主要事实、争议事项', `${terms.facts}\n争议事项：${terms.issues}`),
      ...numbered('三、各方当事人的责任', terms.responsibilities),
      ...numbered('四、经调解，各方当事人自愿达成如下协议', terms.content),
      { text: '五、履行方式和期限', bold: true, indent: false },
      { text: `履行方式：${terms.performanceManner}` },
      {
        text: `履行期限：${terms.performanceDeadline ? `${terms.performanceDeadline}前` : '协议生效后即时履行'}`,
      },
      {
        text: '本协议具有法律约束力，当事人应当按照约定履行（人民调解法第三十一条）。双方当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认（人民调解法第三十三条）。',
      },
      {
        text: '本协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效；一式三份，当事人各执一份，人民调解委员会留存一份（人民调解法第二十九条）。',
      },
      ...signatureLines,
    ],
    closing: [],
  };
}

/** 告知书 when a party refuses mediation (Art. 17) or it ends without agreement (Art. 26). */
export function routesNotice(
  f: DocFacts,
  reason: string,
  routes: readonly OtherRoute[],
): OfficialDocument {
  return {
    issuer: f.committee,
    title: '人民调解终止告知书',
    number: f.caseNumber,
    paragraphs: [
      { text: `${f.parties.map((p) => p.name).join('、')}：`, indent: false },
      { text: `你们之间的${f.disputeLabel}，${reason}，本委员会终止调解。` },
      { text: `当事人${routesSentence(routes)}` },
    ],
    closing: [f.committee, f.date],
  };
}
