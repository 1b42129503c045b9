// What the leak tests share: finding valid ID numbers in a text, and recording the replies of
// API calls (spreadsheets read as their cells) to scan them afterwards.
import ExcelJS from 'exceljs';
import { checkIdNumber } from '../../../platform/identifiers/index.js';
import type { Session, TestApp } from '../../../platform/testing/app.js';

/** Valid ID numbers in a text (18 characters with a correct check character and birth date). */
export function idNumbersIn(text: string): string[] {
  const found = text.match(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g) ?? [];
  return found.filter((candidate) => {
    const check = checkIdNumber(candidate);
    return check.ok && check.value === candidate.toUpperCase();
  });
}

async function xlsxText(body: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) => cells.push(...(row.values as unknown[]).map((v) => String(v ?? ''))));
  return cells.join('\n');
}

export interface Reply {
  what: string;
  status: number;
  text: string;
}

/** Calls an API route (as `who`, or anonymously with an optional cookie) and keeps the reply. */
export function replyRecorder(app: () => TestApp) {
  const replies: Reply[] = [];
  const capture = async (
    who: Session | null,
    what: string,
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    cookie?: string,
  ) => {
    const options = { method, url, ...(payload ? { payload } : {}) };
    const response = who
      ? await who.request(options)
      : await app().app.inject({ ...options, headers: cookie ? { cookie } : {} });
    const isXlsx = String(response.headers['content-type'] ?? '').includes('spreadsheetml');
    replies.push({
      what,
      status: response.statusCode,
      text: isXlsx ? await xlsxText(response.rawPayload) : response.body,
    });
    return response;
  };
  /** Replies that show an ID number, by what was asked. */
  const leaks = () =>
    replies
      .map(({ what, text }) => ({ what, found: idNumbersIn(text) }))
      .filter((r) => r.found.length > 0);
  return { replies, capture, leaks };
}
