// 撤销公告: the public notice of revoked certificates (公证法 Art. 39; 公证程序规则 Art. 63: a
// revoked certificate is void from the start and the revocation is published). It shows the
// number, the office, the date and the ground — never a party — newest first, a page at a time.
import type { Page } from '../../../platform/http/pagination.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { RevocationItem } from '../contract.js';
import { REVOCATION_GROUNDS, type RevocationGround } from '../domain/grounds.js';
import { revokedCertificates } from '../db/queries.js';

export async function listRevocations(
  ctx: RequestContext,
  query: { page: number; pageSize: number; officeCode?: string | undefined },
): Promise<Page<RevocationItem>> {
  const { rows, total } = await revokedCertificates(ctx.db, query);
  return {
    items: rows.map((r) => ({
      number: r.number,
      office: r.office,
      revokedOn: r.revokedOn ?? '',
      ground: r.ground,
      groundLabel: REVOCATION_GROUNDS[r.ground as RevocationGround] ?? '公证书被撤销',
      ledgerIndex: r.ledgerIndex,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
