// 统计: applications, notices, decisions, assignments, closings, terminations, subsidies and
// duty consultations by month; cases by category; quality and satisfaction — for one year, in
// the actor's region.
import { authorize, regionScope } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import { cases, dutyConsultations, qualityReviews, surveys } from '../db/schema.js';
import * as q from '../db/stats-queries.js';
import { categoryLabel } from './present.js';

const STEP_COLUMNS: Record<string, 'granted' | 'refused' | 'assigned' | 'closed' | 'terminated'> = {
  grant: 'granted',
  provide_provisionally: 'granted',
  order_grant: 'granted',
  refuse: 'refused',
  assign: 'assigned',
  close: 'closed',
  terminate: 'terminated',
};

export async function statistics(ctx: RequestContext, year: number) {
  const actor = requireActor(ctx);
  authorize(actor, P.statistics);
  const scope = regionScope(actor, cases.regionCode);
  const [receipts, steps, subsidies, consultations, categories, quality] = await Promise.all([
    q.receiptsByMonth(ctx.db, scope, year),
    q.stepsByMonth(ctx.db, scope, year),
    q.subsidiesByMonth(ctx.db, scope, year),
    q.consultationsByMonth(ctx.db, regionScope(actor, dutyConsultations.regionCode), year),
    q.casesByCategory(ctx.db, scope, year),
    q.qualityFigures(
      ctx.db,
      regionScope(actor, qualityReviews.regionCode),
      regionScope(actor, surveys.regionCode),
      year,
    ),
  ]);
  const rows = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const receipt = receipts.find((r) => r.month === month);
    const row = {
      month,
      applications: receipt?.applications ?? 0,
      notices: receipt?.notices ?? 0,
      granted: 0,
      refused: 0,
      assigned: 0,
      closed: 0,
      terminated: 0,
      subsidyYuan: Number(subsidies.find((s) => s.month === month)?.yuan ?? 0),
      consultations: consultations.find((c) => c.month === month)?.n ?? 0,
    };
    for (const s of steps.filter((s) => s.month === month)) {
      const column = STEP_COLUMNS[s.action];
      if (column) row[column] += s.n;
    }
    return row;
  });
  return {
    year,
    rows,
    byCategory: categories.map((c) => ({
      category: c.category,
      label: categoryLabel(c.category, ctx.locale),
      cases: c.n,
    })),
    quality: {
      reviewed: quality.reviews.reviewed,
      averageScore: quality.reviews.average === null ? null : Number(quality.reviews.average),
      surveys: quality.answers.surveys,
      averageSatisfaction:
        quality.answers.average === null ? null : Number(quality.answers.average),
    },
  };
}
