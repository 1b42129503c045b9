// Filing review over HTTP: a district files a normative document, the city's reviewer asks for a
// correction, the corrected text is confirmed and published into the library (portal, articles),
// each item tracked to closure; revocation; the not-published-not-in-force rule; region scoping;
// bad input.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/index.js';
import { versions } from '../db/schema.js';
import {
  fileAs,
  type FilingApp,
  filingApp,
  fromToday,
  normativeDocument,
  stepper,
} from './filing-fixtures.js';

let app: FilingApp;
beforeAll(async () => {
  app = await filingApp();
}, 300_000);
afterAll(() => app.t.close());

const get = (who: string, url: string) => app.as[who]!.request({ method: 'GET', url });
const publicGet = (url: string) => app.t.app.inject({ method: 'GET', url });

describe('filing, correction to closure, publication', () => {
  let id = '';
  let versionKey = '';
  const doc = normativeDocument({ effectiveOn: fromToday(-5), validUntil: fromToday(365) });

  it('files a document of the district: the review deadline starts, the superior laws are recorded', async () => {
    const response = await fileAs(app, 'thclerk', doc);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created.caseNumber).toMatch(/^备审〔\d{4}〕\d+号$/);
    expect(created.filedLate).toBe(false);
    id = created.id;
    const detail = (await get('thclerk', `/api/regulations/filings/${id}`)).json();
    expect(detail).toMatchObject({
      state: 'FILED',
      stateLabel: '已报备待审查',
      regionCode: '440106',
      documentNumber: doc.documentNumber,
      validity: 'unpublished',
      filerName: '天河报备员',
    });
    expect(detail.superiorLaws).toEqual([
      {
        workKey: '行政处罚法',
        versionKey: '行政处罚法/2021-01-22',
        articleIds: ['行政处罚法/2021-01-22/art-39', '行政处罚法/2021-01-22/art-48'],
      },
    ]);
    expect(detail.deadlines.map((d: { key: string }) => d.key)).toEqual(['review']);
    expect(detail.deadlines[0].explanation).toContain('15个工作日');
    // The filer may not review; the reviewer sees the next steps.
    expect(detail.actions).toEqual([]);
    const forReviewer = (await get('reviewer', `/api/regulations/filings/${id}`)).json();
    expect(forReviewer.actions.map((a: { action: string }) => a.action)).toEqual(['start_review']);
  });

  it('the reviewer asks for a correction with the items; the filer must answer each', async () => {
    const step = stepper(app.as, id);
    expect((await step('thclerk', 'start-review')).statusCode).toBe(403);
    expect((await step('reviewer', 'start-review')).json().state).toBe('FILING_REVIEW');
    const noItems = await step('reviewer', 'request-correction', { items: [] });
    expect(noItems.statusCode).toBe(400);
    const asked = await step('reviewer', 'request-correction', {
      items: ['第二条“七个工作日”与上位法不一致，请核对', '补充制定依据的条款'],
      reasons: '部分条款与上位法不一致',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const detail = asked.json();
    expect(detail.state).toBe('CORRECTION');
    expect(detail.corrections.map((c: { state: string }) => c.state)).toEqual(['open', 'open']);
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'review').metOn).not.toBeNull();
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'correction').metOn).toBeNull();

    const filer = stepper(app.as, id, detail.version);
    const corrected = doc.text.replace('七个工作日', '七日');
    const partial = await filer('thclerk', 'submit-correction', {
      text: corrected,
      responses: [{ id: detail.corrections[0].id, response: '已改为七日' }],
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.code).toBe('REGULATIONS_CORRECTION_RESPONSE_MISSING');
    const unreadable = await filer('thclerk', 'submit-correction', {
      text: '   ',
      responses: [],
    });
    expect(unreadable.statusCode).toBe(400);
    const submitted = await filer('thclerk', 'submit-correction', {
      text: corrected,
      responses: [
        { id: detail.corrections[0].id, response: '已改为七日' },
        { id: detail.corrections[1].id, response: '已在第一条写明依据' },
      ],
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().state).toBe('CORRECTION_SUBMITTED');
    expect(submitted.json().corrections.map((c: { state: string }) => c.state)).toEqual([
      'answered',
      'answered',
    ]);
  });

  it('the reviewer confirms: items closed, the corrected text published as a library version', async () => {
    const detail = (await get('reviewer', `/api/regulations/filings/${id}`)).json();
    const confirmed = await stepper(app.as, id, detail.version)('reviewer', 'confirm-correction', {
      note: '已按意见纠正',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const after = confirmed.json();
    expect(after).toMatchObject({ state: 'CORRECTED', stateLabel: '已纠正', validity: 'in_force' });
    expect(after.corrections.every((c: { state: string }) => c.state === 'closed')).toBe(true);
    expect(after.timeline.map((e: { action: string }) => e.action)).toEqual([
      'file',
      'start_review',
      'request_correction',
      'submit_correction',
      'confirm_correction',
    ]);
    versionKey = after.libraryVersionKey;
    expect(versionKey).toBe(`${doc.title}/${doc.publishedOn}`);
    const [version] = await app.t.database.db
      .select()
      .from(versions)
      .where(eq(versions.key, versionKey));
    expect(version).toMatchObject({
      level: '规范性文件',
      published: true,
      status: 'in_force',
      documentNumber: doc.documentNumber,
      issuingBody: '广州市天河区人民政府',
      source: `filing:${id}`,
    });
  });

  it('the portal shows the corrected text with its articles, validity and filing number', async () => {
    const [workKey, date] = versionKey.split('/');
    const text = await publicGet(
      `/api/regulations/versions/${encodeURIComponent(workKey!)}/${date}`,
    );
    expect(text.statusCode, text.body).toBe(200);
    expect(text.json().articles.map((a: { id: string }) => a.id)).toEqual([
      `${versionKey}/art-1`,
      `${versionKey}/art-2`,
      `${versionKey}/art-3`,
    ]);
    expect(text.json().articles[1].text).toContain('七日内');
    const filing = await publicGet(`/api/regulations/portal/versions/${text.json().id}/filing`);
    expect(filing.json()).toMatchObject({
      documentNumber: doc.documentNumber,
      validity: 'in_force',
      validityLabel: '有效',
      validUntil: fromToday(365),
    });
    const list = await publicGet(
      `/api/regulations/documents?level=${encodeURIComponent('规范性文件')}`,
    );
    expect(list.json().items.map((v: { key: string }) => v.key)).toContain(versionKey);
  });

  it('every step left its audit event', async () => {
    const actions = (
      await app.t.database.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.entityId, id))
    ).map((e) => e.action);
    expect(actions).toEqual([
      'regulations.file',
      'regulations.start_review',
      'regulations.request_correction',
      'regulations.submit_correction',
      'regulations.confirm_correction',
    ]);
  });
});

describe('revocation and the not-published-not-in-force rule', () => {
  it('a revoked document never reaches the library and may not be marked in force', async () => {
    const doc = normativeDocument();
    const id = (await fileAs(app, 'thclerk', doc)).json().id;
    const step = stepper(app.as, id);
    await step('reviewer', 'start-review');
    expect((await step('reviewer', 'revoke', { reasons: '' })).statusCode).toBe(400);
    const revoked = await step('reviewer', 'revoke', { reasons: '违反上位法规定，增设义务' });
    expect(revoked.json()).toMatchObject({ state: 'REPEALED', validity: 'unpublished' });
    expect(revoked.json().libraryVersionKey).toBeNull();
    expect(revoked.json().actions).toEqual([]);
    const marked = await app.as.reviewer!.request({
      method: 'PUT',
      url: `/api/regulations/filings/${id}/validity`,
      payload: { effectiveOn: doc.publishedOn, validUntil: fromToday(300) },
    });
    expect(marked.statusCode).toBe(409);
    expect(marked.json().error.code).toBe('REGULATIONS_NOT_PUBLISHED');
    // A later filing of the same number is allowed once the first was revoked.
    expect((await fileAs(app, 'thclerk', doc)).statusCode).toBe(201);
  });

  it('a document under review may not be marked in force either; once passed it may', async () => {
    const doc = normativeDocument();
    const id = (await fileAs(app, 'thclerk', doc)).json().id;
    const validity = { effectiveOn: doc.publishedOn, validUntil: fromToday(700) };
    const put = () =>
      app.as.reviewer!.request({
        method: 'PUT',
        url: `/api/regulations/filings/${id}/validity`,
        payload: validity,
      });
    expect((await put()).json().error.code).toBe('REGULATIONS_NOT_PUBLISHED');
    const step = stepper(app.as, id);
    await step('reviewer', 'start-review');
    expect((await step('reviewer', 'approve', { reasons: '合法' })).json().validity).toBe(
      'in_force',
    );
    const set = await put();
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ validUntil: fromToday(700), validity: 'in_force' });
    const tooLong = await app.as.reviewer!.request({
      method: 'PUT',
      url: `/api/regulations/filings/${id}/validity`,
      payload: { effectiveOn: doc.publishedOn, validUntil: fromToday(365 * 6) },
    });
    expect(tooLong.json().error.code).toBe('REGULATIONS_VALIDITY_INVALID');
  });
});

describe('region scoping', () => {
  let id = '';
  beforeAll(async () => {
    id = (await fileAs(app, 'thclerk', normativeDocument())).json().id;
  });

  it('another district neither lists nor reads the item; the city and the district do', async () => {
    expect((await get('hzclerk', `/api/regulations/filings/${id}`)).statusCode).toBe(404);
    const hzList = (await get('hzclerk', '/api/regulations/filings?pageSize=200')).json();
    expect(hzList.items.map((i: { id: string }) => i.id)).not.toContain(id);
    for (const who of ['reviewer', 'tianhe', 'thclerk']) {
      const list = (await get(who, '/api/regulations/filings?pageSize=200')).json();
      expect(
        list.items.map((i: { id: string }) => i.id),
        who,
      ).toContain(id);
    }
    const step = await stepper(app.as, id)('hzclerk', 'submit-correction', {
      text: 'x',
      responses: [],
    });
    expect(step.statusCode).toBe(404);
  });

  it('a district clerk files only for the own district; a city clerk may file for a district', async () => {
    const outside = await fileAs(app, 'hzclerk', normativeDocument({ regionCode: '440106' }));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('AUTH_OUT_OF_REGION');
    const forDistrict = await fileAs(app, 'cityclerk', normativeDocument({ regionCode: '440105' }));
    expect(forDistrict.statusCode).toBe(201);
    const seen = await get('hzclerk', `/api/regulations/filings/${forDistrict.json().id}`);
    expect(seen.statusCode).toBe(200);
  });

  it('without a session or the permission there is no access', async () => {
    expect((await publicGet('/api/regulations/filings')).statusCode).toBe(401);
    expect((await fileAs(app, 'wushan', normativeDocument())).statusCode).toBe(403);
    const settings = (await get('reviewer', '/api/regulations/filings/settings')).json();
    expect(settings).toMatchObject({ filingDays: 30, validityYears: 5 });
    const put = (who: string) =>
      app.as[who]!.request({
        method: 'PUT',
        url: '/api/regulations/filings/settings',
        payload: { ...settings, filingDays: 20 },
      });
    expect((await put('reviewer')).statusCode).toBe(403);
    expect((await put('admin')).json().filingDays).toBe(20);
    await app.as.admin!.request({
      method: 'PUT',
      url: '/api/regulations/filings/settings',
      payload: settings,
    });
  });
});

describe('bad input is a 4xx with a stable code', () => {
  it.each([
    [
      'a number in the wrong shape',
      { documentNumber: '穗天府规2026年3号' },
      400,
      'REGULATIONS_DOCUMENT_NUMBER_INVALID',
    ],
    [
      'a serial with a leading zero',
      { documentNumber: '穗天府规〔2026〕03号' },
      400,
      'REGULATIONS_DOCUMENT_NUMBER_INVALID',
    ],
    [
      'a publication after today',
      { publishedOn: fromToday(3) },
      400,
      'REGULATIONS_FILING_DATES_INVALID',
    ],
    [
      'an effective day before publication',
      { effectiveOn: fromToday(-30) },
      400,
      'REGULATIONS_VALIDITY_INVALID',
    ],
    [
      'a superior law the library lacks',
      { superiorLaws: [{ workKey: '不存在法', articles: [] }] },
      400,
      'REGULATIONS_FILING_BASIS_UNKNOWN',
    ],
    [
      'an article the superior law lacks',
      { superiorLaws: [{ workKey: '行政处罚法', articles: ['第九百条'] }] },
      400,
      'REGULATIONS_FILING_BASIS_ARTICLE_UNKNOWN',
    ],
    [
      'a text that is only a heading',
      { text: '## 第一章' },
      400,
      'REGULATIONS_FILING_TEXT_UNREADABLE',
    ],
    ['an unknown field', { extra: 1 }, 400, 'VALIDATION_FAILED'],
  ])('%s', async (_name, overrides, status, code) => {
    const response = await fileAs(app, 'thclerk', {
      ...normativeDocument(),
      ...overrides,
    } as never);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it('the same document filed twice is refused while the first is under review', async () => {
    const doc = normativeDocument();
    expect((await fileAs(app, 'thclerk', doc)).statusCode).toBe(201);
    const again = await fileAs(app, 'thclerk', {
      ...doc,
      documentNumber: doc.documentNumber.replace('〔', '[').replace('〕', ']'),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REGULATIONS_FILING_DUPLICATE');
  });

  it('a late filing is accepted and marked late', async () => {
    const response = await fileAs(app, 'thclerk', normativeDocument({}, 60));
    expect(response.statusCode).toBe(201);
    expect(response.json().filedLate).toBe(true);
    expect(response.json().warnings.join()).toContain('报备超期');
  });

  it('a stale version is a conflict; an unknown item is 404', async () => {
    const id = (await fileAs(app, 'thclerk', normativeDocument())).json().id;
    const stale = await stepper(app.as, id, 7)('reviewer', 'start-review');
    expect(stale.statusCode).toBe(409);
    const unknown = await get(
      'reviewer',
      '/api/regulations/filings/00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.json().error.code).toBe('REGULATIONS_FILING_NOT_FOUND');
  });
});

describe('the portal compares two versions of a law article by article', () => {
  it('pairs 行政复议法 2017 and 2023 by article, marking changed and added ones', async () => {
    const response = await publicGet(
      `/api/regulations/works/${encodeURIComponent('行政复议法')}/compare?from=2017-09-01&to=2023-09-01`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const reply = response.json();
    expect(reply.from.key).toBe('行政复议法/2017-09-01');
    expect(reply.to.key).toBe('行政复议法/2023-09-01');
    const later = reply.rows.filter((r: { after: unknown }) => r.after !== null);
    expect(later).toHaveLength(reply.to.articleCount);
    const { same, changed, added, removed } = reply.counts;
    expect(same + changed + added + removed).toBe(reply.rows.length);
    expect(added).toBe(reply.to.articleCount - reply.from.articleCount + removed);
    const first = reply.rows[0];
    expect(first).toMatchObject({ label: '第一条', change: 'changed' });
    expect(first.segments.some((s: { op: string }) => s.op === 'insert')).toBe(true);
  });

  it('refuses versions that are not in the library', async () => {
    const response = await publicGet(
      `/api/regulations/works/${encodeURIComponent('行政复议法')}/compare?from=2017-09-01&to=2020-01-01`,
    );
    expect(response.statusCode).toBe(404);
    const bad = await publicGet(
      `/api/regulations/works/${encodeURIComponent('行政复议法')}/compare?from=2017-09-01&to=x`,
    );
    expect(bad.statusCode).toBe(400);
  });
});
