// The everyday-words vocabulary on a real database: seeded once, kept by an administrator (each
// change audited), refused to others, and read by the library search's expander at once.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/index.js';
import type { Actor } from '../../../platform/auth/permissions.js';
import { rows } from '../../../platform/db/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import {
  createTestApp,
  ephemeralKeys,
  seedTestAccounts,
  type TestApp,
} from '../../../platform/testing/app.js';
import { vocabulary } from '../db/schema.js';
import { SEED_VOCABULARY } from '../domain/vocabulary.js';
import {
  addVocabulary,
  deleteVocabulary,
  ensureVocabularySeeded,
  listVocabulary,
  updateVocabulary,
  vocabularyExpander,
} from '../use-cases/vocabulary.js';

let t: TestApp;
const keys = ephemeralKeys();

async function contextOf(username: string): Promise<RequestContext> {
  const [user] = await rows<Actor & { userId: string }>(
    t.database.db,
    sql`select u.id as "userId", u.username, u.display_name as "displayName", u.role,
               u.organization_id as "organizationId", u.region_code as "regionCode"
        from auth.users u where u.username = ${username}`,
  );
  return {
    db: t.database.db,
    config: t.config,
    cipher: keys.cipher,
    actor: user!,
    requestId: null,
    locale: 'zh-CN',
  };
}

const expand = (text: string, words: string[]) =>
  vocabularyExpander({ text, words }, t.database.db);

beforeAll(async () => {
  t = await createTestApp();
  await seedTestAccounts(t);
});
afterAll(async () => {
  await t.close();
});

describe('vocabulary', () => {
  it('is seeded once, on first use', async () => {
    await ensureVocabularySeeded(t.database.db);
    await ensureVocabularySeeded(t.database.db);
    const [count] = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from knowledge.vocabulary where source = 'seed'`,
    );
    expect(count!.n).toBe(SEED_VOCABULARY.length);
    const seeds = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'knowledge.vocabulary_seed'));
    expect(seeds).toHaveLength(1);
  });

  it('expands a query with the seeded words', async () => {
    const found = await expand('申请行政复议要交钱吗', ['申请', '行政复议', '要', '交钱', '吗']);
    expect(found).toEqual([
      expect.objectContaining({ matched: '交钱', terms: expect.arrayContaining(['缴纳']) }),
    ]);
  });

  it('lets an administrator add, edit and delete an entry, each audited, the search following', async () => {
    const admin = await contextOf('admin');
    const added = await addVocabulary(admin, {
      phrase: '拿身份证',
      terms: ['居民身份证'],
      weight: 0.8,
      basis: '管理员添加',
    });
    expect(await expand('拿身份证', ['拿', '身份证'])).toEqual([
      { matched: '拿身份证', terms: ['居民身份证'], weight: expect.closeTo(0.8, 5) },
    ]);
    await updateVocabulary(admin, added.id, { terms: ['居民身份证', '身份证件'] });
    expect((await expand('拿身份证', ['拿', '身份证']))[0]!.terms).toEqual([
      '居民身份证',
      '身份证件',
    ]);
    await deleteVocabulary(admin, added.id);
    expect(await expand('拿身份证', ['拿', '身份证'])).toEqual([]);
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, added.id));
    expect(events.map((e) => e.action)).toEqual([
      'knowledge.vocabulary_add',
      'knowledge.vocabulary_update',
      'knowledge.vocabulary_delete',
    ]);
  });

  it('refuses a phrase that is already there, and an unknown entry', async () => {
    const admin = await contextOf('admin');
    await expect(
      addVocabulary(admin, { phrase: '多久', terms: ['期限'], weight: 0.5, basis: 'x' }),
    ).rejects.toMatchObject({ code: 'KNOWLEDGE_VOCABULARY_EXISTS' });
    await expect(
      deleteVocabulary(admin, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'KNOWLEDGE_VOCABULARY_NOT_FOUND' });
  });

  it('lets staff read it but not change it; a district administrator may not either', async () => {
    const staff = await contextOf('tianhe');
    const page = await listVocabulary(staff, { q: '多久', page: 1, pageSize: 20 });
    expect(page.items.map((i) => i.phrase)).toContain('多久');
    await expect(
      addVocabulary(staff, { phrase: '某词', terms: ['某'], weight: 0.5, basis: 'x' }),
    ).rejects.toMatchObject({ code: 'AUTH_FORBIDDEN' });
    const districtAdmin = await contextOf('thadmin');
    const [entry] = await t.database.db
      .select()
      .from(vocabulary)
      .where(eq(vocabulary.phrase, '多久'));
    await expect(updateVocabulary(districtAdmin, entry!.id, { weight: 0.1 })).rejects.toMatchObject(
      {
        code: 'AUTH_OUT_OF_REGION',
      },
    );
  });
});
