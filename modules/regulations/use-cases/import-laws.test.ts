// Grouping files into versions before anything is stored (pure; the database side is in
// tests/import.db.test.ts).
import { describe, expect, it } from 'vitest';
import { DEMO_LAWS_DIR } from './demo-laws.js';
import { parseFiles } from './import-laws.js';
import { readLawFolder } from './law-files.js';

const { files, index } = readLawFolder(DEMO_LAWS_DIR);
const civil = files.filter((f) => f.name.startsWith('民法典/'));

describe('parseFiles', () => {
  it('merges the parts of a code and names a second copy of a version', () => {
    const copy = { ...civil[0]!, name: `copy/${civil[0]!.name}` };
    const { documents, failures } = parseFiles([...civil, copy], index);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.articles).toHaveLength(1260);
    expect(failures).toEqual([
      {
        file: 'copy/民法典/人格权编.md',
        reason: '与 民法典/人格权编.md 是同一版本（民法典/2020-05-28），未重复导入',
      },
    ]);
  });

  it('uses the index for files chosen one by one (base names only)', () => {
    const file = files.find((f) => f.name === '宪法/宪法.md')!;
    const [withIndex] = parseFiles([{ ...file, name: '宪法.md' }], index).documents;
    const [without] = parseFiles([{ ...file, name: '宪法.md' }]).documents;
    // The index gives 2018-03-11 (the last amendment); the header lines give the same date.
    expect(withIndex!.versionKey).toBe('宪法/2018-03-11');
    expect(withIndex!.category).toBe('宪法');
    expect(without!.category).toBeNull();
  });
});
