// 工作台 / 案件列表: cases of the actor's region (or the notary's own), the most urgent first.
import { authorize } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { EXPORT_LIMIT, type Page } from '../../../platform/http/pagination.js';
import type { CaseListQuery, CaseSummary } from '../contract.js';
import { NotarizationPermissions } from '../domain/permissions.js';
import { listCases as queryCases } from '../db/queries.js';
import { summarize } from './get-case.js';

export async function listCases(
  ctx: RequestContext,
  query: CaseListQuery,
  exportAll = false,
): Promise<Page<CaseSummary>> {
  const actor = requireActor(ctx);
  authorize(actor, NotarizationPermissions.read);
  const { rows, total } = await queryCases(
    ctx.db,
    actor,
    query,
    exportAll ? EXPORT_LIMIT : undefined,
  );
  return {
    items: rows.map((r) => summarize(r.case, r.applicantNames ?? '', r.notaryName, ctx)),
    total,
    page: query.page,
    pageSize: exportAll ? EXPORT_LIMIT : query.pageSize,
  };
}
