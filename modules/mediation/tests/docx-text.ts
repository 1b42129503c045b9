// The text inside a generated .docx (a zip): word/document.xml inflated with node:zlib and its
// tags dropped. For the db tests and the browser journey, which check the agreement's wording.
import { inflateRawSync } from 'node:zlib';

export function docxText(docx: Buffer): string {
  let offset = 0;
  while (offset < docx.length - 30 && docx.readUInt32LE(offset) === 0x04034b50) {
    const method = docx.readUInt16LE(offset + 8);
    const size = docx.readUInt32LE(offset + 18);
    const nameLength = docx.readUInt16LE(offset + 26);
    const start = offset + 30 + nameLength + docx.readUInt16LE(offset + 28);
    const name = docx.subarray(offset + 30, offset + 30 + nameLength).toString();
    if (name === 'word/document.xml') {
      const data = docx.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8').replace(/<[^>]+>/g, '');
    }
    offset = start + size;
  }
  throw new Error('no word/document.xml');
}
