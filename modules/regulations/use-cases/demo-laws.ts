// The demo library: the ~100 texts of data/laws (those a justice bureau works with) imported at
// the first start of a demo installation, so that the library, search and portal have content.
import type { Db } from '../../../platform/db/index.js';
import { fromRoot } from '../../../platform/paths.js';
import { countVersions } from '../db/queries.js';
import type { ImportReport } from '../domain/import-report.js';
import { importLawFiles } from './import-laws.js';
import { readLawFolder } from './law-files.js';

export const DEMO_LAWS_DIR = fromRoot('data', 'laws');

/** Imports data/laws unless the library already holds texts; null when it was skipped. */
export async function importDemoLaws(db: Db, dir = DEMO_LAWS_DIR): Promise<ImportReport | null> {
  if ((await countVersions(db)) > 0) return null;
  const { files, index, indexFailures } = readLawFolder(dir);
  return importLawFiles(db, files, {
    origin: 'demo',
    sourcePrefix: 'corpus',
    audit: { actor: null, requestId: null },
    index,
    initialFailures: indexFailures,
  });
}
