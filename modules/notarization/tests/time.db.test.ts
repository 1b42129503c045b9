// Rules of time on explicit dates: a supplement across 劳动节 2026 moves the issue deadline by
// the working days it stopped (公证法 Art. 30), and a re-examination is accepted only within the
// window of 公证程序规则 Art. 61; its 30 日 run from the day the request was received.
// The system clock is only ever set to past dates (sessions live in the database, whose clock is
// real on PostgreSQL); later legal dates come from the legal clock's offset, as in training.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setClockOffsetDays } from '../../../platform/workflow/clock.js';
import { daysBetween } from '../../../platform/workflow/dates.js';
import {
  createTestApp,
  loginAs,
  type Session,
  type TestApp,
} from '../../../platform/testing/app.js';
import { application, issuedCase, NOTARY_USERS, seedNotaryAccounts } from './fixtures.js';

let t: TestApp;
let ids: Record<string, string>;
const as: Record<string, Session> = {};

let systemDate = '';
/** Moves the system clock to a past date (Asia/Shanghai 10:00) and logs everyone in again. */
async function on(date: string) {
  vi.setSystemTime(new Date(`${date}T02:00:00Z`));
  systemDate = date;
  setClockOffsetDays(0);
  for (const name of NOTARY_USERS) as[name] = await loginAs(t.app, name);
}
/** Lets the legal date run ahead of the system clock (SIFA_CLOCK_CONTROL's offset). */
const legalDate = (date: string) => setClockOffsetDays(daysBetween(systemDate, date));

beforeAll(async () => {
  t = await createTestApp();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-04-28T02:00:00Z'));
  ids = await seedNotaryAccounts(t);
});
afterAll(async () => {
  setClockOffsetDays(0);
  vi.useRealTimers();
  await t.close();
});

let caseId = '';
let version = 1;
const step = async (who: string, path: string, body: Record<string, unknown> = {}) => {
  const response = await as[who]!.request({
    method: 'POST',
    url: `/api/notarization/cases/${caseId}/${path}`,
    payload: { version, ...body },
  });
  if (response.statusCode === 200) version = response.json().version;
  return response;
};
const issueDue = (detail: { deadlines: { key: string; dueDate: string | null }[] }) =>
  detail.deadlines.find((d) => d.key === 'issue')!.dueDate;

describe('a supplement across 劳动节 (05-01 to 05-05 off, Sat 05-09 a working day)', () => {
  it('accepted Tue 2026-04-28: 15 工作日 end on 05-21', async () => {
    await on('2026-04-28');
    const applied = await t.app.inject({
      method: 'POST',
      url: '/api/public/notary/applications',
      payload: application(),
    });
    caseId = applied.json().caseId;
    const accepted = await step('nclerk', 'accept', {
      toldItems: ['法律意义'],
      applicantAcknowledged: true,
      notaryId: ids.notary1,
    });
    expect(issueDue(accepted.json())).toBe('2026-05-21');
    expect((await step('notary1', 'start-review')).statusCode).toBe(200);
  });

  it('asked for on 04-30 and supplied on Mon 05-11: 5 working days did not count, due 05-28', async () => {
    await on('2026-04-30');
    const requested = await step('notary1', 'request-supplement', { items: ['毕业证书原件'] });
    expect(issueDue(requested.json())).toBeNull();
    await on('2026-05-11');
    const supplied = await step('nclerk', 'supply', { materials: [] });
    expect(supplied.statusCode).toBe(200);
    const deadline = supplied.json().deadlines.find((d: { key: string }) => d.key === 'issue');
    // 05-06, 05-07, 05-08, Sat 05-09 and 05-11 were working days of the stop.
    expect(deadline.dueDate).toBe('2026-05-28');
    expect(deadline.explanation).toContain('中止/补正等 5个工作日不计入');
  });
});

describe('the window of a re-examination request (规则 Art. 61)', () => {
  let issued: Awaited<ReturnType<typeof issuedCase>>;
  const open = (body: Record<string, unknown>) =>
    step('nhead', 'start-re-examination', {
      reExaminerId: ids.notary2,
      requestedBy: '申请人张三',
      reasons: '证词有误',
      ...body,
    });

  it('a party asks more than a year after receiving the certificate: refused', async () => {
    await on('2026-06-01');
    issued = await issuedCase(t, as, ids);
    caseId = issued.caseId;
    version = issued.version;
    legalDate('2027-06-15');
    const late = await open({
      requesterKind: 'party',
      knownDate: '2026-06-02',
      requestDate: '2027-06-03',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe(
      '复查申请已超过期限，不予受理：当事人应自收到公证书之日（2026-06-02）起1年内提出，期限已于 2027-06-02 届满（公证程序规则第六十一条）',
    );
    const before = await open({
      requesterKind: 'party',
      knownDate: '2026-05-20',
      requestDate: '2027-05-20',
    });
    expect(before.json().error.code).toBe('NOTARIZATION_RE_EXAMINATION_DATES');
    const future = await open({
      requesterKind: 'party',
      knownDate: '2026-06-02',
      requestDate: '2027-06-16',
    });
    expect(future.json().error.code).toBe('NOTARIZATION_RE_EXAMINATION_DATES');
  });

  it('an interested person who learnt of it lately is in time; the 30 日 run from the request', async () => {
    const opened = await open({
      requesterKind: 'interested_person',
      knownDate: '2027-06-01',
      requestDate: '2027-06-11',
    });
    expect(opened.statusCode).toBe(200);
    const deadline = opened
      .json()
      .deadlines.find((d: { key: string }) => d.key === 'reExamination');
    // 30 日 from Fri 2027-06-11: Sun 07-11, moved to Mon 07-12.
    expect(deadline).toMatchObject({ start: '2027-06-11', dueDate: '2027-07-12' });
  });

  it('never more than 20 years after issue', async () => {
    legalDate('2046-06-05');
    const maintained = await step('notary2', 'decide-re-examination', {
      outcome: 'maintain',
      reasons: '证词无误',
    });
    expect(maintained.statusCode).toBe(200);
    const late = await open({
      requesterKind: 'interested_person',
      knownDate: '2046-05-01',
      requestDate: '2046-06-04',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('自公证书出具之日（2026-06-01）起最长不得超过20年');
  });
});
