import { inflateRawSync } from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { renderDocx, sha256Hex } from './docx.js';

/** The files inside the .docx (a zip), read without another library. */
function zipEntries(docx: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset < docx.length - 30 && docx.readUInt32LE(offset) === 0x04034b50) {
    const method = docx.readUInt16LE(offset + 8);
    const compressed = docx.readUInt32LE(offset + 18);
    const nameLength = docx.readUInt16LE(offset + 26);
    const extraLength = docx.readUInt16LE(offset + 28);
    const name = docx.subarray(offset + 30, offset + 30 + nameLength).toString();
    const start = offset + 30 + nameLength + extraLength;
    const data = docx.subarray(start, start + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    offset = start + compressed;
  }
  return files;
}

const documentXml = (docx: Buffer) => zipEntries(docx).get('word/document.xml')!.toString('utf8');

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

  it('embeds a PNG image (a QR code) in the document', async () => {
    const png = await QRCode.toBuffer('https://sifa.example/verify', { type: 'png', width: 64 });
    const docx = await renderDocx({
      issuer: '广州公证处',
      title: '公证书',
      number: '(2026)粤广州广州证字第1号',
      paragraphs: [{ text: '扫码核验：', image: { png, width: 96, height: 96 } }],
      closing: [],
    });
    expect(documentXml(docx)).toContain('<w:drawing>');
    const media = [...zipEntries(docx)].filter(([name]) => name.startsWith('word/media/'));
    expect(media.map(([, bytes]) => bytes.equals(png))).toEqual([true]);
  });
});
