// The issuing body's answer to 要求纠正: the corrected text and, for every item asked, what was
// changed. Each item stays tracked (open -> answered -> closed by the reviewer's confirmation).
import { authorize } from '../../../platform/auth/permissions.js';
import { AppError } from '../../../platform/errors/index.js';
import { requireActor, type RequestContext } from '../../../platform/http/context.js';
import { answerCorrection, correctionsOf } from '../db/filing-queries.js';
import type { SubmitCorrectionBody } from '../domain/filing-contract.js';
import { FilingPermissions } from '../domain/filing-permissions.js';
import { parseFiledText } from './filing-publish.js';
import { runFilingStep, visibleFiling } from './filing-steps.js';

export async function submitCorrection(
  ctx: RequestContext,
  id: string,
  body: SubmitCorrectionBody,
): Promise<void> {
  authorize(requireActor(ctx), FilingPermissions.file);
  const filing = await visibleFiling(ctx, id);
  if (filing.origin === 'filing') {
    parseFiledText({ ...filing, publishedOn: filing.publishedOn ?? '1970-01-01', text: body.text });
  }
  const answers = new Map(body.responses.map((r) => [r.id, r.response]));
  await runFilingStep(ctx, id, {
    action: 'submit_correction',
    version: body.version,
    check: async (c, tx) => {
      const open = (await correctionsOf(tx, c.id)).filter((r) => r.state === 'open');
      const missing = open.find((r) => !answers.has(r.id));
      if (missing) {
        throw new AppError('REGULATIONS_CORRECTION_RESPONSE_MISSING', {
          ordinal: missing.ordinal,
          item: missing.item,
        });
      }
    },
    patch: () => ({ text: body.text }),
    write: async (tx, c, onDate) => {
      const open = (await correctionsOf(tx, c.id)).filter((r) => r.state === 'open');
      for (const item of open) await answerCorrection(tx, item.id, answers.get(item.id)!, onDate);
      return { answered: open.map((r) => r.ordinal) };
    },
  });
}
