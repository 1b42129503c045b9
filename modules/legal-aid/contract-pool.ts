// Schemas of the centre's pool and oversight: lawyers and their figures, duty-lawyer stations,
// rosters and consultations, the satisfaction survey, statistics.
import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.js';
import { legalDate, personInput, text } from './contract.js';
import {
  CONSULTATION_KIND_CODES,
  PROVIDER_KIND_CODES,
  SPECIALTY_CODES,
  STATION_KIND_CODES,
} from './domain/grounds.js';

export const lawyerBody = z.strictObject({
  name: text(50, '请填写姓名'),
  kind: z.enum(PROVIDER_KIND_CODES),
  firm: text(100, '请填写所在律师事务所或法律服务所'),
  licenceNumber: text(40, '请填写执业证号'),
  practiceSince: legalDate,
  specialties: z.array(z.enum(SPECIALTY_CODES)).max(10).default([]),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .optional(),
  /** The centre's pool it joins; the actor's own centre when absent. */
  centreCode: z.string().max(60).optional(),
});
export type LawyerBody = z.infer<typeof lawyerBody>;

export const lawyerPatch = z.strictObject({
  active: z.boolean().optional(),
  firm: text(100).optional(),
  specialties: z.array(z.enum(SPECIALTY_CODES)).max(10).optional(),
  contactPhone: z.string().trim().max(20).nullable().optional(),
});

export const lawyerListQuery = z.strictObject({
  ...pageQuery.shape,
  q: z.string().trim().max(50).optional(),
  active: z.enum(['true', 'false']).optional(),
});

const figures = {
  assigned: z.number(),
  open: z.number(),
  closed: z.number(),
  reviewed: z.number(),
  averageScore: z.number().nullable(),
  surveys: z.number(),
  averageSatisfaction: z.number().nullable(),
};

export const lawyerView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  firm: z.string(),
  licenceNumber: z.string(),
  practiceSince: z.string(),
  practiceYears: z.number(),
  specialties: z.array(z.string()),
  specialtyLabels: z.array(z.string()),
  contactPhone: z.string().nullable(),
  active: z.boolean(),
  regionCode: z.string(),
  ...figures,
});
export type LawyerView = z.infer<typeof lawyerView>;

export const firmView = z.object({ firm: z.string(), lawyers: z.number(), ...figures });

export const stationBody = z.strictObject({
  name: text(100, '请填写工作站名称'),
  kind: z.enum(STATION_KIND_CODES),
  address: z.string().trim().max(200).optional(),
  centreCode: z.string().max(60).optional(),
});

export const stationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  address: z.string().nullable(),
  active: z.boolean(),
  regionCode: z.string(),
});

export const rosterQuery = z.strictObject({ stationId: z.uuid(), weekStart: legalDate });

export const rosterBody = z.strictObject({
  stationId: z.uuid(),
  weekStart: legalDate,
  days: z.array(z.strictObject({ date: legalDate, lawyerIds: z.array(z.uuid()).max(10) })).max(7),
});

export const rosterView = z.object({
  stationId: z.string(),
  stationName: z.string(),
  weekStart: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      lawyers: z.array(z.object({ id: z.string(), name: z.string(), firm: z.string() })),
    }),
  ),
});

export const consultationBody = z.strictObject({
  stationId: z.uuid(),
  lawyerId: z.uuid(),
  onDate: legalDate,
  kind: z.enum(CONSULTATION_KIND_CODES),
  person: personInput.pick({ name: true }).extend({
    idNumber: z.string().trim().max(20).optional(),
  }),
  summary: text(4000, '请填写咨询和帮助的内容'),
  referred: z.boolean().default(false),
});

export const consultationQuery = z.strictObject({
  ...pageQuery.shape,
  stationId: z.uuid().optional(),
  from: legalDate.optional(),
  to: legalDate.optional(),
});

export const consultationView = z.object({
  id: z.string(),
  stationName: z.string(),
  lawyerName: z.string(),
  onDate: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  personName: z.string(),
  idNumberMasked: z.string().nullable(),
  summary: z.string(),
  referred: z.boolean(),
  recordedBy: z.string(),
});

export const surveyParams = z.strictObject({ token: z.string().min(8).max(64) });

export const surveyView = z.object({
  centreName: z.string(),
  providerName: z.string().nullable(),
  closedOn: z.string().nullable(),
  questions: z.array(z.object({ code: z.string(), label: z.string() })),
  answered: z.boolean(),
});

export const surveyAnswer = z.strictObject({
  ratings: z.record(z.string(), z.number().int().min(1, '请评分').max(5)),
  comment: z.string().trim().max(2000).optional(),
});

export const statisticsQuery = z.strictObject({
  year: z.coerce.number().int().min(2022).max(2100),
});

export const statisticsRow = z.object({
  month: z.string(),
  applications: z.number(),
  notices: z.number(),
  granted: z.number(),
  refused: z.number(),
  assigned: z.number(),
  closed: z.number(),
  terminated: z.number(),
  subsidyYuan: z.number(),
  consultations: z.number(),
});

export const statistics = z.object({
  year: z.number(),
  rows: z.array(statisticsRow),
  byCategory: z.array(z.object({ category: z.string(), label: z.string(), cases: z.number() })),
  quality: z.object({
    reviewed: z.number(),
    averageScore: z.number().nullable(),
    surveys: z.number(),
    averageSatisfaction: z.number().nullable(),
  }),
});
