// Test fixtures of the reconsideration module: accounts, a valid application, helpers.
import { idCheckCharacter } from '../../../platform/identifiers/index.js';
import { createAccounts } from '../../../platform/auth/seed.js';
import { TEST_PASSWORD, type TestApp } from '../../../platform/testing/app.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import { computeDeadline } from '../../../platform/workflow/deadline.js';
import type { ApplicationBody } from '../contract.js';
import { handlerProfiles } from '../db/schema.js';

export const withCheck = (first17: string) => first17 + idCheckCharacter(first17);
export const APPLICANT_ID = withCheck('44010619900307123');

export async function seedReconsiderationAccounts(t: TestApp) {
  await createAccounts(
    t.database.db,
    [
      {
        username: 'clerk',
        displayName: '立案员',
        role: 'reconsideration_clerk',
        organizationCode: 'city-bureau',
        mustChangePassword: false,
      },
      {
        username: 'handler1',
        displayName: '承办人甲',
        role: 'reconsideration_handler',
        organizationCode: 'city-bureau',
        mustChangePassword: false,
      },
      {
        username: 'handler2',
        displayName: '承办人乙',
        role: 'reconsideration_handler',
        organizationCode: 'city-bureau',
        mustChangePassword: false,
      },
      {
        username: 'head',
        displayName: '复议科长',
        role: 'reconsideration_head',
        organizationCode: 'city-bureau',
        mustChangePassword: false,
      },
      {
        username: 'hzclerk',
        displayName: '海珠立案员',
        role: 'reconsideration_clerk',
        organizationCode: 'district-bureau-440105',
        mustChangePassword: false,
      },
    ],
    TEST_PASSWORD,
  );
  const handler1 = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'handler1', password: TEST_PASSWORD },
  });
  // handler1 once worked for the respondent: the rule must never give them this case.
  await t.database.db
    .insert(handlerProfiles)
    .values({ userId: handler1.json().user.id, formerUnits: ['广州市市场监督管理局'] });
}

export function application(overrides: Partial<ApplicationBody> = {}): ApplicationBody {
  return {
    authorityRegionCode: '4401',
    applicants: [
      {
        kind: 'person',
        name: '张三',
        idNumber: APPLICANT_ID,
        phone: '13812345678',
        address: '广州市天河区五山路1号',
      },
    ],
    agents: [],
    thirdParties: [],
    respondentName: '广州市市场监督管理局',
    contestedAct: '作出的穗市监罚〔2026〕88号行政处罚决定',
    actDate: addDaysFromToday(-20),
    knewDate: addDaysFromToday(-18),
    informedOfRight: true,
    realProperty: false,
    requests: '撤销被申请人作出的行政处罚决定',
    factsAndReasons: '被申请人认定事实不清，证据不足。申请人张三联系电话13812345678。',
    stopExecutionRequest: false,
    simplifiedFacts: {
      onTheSpot: false,
      warningOrCriticism: false,
      fineAmount: 20000,
      informationDisclosure: false,
      allPartiesAgree: false,
    },
    attachments: [
      {
        title: '处罚决定书',
        fileName: 'penalty.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4 处罚决定书').toString('base64'),
      },
    ],
    ...overrides,
  };
}

export function addDaysFromToday(days: number): string {
  return new Date(Date.parse(`${shanghaiDate()}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

export const fifthWorkingDayFromToday = () =>
  computeDeadline(
    { start: shanghaiDate(), period: { amount: 5, unit: 'workday' } },
    chinaCalendar(),
  ).dueDate!;
