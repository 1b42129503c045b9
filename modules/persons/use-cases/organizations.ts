// Organizations by unified social credit code: register (checked, GB 32100), look up, list.
import { record } from '../../../platform/audit/index.js';
import { authorize, inScope } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { checkCreditCode } from '../../../platform/identifiers/index.js';
import type { OrganizationBody, OrganizationView } from '../contract.js';
import { PersonsPermissions as P } from '../domain/permissions.js';
import {
  insertOrganization,
  listOrganizations as queryOrganizations,
  organizationByCode,
  type OrganizationRow,
} from '../db/queries.js';
import { mattersInScope, mattersOfOrganization } from './matters.js';
import { matterView } from './present.js';
import { fileRegion } from './register-person.js';

function validCreditCode(input: string) {
  const check = checkCreditCode(input);
  if (!check.ok) throw new AppError('CREDIT_CODE_INVALID', { reason: check.reason });
  return check;
}

/** The organization's matters in every module, those inside the reader's region. */
async function organizationMatterViews(ctx: RequestContext, creditCode: string) {
  const matters = mattersInScope(
    requireActor(ctx),
    await mattersOfOrganization(ctx.db, creditCode),
  );
  return matters.map((m) => matterView(m, ctx.locale));
}

const view = (
  row: OrganizationRow,
  warnings: string[] = [],
  matters: OrganizationView['matters'] = [],
): OrganizationView => ({
  id: row.id,
  creditCode: row.creditCode,
  name: row.name,
  legalRepresentative: row.legalRepresentative,
  regionCode: row.regionCode,
  warnings,
  matters,
});

export async function registerOrganization(
  ctx: RequestContext,
  body: OrganizationBody,
): Promise<OrganizationView> {
  const actor = requireActor(ctx);
  authorize(actor, P.register);
  const { value, warnings } = validCreditCode(body.creditCode);
  const regionCode = await fileRegion(ctx.db, actor, body.regionCode);
  const row = await withTx(ctx.db, async (tx) => {
    const inserted = await insertOrganization(tx, {
      creditCode: value,
      name: body.name,
      legalRepresentative: body.legalRepresentative || null,
      regionCode,
      createdBy: actor.userId,
    });
    if (!inserted) throw new AppError('PERSONS_ORGANIZATION_EXISTS');
    await record(tx, auditContext(ctx), {
      action: 'persons.register_organization',
      entityType: 'organization',
      entityId: inserted.id,
      regionCode,
      details: { creditCode: value, name: body.name },
    });
    return inserted;
  });
  return view(row, warnings, await organizationMatterViews(ctx, row.creditCode));
}

export async function lookupOrganization(
  ctx: RequestContext,
  creditCode: string,
): Promise<OrganizationView> {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  const { value } = validCreditCode(creditCode);
  const row = await organizationByCode(ctx.db, value);
  if (!row || !inScope(actor, row.regionCode)) throw new AppError('PERSONS_ORGANIZATION_NOT_FOUND');
  return view(row, [], await organizationMatterViews(ctx, row.creditCode));
}

export async function listOrganizations(ctx: RequestContext, q: string | undefined) {
  const actor = requireActor(ctx);
  authorize(actor, P.read);
  return { items: (await queryOrganizations(ctx.db, actor, q)).map((r) => view(r)) };
}
