// 附带审查 from a reconsideration case (行政复议法 Art. 13, 56): the handler's request arrives as a
// review item linked to the case and to the filed document it names; revoking it ends that
// document in the library.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysFromToday, application } from '../../reconsideration/tests/fixtures.js';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { versions } from '../db/schema.js';
import { filingDueDate } from '../domain/filing-rules.js';
import {
  fileAs,
  type FilingApp,
  filingApp,
  normativeDocument,
  stepper,
} from './filing-fixtures.js';

let app: FilingApp;
const doc = normativeDocument();
let subjectId = '';
let subjectCaseNumber = '';
let caseId = '';
let caseNumber = '';

beforeAll(async () => {
  app = await filingApp([
    ['rclerk', '复议立案员', 'reconsideration_clerk', 'city-bureau'],
    ['rhandler', '复议承办人', 'reconsideration_handler', 'city-bureau'],
  ]);
  const filed = (await fileAs(app, 'thclerk', doc)).json();
  subjectId = filed.id;
  subjectCaseNumber = filed.caseNumber;
  const step = stepper(app.as, subjectId);
  await step('reviewer', 'start-review');
  expect((await step('reviewer', 'approve')).json().validity).toBe('in_force');
  const registered = await app.as.rclerk!.request({
    method: 'POST',
    url: '/api/reconsideration/cases',
    payload: {
      ...application({ normativeDocumentReview: `《${doc.title}》（${doc.documentNumber}）` }),
      channel: 'oral',
      receivedDate: addDaysFromToday(0),
    },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  caseId = registered.json().caseId;
  caseNumber = registered.json().caseNumber;
}, 300_000);
afterAll(() => app.t.close());

const request = (who: string, body: Record<string, unknown> = {}) =>
  app.as[who]!.request({
    method: 'POST',
    url: `/api/reconsideration/cases/${caseId}/document-review`,
    payload: body,
  });

describe('an incidental review request from a reconsideration case', () => {
  let itemId = '';

  it('is sent by the handler and arrives as a review item linked to the case and the document', async () => {
    expect((await request('rclerk')).statusCode).toBe(403);
    const response = await request('rhandler', { reason: '申请人认为该办法增设义务' });
    expect(response.statusCode, response.body).toBe(201);
    const item = response.json();
    expect(item).toMatchObject({
      state: 'FILING_REVIEW',
      title: doc.title,
      documentNumber: doc.documentNumber,
      subjectCaseNumber,
    });
    itemId = item.id;
    const detail = (
      await app.as.reviewer!.request({
        method: 'GET',
        url: `/api/regulations/filings/${itemId}`,
      })
    ).json();
    expect(detail).toMatchObject({
      origin: 'incidental',
      reconsiderationCaseNumber: caseNumber,
      requestReason: '申请人认为该办法增设义务',
      subject: { id: subjectId, caseNumber: subjectCaseNumber },
    });
    expect(detail.deadlines).toMatchObject([
      {
        key: 'incidentalReview',
        metOn: null,
        dueDate: filingDueDate(addDaysFromToday(0), 30, chinaCalendar()),
      },
    ]);
    expect(detail.deadlines[0].explanation).toContain('行政复议法第五十六条');
    expect(detail.actions.map((a: { action: string }) => a.action)).toEqual([
      'approve',
      'request_correction',
      'revoke',
    ]);
    const listed = (
      await app.as.reviewer!.request({
        method: 'GET',
        url: '/api/regulations/filings?origin=incidental',
      })
    ).json();
    expect(listed.items).toMatchObject([{ id: itemId, reconsiderationCaseNumber: caseNumber }]);
  });

  it('is on the case timeline, listed with the case, and cannot be asked twice', async () => {
    const detail = (
      await app.as.rhandler!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${caseId}`,
      })
    ).json();
    const event = detail.timeline.find(
      (e: { action: string }) => e.action === 'request_document_review',
    );
    expect(event).toBeDefined();
    const twice = await request('rhandler', { document: doc.documentNumber });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('REGULATIONS_INCIDENTAL_EXISTS');
    const reviews = (
      await app.as.rhandler!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${caseId}/document-reviews`,
      })
    ).json();
    expect(reviews).toMatchObject([{ id: itemId, subjectCaseNumber, outcome: null }]);
  });

  it('revoked (撤销), the document it names ends in the library on that day', async () => {
    const detail = (
      await app.as.reviewer!.request({
        method: 'GET',
        url: `/api/regulations/filings/${itemId}`,
      })
    ).json();
    const revoked = await stepper(app.as, itemId, detail.version)('reviewer', 'revoke', {
      reasons: '该办法第二条违法增设义务，予以撤销',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const subject = (
      await app.as.reviewer!.request({
        method: 'GET',
        url: `/api/regulations/filings/${subjectId}`,
      })
    ).json();
    expect(subject.validity).toBe('repealed');
    expect(subject.repealedOn).toBe(addDaysFromToday(0));
    const [version] = await app.t.database.db
      .select()
      .from(versions)
      .where(eq(versions.key, subject.libraryVersionKey));
    expect(version).toMatchObject({ status: 'repealed', repealedOn: addDaysFromToday(0) });
    const reviews = (
      await app.as.rhandler!.request({
        method: 'GET',
        url: `/api/reconsideration/cases/${caseId}/document-reviews`,
      })
    ).json();
    expect(reviews[0].outcome).toBe('revoked');
  });

  it('names a document the library does not have: the item still opens, without a subject', async () => {
    const response = await request('rhandler', { document: '《某街道门前三包管理规定》' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      title: '某街道门前三包管理规定',
      documentNumber: null,
      subjectCaseNumber: null,
    });
  });
});
