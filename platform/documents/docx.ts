// Official documents as .docx (Word), the form a bureau files and prints. A template is plain
// data (title, document number, paragraphs); this file turns it into a Word file.
import { createHash } from 'node:crypto';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';

export interface DocParagraph {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** First-line indent of two characters, as Chinese official documents have. */
  indent?: boolean;
  /** A PNG shown after the text (a QR code, a seal), in pixels. */
  image?: { png: Buffer; width: number; height: number };
}

export interface OfficialDocument {
  /** e.g. 广州市人民政府 */
  issuer: string;
  /** e.g. 行政复议决定书 */
  title: string;
  /** e.g. 穗府行复〔2026〕12号 */
  number: string;
  paragraphs: DocParagraph[];
  /** Signature block lines at the end, right-aligned (issuer, date). */
  closing: string[];
}

const FONT = 'FangSong';
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const para = (p: DocParagraph, size = 32) =>
  new Paragraph({
    alignment: ALIGN[p.align ?? 'left'],
    indent: p.indent ? { firstLine: 640 } : undefined,
    spacing: { line: 560 },
    children: [
      new TextRun({ text: p.text, bold: p.bold ?? false, font: FONT, size }),
      ...(p.image
        ? [
            new ImageRun({
              type: 'png',
              data: p.image.png,
              transformation: { width: p.image.width, height: p.image.height },
            }),
          ]
        : []),
    ],
  });

export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Sifa',
    title: `${doc.title} ${doc.number}`,
    sections: [
      {
        children: [
          para({ text: doc.issuer, align: 'center', bold: true }, 44),
          para({ text: doc.title, align: 'center', bold: true }, 44),
          para({ text: doc.number, align: 'right' }),
          ...doc.paragraphs.map((p) => para({ indent: true, ...p })),
          ...doc.closing.map((line) => para({ text: line, align: 'right' })),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
