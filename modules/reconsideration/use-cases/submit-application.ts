// 网上申请: a citizen or organization applies online, without an account.
import type { RequestContext } from '../../../platform/http/context.js';
import { shanghaiDate } from '../../../platform/workflow/dates.js';
import type { ApplicationBody } from '../contract.js';
import { createCase } from './create-case.js';

export function submitApplication(ctx: RequestContext, input: ApplicationBody) {
  return createCase({ ...ctx, actor: null }, input, {
    channel: 'online',
    receivedDate: shanghaiDate(),
    postmarkDate: null,
  });
}
