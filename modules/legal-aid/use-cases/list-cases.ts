// The workbench: cases of the actor's region, the nearest statutory date first.
import { authorize } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import type { CaseListQuery } from '../contract.js';
import { LegalAidPermissions as P } from '../domain/permissions.js';
import { listCases as queryCases } from '../db/queries.js';
import { summarize } from './get-case.js';

export async function listCases(ctx: RequestContext, query: CaseListQuery) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const { rows, total } = await queryCases(ctx.db, actor, query);
  return {
    items: rows.map((r) => summarize(r, ctx)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
