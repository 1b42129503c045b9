// Tells each applicant (and their agents) of a step by SMS and/or e-mail, through the outbox.
import type { DataCipher } from '../../../platform/crypto/index.js';
import type { Executor } from '../../../platform/db/index.js';
import { enqueue } from '../../../platform/notify/index.js';
import { caseParties } from '../db/queries.js';

export async function notifyApplicants(
  tx: Executor,
  cipher: DataCipher,
  caseRow: { id: string; regionCode: string; caseNumber: string },
  subject: string,
  body: string,
): Promise<void> {
  const people = (await caseParties(tx, caseRow.id)).filter(
    (p) => p.role === 'applicant' || p.role === 'agent',
  );
  for (const person of people) {
    const base = {
      subject: `【${caseRow.caseNumber}】${subject}`,
      body,
      entityType: 'reconsideration_case',
      entityId: caseRow.id,
      regionCode: caseRow.regionCode,
    };
    if (person.phoneEncrypted)
      await enqueue(tx, cipher, {
        ...base,
        channel: 'sms',
        recipient: cipher.decrypt(person.phoneEncrypted),
      });
    if (person.email)
      await enqueue(tx, cipher, { ...base, channel: 'email', recipient: person.email });
  }
}
