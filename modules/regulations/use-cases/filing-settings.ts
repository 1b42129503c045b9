// The configurable periods of filing review and validity: read by every filing use case,
// changed by an administrator (audited).
import { record } from '../../../platform/audit/index.js';
import { authorize } from '../../../platform/auth/permissions.js';
import { withTx } from '../../../platform/db/index.js';
import { auditContext, requireActor, type RequestContext } from '../../../platform/http/context.js';
import { FilingPermissions } from '../domain/filing-permissions.js';
import type { FilingSettings } from '../domain/filing-settings.js';
import { readSettings, writeSettings } from '../db/filing-queries.js';

export async function getFilingSettings(ctx: RequestContext): Promise<FilingSettings> {
  authorize(requireActor(ctx), FilingPermissions.read);
  return readSettings(ctx.db);
}

export async function updateFilingSettings(
  ctx: RequestContext,
  settings: FilingSettings,
): Promise<FilingSettings> {
  const actor = requireActor(ctx);
  authorize(actor, FilingPermissions.configure);
  return withTx(ctx.db, async (tx) => {
    const before = await readSettings(tx);
    await writeSettings(tx, settings, actor.displayName);
    await record(tx, auditContext(ctx), {
      action: 'regulations.filing_settings',
      entityType: 'regulations_filing_settings',
      entityId: '1',
      details: { before, after: settings },
    });
    return settings;
  });
}
