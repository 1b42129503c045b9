// npm run ledger:verify — recomputes every log's roots from its entries and checks every signed
// checkpoint and its consistency with the next; names the first problem. Exit code 1 on one.
import { ed25519Verifier, loadOrCreateSigner } from '../platform/ledger/checkpoint.js';
import { ledgerHeads } from '../platform/ledger/log.js';
import { verifyLog } from '../platform/ledger/verify.js';
import { runCli, withDatabase } from './cli.js';

runCli((config) =>
  withDatabase(config, async (db) => {
    const signer = loadOrCreateSigner(config.SIFA_KEY_DIR, config.SIFA_LEDGER_KEY_NAME);
    const verifier = ed25519Verifier(signer.name, signer.publicKey);
    const logs = await db.select().from(ledgerHeads);
    let broken = 0;
    for (const { log } of logs) {
      const report = await verifyLog(db, log, verifier);
      if (report.problem) {
        broken += 1;
        const where = report.problem.index !== null ? `entry ${report.problem.index}: ` : '';
        console.error(
          `账本 ${log} 校验失败 / ledger ${log} BROKEN: ${where}${report.problem.reason}`,
        );
      } else {
        console.log(
          `账本 ${log} 完整 / ledger ${log} intact: ${report.entries} entries, ${report.checkpoints} checkpoints verified`,
        );
      }
    }
    if (logs.length === 0) console.log('No ledger has entries yet. / 账本尚无记录。');
    return broken > 0 ? 1 : 0;
  }),
);
