// The lists the law gives (法律援助法 2021): service forms (Art. 22), grounds to provide before
// the decision (Art. 44), termination grounds (Art. 48), what a duty lawyer does (Art. 30), and
// the specialties the lawyers' pool records.
import type { Localized } from '../../../platform/i18n/index.js';
import type { Category, CivilMatter } from './eligibility-rules.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
const codes = <T extends Record<string, unknown>>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

/** Art. 48: the centre shall terminate legal aid when … */
export const TERMINATION_GROUNDS = {
  fraud: l('受援人以欺骗或者其他不正当手段获得法律援助', 'Obtained by deception'),
  concealment: l(
    '受援人故意隐瞒与案件有关的重要事实或者提供虚假证据',
    'Concealed material facts or gave false evidence',
  ),
  illegal_use: l('受援人利用法律援助从事违法活动', 'Used legal aid for illegal acts'),
  means_changed: l(
    '受援人的经济状况发生变化，不再符合法律援助条件',
    'No longer qualifies financially',
  ),
  case_ended: l('案件终止审理或者已经被撤销', 'The case was ended or withdrawn'),
  own_lawyer: l('受援人自行委托律师或者其他代理人', 'Hired a lawyer or agent'),
  recipient_request: l('受援人有正当理由要求终止法律援助', 'Recipient asks with good reason'),
  other: l('法律法规规定的其他情形', 'Other grounds in law'),
} as const;
export type TerminationGround = keyof typeof TERMINATION_GROUNDS;
export const TERMINATION_GROUND_CODES = codes(TERMINATION_GROUNDS);

/** Art. 44: grounds to provide legal aid before the decision. */
export const PROVISIONAL_GROUNDS = {
  time_limit: l(
    '距法定时效或者期限届满不足七日，需要及时提起诉讼或者申请仲裁、行政复议',
    'Fewer than seven days to a time limit',
  ),
  preservation: l(
    '需要立即申请财产保全、证据保全或者先予执行',
    'Urgent preservation or advance execution',
  ),
  other: l('法律、法规、规章规定的其他情形', 'Other grounds in law'),
} as const;
export const PROVISIONAL_GROUND_CODES = codes(PROVISIONAL_GROUNDS);

/** Art. 30 (and 刑事诉讼法 Art. 36, 174): what a duty lawyer gives. */
export const CONSULTATION_KINDS = {
  legal_advice: l('法律咨询', 'Legal advice'),
  procedure_advice: l('程序选择建议', 'Advice on procedure'),
  change_measure: l('申请变更强制措施', 'Application to change a coercive measure'),
  case_opinion: l('对案件处理提出意见', 'Opinion on the handling'),
  plea_presence: l('认罪认罚具结书签署在场', 'Present at a guilty-plea statement'),
} as const;
export const CONSULTATION_KIND_CODES = codes(CONSULTATION_KINDS);

export const STATION_KINDS = {
  court: l('人民法院', 'Court'),
  procuratorate: l('人民检察院', 'Procuratorate'),
  detention_centre: l('看守所', 'Detention centre'),
} as const;
export const STATION_KIND_CODES = codes(STATION_KINDS);

/** Who sends a notice to assign (Art. 35, 36). */
export const AUTHORITY_KINDS = {
  court: l('人民法院', 'Court'),
  procuratorate: l('人民检察院', 'Procuratorate'),
  police: l('公安机关', 'Police'),
} as const;
export const AUTHORITY_KIND_CODES = codes(AUTHORITY_KINDS);

/** 法律援助人员 (Art. 12, 16, 17): who may be assigned. */
export const PROVIDER_KINDS = {
  lawyer: l('律师', 'Lawyer'),
  grassroots: l('基层法律服务工作者', 'Grassroots legal worker'),
  volunteer: l('法律援助志愿者', 'Volunteer'),
} as const;
export const PROVIDER_KIND_CODES = codes(PROVIDER_KINDS);

export const SPECIALTIES = {
  criminal: l('刑事', 'Criminal'),
  civil: l('民商事', 'Civil and commercial'),
  family: l('婚姻家庭', 'Family'),
  labour: l('劳动争议', 'Labour'),
  injury: l('人身损害赔偿', 'Personal injury'),
  administrative: l('行政与国家赔偿', 'Administrative and state compensation'),
  juvenile: l('未成年人', 'Juveniles'),
} as const;
export type Specialty = keyof typeof SPECIALTIES;
export const SPECIALTY_CODES = codes(SPECIALTIES);

const MATTER_SPECIALTY: Record<CivilMatter, Specialty> = {
  state_compensation: 'administrative',
  social_insurance: 'labour',
  pension: 'administrative',
  maintenance: 'family',
  labour: 'labour',
  capacity: 'family',
  injury: 'injury',
  environment: 'civil',
  other: 'civil',
};

/** The specialty a case wants, preferred when the rotation breaks a tie. */
export function specialtyFor(category: Category, matter: CivilMatter | null): Specialty {
  if (category === 'criminal_defence' || category === 'criminal_victim') return 'criminal';
  return matter ? MATTER_SPECIALTY[matter] : 'civil';
}

/** How a service record is described (the lawyer's work reported to the centre). */
export const SERVICE_KINDS = {
  meeting: l('会见受援人', 'Meeting the recipient'),
  file_review: l('阅卷', 'Reading the file'),
  investigation: l('调查取证', 'Investigation'),
  hearing: l('出庭', 'Court hearing'),
  document: l('提交法律文书', 'Documents filed'),
  mediation: l('调解、和解', 'Mediation or settlement'),
  other: l('其他', 'Other'),
} as const;
export const SERVICE_KIND_CODES = codes(SERVICE_KINDS);

export const labelsOf = (table: Record<string, Localized>, locale: 'zh-CN' | 'en') =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[locale]]));
