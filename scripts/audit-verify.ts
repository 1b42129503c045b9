// npm run audit:verify — recomputes the audit hash chain and names the first broken link.
// Exit code 0 when intact, 1 when broken. (A running server offers the same: POST /api/audit/verify.)
import { verifyChain } from '../platform/audit/index.js';
import { runCli, withDatabase } from './cli.js';

runCli((config) =>
  withDatabase(config, async (db) => {
    const started = Date.now();
    const result = await verifyChain(db);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.ok) {
      console.log(
        `审计哈希链完整 / audit chain intact: ${result.checked} events checked in ${seconds} s`,
      );
      return 0;
    }
    console.error(`审计哈希链断裂 / audit chain BROKEN after ${result.checked} good events:`);
    console.error(
      `  第一个断点 first broken link: event ${result.firstBroken!.seq}: ${result.firstBroken!.reason}`,
    );
    return 1;
  }),
);
