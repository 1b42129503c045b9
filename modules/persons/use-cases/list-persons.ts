// 人员列表 and its Excel export: persons of the reader's region by name, masked; every person
// listed is a read of their data, logged with the purpose (kind `list` or `export`).
import { logPersonReads } from '../../../platform/access-log/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../../platform/http/pagination.js';
import type { PersonListQuery, PersonView } from '../contract.js';
import { PersonsPermissions as P } from '../domain/permissions.js';
import { listPersons as queryPersons } from '../db/queries.js';
import { personViews } from './present.js';

export async function listPersons(
  ctx: RequestContext,
  query: PersonListQuery,
  exportAll = false,
): Promise<Page<PersonView>> {
  const actor = requireActor(ctx);
  authorize(actor, exportAll ? P.export : P.read);
  const { rows, total } = await queryPersons(
    ctx.db,
    actor,
    query.q,
    exportAll ? EXPORT_LIMIT : query.pageSize,
    exportAll ? 0 : offsetOf(query),
  );
  await withTx(ctx.db, (tx) =>
    logPersonReads(
      tx,
      ctx,
      rows.map((r) => ({
        idNumberIndex: r.idNumberIndex,
        module: 'persons',
        entityType: 'person',
        entityId: r.id,
        regionCode: r.regionCode,
        purpose: query.purpose,
        kind: exportAll ? 'export' : 'list',
      })),
    ),
  );
  return {
    items: await personViews(ctx.db, rows, ctx.locale),
    total,
    page: exportAll ? 1 : query.page,
    pageSize: exportAll ? EXPORT_LIMIT : query.pageSize,
  };
}
