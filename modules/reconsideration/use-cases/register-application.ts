// 登记申请: a clerk registers an application received in person, by mail or orally.
import { authorize } from '../../../platform/auth/permissions.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import type { RegisterBody } from '../contract.js';
import { ReconsiderationPermissions } from '../domain/permissions.js';
import { createCase } from './create-case.js';

export function registerApplication(ctx: RequestContext, input: RegisterBody) {
  const actor = requireActor(ctx);
  authorize(actor, ReconsiderationPermissions.register, { regionCode: input.authorityRegionCode });
  const { channel, receivedDate, postmarkDate, ...application } = input;
  return createCase(ctx, application, {
    channel,
    receivedDate,
    postmarkDate: postmarkDate ?? null,
  });
}
