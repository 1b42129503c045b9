// Request and reply schemas of the persons module (shared by routes and web types).
import { z } from 'zod';
import { readPurpose } from '../../platform/access-log/index.js';
import { pageQuery } from '../../platform/http/pagination.js';

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);

export const idNumberField = text(20, '请填写身份证号码');
export const creditCodeField = text(20, '请填写统一社会信用代码');
const regionCodeField = z.string().regex(/^\d{4,12}$/, '行政区划代码应为 4 至 12 位数字');

export const registerBody = z.strictObject({
  idNumber: idNumberField,
  name: text(50, '请填写姓名'),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, '手机号码应为 11 位数字')
    .optional(),
  /** Where the person lives; the registering office's region when left out. */
  regionCode: regionCodeField.optional(),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const lookupBody = z.strictObject({ idNumber: idNumberField, purpose: readPurpose });
export type LookupBody = z.infer<typeof lookupBody>;

export const personIdParams = z.strictObject({ id: z.uuid('人员编号格式不正确') });
export const purposeQuery = z.strictObject({ purpose: readPurpose });
export const purposeBody = z.strictObject({ purpose: readPurpose });

export const personListQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  purpose: readPurpose,
});
export type PersonListQuery = z.infer<typeof personListQuery>;

/** A person as staff see them: the ID number always masked. */
export const personView = z.object({
  id: z.uuid(),
  name: z.string(),
  sex: z.enum(['male', 'female']),
  sexLabel: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  createdAt: z.string(),
});
export type PersonView = z.infer<typeof personView>;

export const matterView = z.object({
  module: z.string(),
  moduleLabel: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  role: z.string(),
  regionCode: z.string(),
  startedOn: z.string(),
  closed: z.boolean(),
});
export type MatterView = z.infer<typeof matterView>;

export const personFile = z.object({
  person: personView,
  matters: z.array(matterView),
  purpose: z.string(),
  purposeLabel: z.string(),
});
export type PersonFile = z.infer<typeof personFile>;

export const revealReply = z.object({ idNumber: z.string() });

export const codeReply = z.object({
  code: z.string(),
  expiresAt: z.string(),
  ttlMinutes: z.number().int(),
});

export const purposesReply = z.object({
  items: z.array(z.object({ code: z.string(), label: z.string() })),
});

// ---- organizations ----

export const organizationBody = z.strictObject({
  creditCode: creditCodeField,
  name: text(100, '请填写组织名称'),
  legalRepresentative: z.string().trim().max(50).optional(),
  regionCode: regionCodeField.optional(),
});
export type OrganizationBody = z.infer<typeof organizationBody>;

export const organizationLookupBody = z.strictObject({ creditCode: creditCodeField });
export const organizationView = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  name: z.string(),
  legalRepresentative: z.string().nullable(),
  regionCode: z.string(),
  warnings: z.array(z.string()),
  /** Its matters in every module, those inside the reader's region (on a lookup). */
  matters: z.array(matterView),
});
export type OrganizationView = z.infer<typeof organizationView>;
export const organizationListQuery = z.strictObject({ q: z.string().trim().max(50).optional() });

// ---- citizen pages ----

export const verifyBody = z.strictObject({
  idNumber: idNumberField,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
});
export type VerifyBody = z.infer<typeof verifyBody>;

export const citizenMe = z.object({
  name: z.string().nullable(),
  idNumberMasked: z.string(),
  expiresAt: z.string(),
});
export type CitizenMe = z.infer<typeof citizenMe>;

export const citizenMatters = z.object({ items: z.array(matterView) });

export const accessEntry = z.object({
  at: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  actorName: z.string(),
  organizationName: z.string().nullable(),
  module: z.string(),
  moduleLabel: z.string(),
  /** Which record: 个人档案, or the case's number and title. */
  record: z.string(),
  purpose: z.string(),
  purposeLabel: z.string(),
});
export type AccessEntry = z.infer<typeof accessEntry>;
export const accessLogQuery = pageQuery;
export const organizationsReply = z.object({ items: z.array(organizationView) });
