import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderDocx, sha256Hex } from './docx.js';

/** Reads word/document.xml out of the .docx (a zip) without another library. */
function documentXml(docx: Buffer): string {
  let offset = 0;
  while (offset < docx.length - 30 && docx.readUInt32LE(offset) === 0x04034b50) {
    const method = docx.readUInt16LE(offset + 8);
    const compressed = docx.readUInt32LE(offset + 18);
    const nameLength = docx.readUInt16LE(offset + 26);
    const extraLength = docx.readUInt16LE(offset + 28);
    const name = docx.subarray(offset + 30, offset + 30 + nameLength).toString();
    const start = offset + 30 + nameLength + extraLength;
    const data = docx.subarray(start, start + compressed);
    if (name === 'word/document.xml')
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    offset = start + compressed;
  }
  throw new Error('no word/document.xml');
}

describe('renderDocx', () => {
  it('writes a Word file with the issuer, title, number, body and closing', async () => {
    const docx = await renderDocx({
      issuer: '广州市人民政府',
      title: '行政复议决定书',
      number: '穗府行复〔2026〕1号',
      paragraphs: [{ text: '申请人：张三' }, { text: '本机关认为……', indent: true }],
      closing: ['广州市人民政府', '2026年11月27日'],
    });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = documentXml(docx);
    for (const text of [
      '广州市人民政府',
      '行政复议决定书',
      '穗府行复〔2026〕1号',
      '申请人：张三',
      '2026年11月27日',
    ]) {
      expect(xml).toContain(text);
    }
    expect(sha256Hex(docx)).toMatch(/^[0-9a-f]{64}$/);
  });
});
