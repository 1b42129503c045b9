// The access log: one row per staff read with who, the record and the purpose; nothing without
// a staff actor; a case read logs each named person once; the person's reads newest first.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganizationByCode } from '../auth/queries.js';
import { parseConfig } from '../config/index.js';
import { DataCipher } from '../crypto/index.js';
import { withTx } from '../db/index.js';
import type { RequestContext } from '../http/context.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import {
  caseReadQuery,
  logCaseRead,
  logPersonRead,
  logPersonReads,
  personReads,
  purposeLabel,
  READ_PURPOSE_CODES,
  type ReadPurpose,
} from './index.js';

let database: TestDatabase;
let ctx: RequestContext;
const page = { page: 1, pageSize: 20 };

beforeAll(async () => {
  database = await createTestDatabase();
  const organization = await findOrganizationByCode(database.db, 'district-bureau-440106');
  ctx = {
    db: database.db,
    config: parseConfig({ NODE_ENV: 'test' }),
    cipher: new DataCipher(randomBytes(32)),
    actor: {
      userId: randomUUID(),
      username: 'reader',
      displayName: '陈天河',
      role: 'district_staff',
      organizationId: organization!.id,
      regionCode: '440106',
    },
    requestId: 'req-1',
    locale: 'zh-CN',
  };
});
afterAll(() => database.destroy());

describe('the purposes', () => {
  it.each([
    ['handling', '办理案件', 'Handling the case'],
    ['review', '审核审批', 'Review and approval'],
    ['supervision', '监督检查', 'Supervision and inspection'],
    ['statistics', '统计分析', 'Statistics and analysis'],
    ['answering', '答复当事人', 'Answering the person'],
    ['legal_assistance', '依法协查', 'Assistance requested under the law'],
  ])('%s is %s / %s', (code, zh, en) => {
    expect(READ_PURPOSE_CODES).toContain(code);
    expect(purposeLabel(code, 'zh-CN')).toBe(zh);
    expect(purposeLabel(code, 'en')).toBe(en);
  });

  it('a case read defaults to 办理案件 and refuses a purpose not on the list', () => {
    expect(caseReadQuery.parse({})).toEqual({ purpose: 'handling' });
    expect(caseReadQuery.safeParse({ purpose: 'curiosity' }).success).toBe(false);
  });
});

describe('logging reads', () => {
  it('writes who, the organization, the record, the purpose and the request', async () => {
    await withTx(database.db, (tx) =>
      logPersonRead(tx, ctx, {
        idNumberIndex: 'person-a',
        module: 'reconsideration',
        entityType: 'case',
        entityId: 'case-1',
        regionCode: '440106',
        purpose: 'review',
      }),
    );
    const { items, total } = await personReads(database.db, 'person-a', page);
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      kind: 'read',
      actorName: '陈天河',
      organizationName: '广州市天河区司法局',
      module: 'reconsideration',
      entityType: 'case',
      entityId: 'case-1',
      purpose: 'review',
    });
  });

  it('writes nothing without a staff actor, and refuses a purpose not on the list', async () => {
    const anonymous = { ...ctx, actor: null };
    const read = {
      idNumberIndex: 'person-b',
      module: 'notarization',
      entityType: 'case',
      entityId: 'case-2',
      purpose: 'handling' as ReadPurpose,
    };
    expect(await withTx(database.db, (tx) => logPersonReads(tx, anonymous, [read]))).toBe(0);
    await expect(
      withTx(database.db, (tx) =>
        logPersonRead(tx, ctx, { ...read, purpose: 'curiosity' as ReadPurpose }),
      ),
    ).rejects.toThrow(/unknown read purpose/);
    expect((await personReads(database.db, 'person-b', page)).total).toBe(0);
  });

  it('a case read logs each named person once and skips parties without an ID number', async () => {
    await logCaseRead(ctx, {
      module: 'notarization',
      caseId: 'case-3',
      regionCode: '4401',
      idNumberIndexes: ['person-c', null, 'person-d', 'person-c'],
      purpose: 'handling',
    });
    expect((await personReads(database.db, 'person-c', page)).total).toBe(1);
    expect((await personReads(database.db, 'person-d', page)).total).toBe(1);
  });

  it('many reads go in chunks, and a person’s reads come back newest first, a page at a time', async () => {
    const reads = Array.from({ length: 4_500 }, (_, i) => ({
      idNumberIndex: 'person-e',
      module: 'persons',
      entityType: 'person',
      entityId: `p-${i}`,
      purpose: 'statistics' as ReadPurpose,
      kind: 'export' as const,
    }));
    expect(await withTx(database.db, (tx) => logPersonReads(tx, ctx, reads))).toBe(4_500);
    const first = await personReads(database.db, 'person-e', { page: 1, pageSize: 2 });
    expect(first.total).toBe(4_500);
    expect(first.items.map((r) => r.entityId)).toEqual(['p-4499', 'p-4498']);
  });
});
