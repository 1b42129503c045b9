// "Has the superior law changed?" for the cleanup campaign, from the library: the version of each
// superior law in force today against the one in force when the document was published, and,
// among the articles the document relied on, those whose text changed or that are gone (the same
// question the knowledge graph's impact alert answers for every citing article, read below).
import type { Executor } from '../../../platform/db/index.js';
import { articlesByIds } from '../db/cleanup-queries.js';
import { findArticle } from '../db/queries.js';
import type { SuperiorLaw } from '../db/filing-schema.js';
import type { CleanupReason, SuperiorFinding } from '../domain/validity.js';
import { versionInForce } from './library.js';

/** Text compared without spaces, zero-width characters and punctuation width. */
const comparable = (text: string) =>
  text
    .replace(/[\s\u200b-\u200f\u2060\ufeff\u3000]/g, '')
    .replace(/[(),;:]/g, (c) => ({ '(': '（', ')': '）', ',': '，', ';': '；', ':': '：' })[c]!);

/** Answers for many documents at once; each superior law is looked up once. */
export function superiorChecker(db: Executor, today: string) {
  const current = new Map<string, Promise<{ id: string; key: string } | null>>();
  const inForce = (workKey: string) => {
    if (!current.has(workKey)) current.set(workKey, versionInForce(db, workKey, today));
    return current.get(workKey)!;
  };

  async function changedArticles(law: SuperiorLaw, nowId: string): Promise<string[]> {
    const changed: string[] = [];
    for (const old of await articlesByIds(db, law.articleIds)) {
      const now = await findArticle(db, nowId, old.number, old.suffix);
      if (!now || comparable(now.text) !== comparable(old.text)) changed.push(old.label);
    }
    return changed;
  }

  return async function findings(laws: SuperiorLaw[]): Promise<SuperiorFinding[]> {
    const out: SuperiorFinding[] = [];
    for (const law of laws) {
      const now = await inForce(law.workKey);
      const moved = now !== null && law.versionKey !== null && now.key !== law.versionKey;
      out.push({
        workKey: law.workKey,
        reliedOn: law.versionKey,
        current: now?.key ?? null,
        changedArticles: moved ? await changedArticles(law, now.id) : [],
      });
    }
    return out;
  };
}

const CHANGE_LABELS: Record<string, string> = {
  changed: '已修改',
  removed: '已删除',
  renumbered: '条号已变',
  basis: '制定依据已修订',
};

/**
 * The knowledge graph's impact alerts (modules/knowledge): for each of the given library
 * versions, the alerts listing one of its articles as citing a changed article of a superior
 * law. Imported when called: knowledge imports this module, so a static import would be a cycle
 * at load time.
 */
export async function impactAlertReasons(
  db: Executor,
  versionIds: string[],
): Promise<Map<string, CleanupReason[]>> {
  const out = new Map<string, CleanupReason[]>();
  if (versionIds.length === 0) return out;
  const wanted = new Set(versionIds);
  const knowledge = await import('../../knowledge/index.js');
  for (let page = 1; ; page++) {
    const alerts = await knowledge.impactAlerts(db, { page, pageSize: 200 });
    for (const summary of alerts.items) {
      const alert = await knowledge.getImpactAlert(db, summary.id);
      const byVersion = new Map<string, string[]>();
      for (const item of alert?.list ?? []) {
        if (!wanted.has(item.citingVersionId)) continue;
        const label = `${item.targetLabel ?? ''}${CHANGE_LABELS[item.change] ?? item.change}`;
        const labels = byVersion.get(item.citingVersionId) ?? [];
        if (!labels.includes(label)) labels.push(label);
        byVersion.set(item.citingVersionId, labels);
      }
      for (const [versionId, labels] of byVersion) {
        out.set(versionId, [
          ...(out.get(versionId) ?? []),
          {
            kind: 'superior_changed',
            workKey: summary.workKey,
            detail: `《${summary.workKey}》新版本 ${summary.versionKey}：所引用的${labels.join('、')}`,
          },
        ]);
      }
    }
    if (page * 200 >= alerts.total) break;
  }
  return out;
}
