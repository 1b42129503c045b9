// A cleanup campaign (清理) over HTTP: it lists the published documents past or near the end of
// their validity period or whose superior law changed, leaves out the others, and records each
// decision (继续有效 / 修改 / 废止) with its reasons, applied to the library and audited.
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/index.js';
import { versions } from '../db/schema.js';
import { validUntilOf } from '../domain/validity.js';
import { DEMO_LAWS_DIR } from '../use-cases/demo-laws.js';
import { importLawFiles } from '../use-cases/import-laws.js';
import { readLawFolder } from '../use-cases/law-files.js';
import {
  fileAs,
  type FilingApp,
  filingApp,
  fromToday,
  normativeDocument,
  stepper,
} from './filing-fixtures.js';

let app: FilingApp;
const published: Record<string, { id: string; title: string; number: string }> = {};

/** Files and passes a document: it is published into the library. */
async function publish(name: string, body: ReturnType<typeof normativeDocument>) {
  const filed = await fileAs(app, 'thclerk', body);
  expect(filed.statusCode, filed.body).toBe(201);
  const step = stepper(app.as, filed.json().id);
  await step('reviewer', 'start-review');
  const passed = await step('reviewer', 'approve');
  expect(passed.json().libraryVersionKey).not.toBeNull();
  published[name] = { id: filed.json().id, title: body.title, number: body.documentNumber };
}

const onDate = (date: string, over: Partial<ReturnType<typeof normativeDocument>>) => {
  const base = normativeDocument(over);
  return {
    ...base,
    publishedOn: date,
    documentNumber: base.documentNumber.replace(/〔\d{4}〕/, `〔${date.slice(0, 4)}〕`),
  };
};

const RECONSIDERATION_2017 = { workKey: '行政复议法', articles: ['第七条'] };

beforeAll(async () => {
  app = await filingApp();
  // Relied on the 2017 text of 行政复议法, and its five years are over.
  await publish('old', onDate('2020-06-01', { superiorLaws: [RECONSIDERATION_2017] }));
  await publish('older', onDate('2021-03-01', { superiorLaws: [RECONSIDERATION_2017] }));
  // In force, its period ends within the warning window.
  await publish('expiring', normativeDocument({ validUntil: fromToday(100) }));
  // In force, superior law unchanged: not part of a cleanup.
  await publish('current', normativeDocument());
}, 300_000);
afterAll(() => app.t.close());

const get = (who: string, url: string) => app.as[who]!.request({ method: 'GET', url });
const post = (who: string, url: string, payload: object = {}) =>
  app.as[who]!.request({ method: 'POST', url, payload });

describe('a cleanup campaign', () => {
  let id = '';
  let items: { id: string; title: string; reasons: { kind: string; detail: string }[] }[] = [];
  const item = (name: string) => items.find((i) => i.title === published[name]!.title)!;
  const decide = (name: string, decision: string, reason = '经评估') =>
    post('reviewer', `/api/regulations/cleanup-campaigns/${id}/items/${item(name).id}/decision`, {
      decision,
      reason,
    });

  it('is started by a reviewer only', async () => {
    const refused = await post('thclerk', '/api/regulations/cleanup-campaigns', { title: '清理' });
    expect(refused.statusCode).toBe(403);
    const started = await post('reviewer', '/api/regulations/cleanup-campaigns', {
      title: '2026年度规范性文件清理',
    });
    expect(started.statusCode, started.body).toBe(201);
    id = started.json().id;
    expect(started.json().total).toBe(3);
  });

  it('lists the expired, the expiring and those whose superior law changed, with the reasons', async () => {
    const detail = (await get('reviewer', `/api/regulations/cleanup-campaigns/${id}`)).json();
    items = detail.items;
    expect(items.map((i) => i.title).sort()).toEqual(
      [published.old!.title, published.older!.title, published.expiring!.title].sort(),
    );
    expect(item('old').reasons.map((r) => r.kind)).toEqual(['expired', 'superior_changed']);
    expect(item('old').reasons[1]!.detail).toBe(
      '《行政复议法》现行文本为 行政复议法/2023-09-01（制定时依据 行政复议法/2017-09-01），所依据的第七条有变化',
    );
    expect(item('expiring').reasons).toEqual([
      { kind: 'expiring', label: '有效期即将届满', detail: `有效期至 ${fromToday(100)}` },
    ]);
  });

  it('is seen in its region only', async () => {
    expect((await get('haizhu', `/api/regulations/cleanup-campaigns/${id}`)).statusCode).toBe(404);
    const list = (await get('haizhu', '/api/regulations/cleanup-campaigns')).json();
    expect(list.items).toEqual([]);
    const mine = (await get('leader', '/api/regulations/cleanup-campaigns')).json();
    expect(mine.items).toMatchObject([{ id, total: 3, decided: 0, state: 'open' }]);
  });

  it('继续有效 starts a new validity period, in the library too', async () => {
    expect((await decide('old', 'continue', '')).statusCode).toBe(400);
    const response = await decide('old', 'continue', '上位法修改未涉及本文件内容，继续有效');
    expect(response.statusCode, response.body).toBe(200);
    expect(
      response.json().items.find((i: { id: string }) => i.id === item('old').id),
    ).toMatchObject({
      decision: 'continue',
      decisionLabel: '继续有效',
      validity: 'in_force',
      validUntil: validUntilOf(fromToday(0), 5),
      decidedBy: '备案审查员',
    });
    const filing = (await get('reviewer', `/api/regulations/filings/${published.old!.id}`)).json();
    const [version] = await app.t.database.db
      .select()
      .from(versions)
      .where(eq(versions.key, filing.libraryVersionKey));
    expect(version!.status).toBe('in_force');
    expect(filing.timeline.at(-1)).toMatchObject({
      action: 'cleanup_decision',
      actionLabel: '清理决定',
    });
    expect((await decide('old', 'repeal')).json().error.code).toBe('REGULATIONS_CLEANUP_DECIDED');
  });

  it('废止 ends the document in the library on the decision day', async () => {
    const response = await decide('expiring', 'repeal', '已被新文件替代');
    expect(response.statusCode, response.body).toBe(200);
    const filing = (
      await get('reviewer', `/api/regulations/filings/${published.expiring!.id}`)
    ).json();
    expect(filing).toMatchObject({ validity: 'repealed', repealedOn: fromToday(0) });
    const [version] = await app.t.database.db
      .select()
      .from(versions)
      .where(eq(versions.key, filing.libraryVersionKey));
    expect(version).toMatchObject({ status: 'repealed', repealedOn: fromToday(0) });
  });

  it('继续有效 is refused for a document no longer published; 修改 is recorded', async () => {
    const filing = (
      await get('reviewer', `/api/regulations/filings/${published.older!.id}`)
    ).json();
    await app.t.database.db
      .update(versions)
      .set({ published: false })
      .where(eq(versions.key, filing.libraryVersionKey));
    const refused = await decide('older', 'continue', '继续有效');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('REGULATIONS_NOT_PUBLISHED');
    const closeEarly = await post('reviewer', `/api/regulations/cleanup-campaigns/${id}/close`);
    expect(closeEarly.json().error.code).toBe('REGULATIONS_CAMPAIGN_UNDECIDED');
    expect((await decide('older', 'amend', '依据新法修改第二条')).json().decided).toBe(3);
  });

  it('closes once every document has a decision; each decision was audited', async () => {
    const closed = await post('reviewer', `/api/regulations/cleanup-campaigns/${id}/close`);
    expect(closed.json()).toMatchObject({ state: 'closed', closedOn: fromToday(0) });
    expect((await decide('older', 'repeal')).json().error.code).toBe('REGULATIONS_CAMPAIGN_CLOSED');
    const audit = await app.t.database.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(like(auditEvents.action, 'regulations.cleanup_%'));
    expect(audit.map((a) => a.action)).toEqual([
      'regulations.cleanup_start',
      'regulations.cleanup_decide',
      'regulations.cleanup_decide',
      'regulations.cleanup_decide',
      'regulations.cleanup_close',
    ]);
    expect(audit[1]!.details).toMatchObject({ decision: 'continue' });
  });
});

describe('the impact alert of the knowledge graph feeds a campaign', () => {
  it('lists a document citing an article that a new version of the law changed', async () => {
    // The text cites 行政处罚法 Art. 48; the filing declares no superior law.
    await publish(
      'citing',
      normativeDocument({
        superiorLaws: [],
        text: '第一条 依照《中华人民共和国行政处罚法》第四十八条，公开行政处罚决定。\n第二条 本办法自公布之日起施行。',
      }),
    );
    const folder = readLawFolder(DEMO_LAWS_DIR);
    const current = folder.files.find((f) => f.name.includes('行政处罚法(2021-01-22)'))!;
    const amended = current.content
      .replace(
        '<!-- INFO END -->',
        '2025年6月1日 第十四届全国人民代表大会常务委员会第十五次会议修正\n\n<!-- INFO END -->',
      )
      .replace('具有一定社会影响的行政处罚决定应当依法公开。', '行政处罚决定应当依法全部公开。');
    const report = await importLawFiles(
      app.t.database.db,
      [{ name: '行政法/行政处罚法(2025-06-01).md', content: amended }],
      { origin: 'test', sourcePrefix: 'corpus', audit: { actor: null, requestId: null } },
    );
    expect(report.failures).toEqual([]);
    const started = await post('reviewer', '/api/regulations/cleanup-campaigns', {
      title: '上位法修改后的清理',
    });
    const detail = (
      await get('reviewer', `/api/regulations/cleanup-campaigns/${started.json().id}`)
    ).json();
    const citing = detail.items.find((i: { title: string }) => i.title === published.citing!.title);
    expect(citing.reasons).toEqual([
      {
        kind: 'superior_changed',
        label: '上位法已修改',
        detail: '《行政处罚法》新版本 行政处罚法/2025-06-01：所引用的第四十八条已修改',
      },
    ]);
  }, 120_000);
});
