// Pure rules of the notarization module, table-driven.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../platform/workflow/calendar.js';
import { applyClock, deadlineViews, emptyClock } from '../../../platform/workflow/machine.js';
import { entryBytes, type IssueEntry } from './certificate.js';
import { notarizationCase } from './case-type.js';
import { REFUSAL_GROUND_CODES } from './grounds.js';
import { computeFee, MATTER_CODES, MATTER_TYPES, missingMaterials } from './matters.js';
import {
  certificateNumber,
  checkJurisdiction,
  NOTARY_OFFICES,
  relativeConflict,
} from './offices.js';

describe('matter types', () => {
  it('has every matter the work plan names, with materials', () => {
    const labels = MATTER_CODES.map((c) => MATTER_TYPES[c].label['zh-CN']);
    for (const l of [
      '学历',
      '学位',
      '出生',
      '无犯罪记录',
      '亲属关系',
      '婚姻状况',
      '委托',
      '声明',
    ]) {
      expect(labels).toContain(l);
    }
    for (const l of ['合同', '继承', '遗嘱', '保全证据', '赋予债权文书强制执行效力', '生存']) {
      expect(labels).toContain(l);
    }
    expect(labels).toContain('收养关系');
    for (const c of MATTER_CODES) expect(MATTER_TYPES[c].materials.length).toBeGreaterThan(0);
  });

  it('requires appearance in person exactly for 遗嘱, 生存, 收养关系 (Art. 26)', () => {
    const inPerson = MATTER_CODES.filter((c) => MATTER_TYPES[c].inPerson);
    expect(inPerson.sort()).toEqual(['adoption', 'living', 'will']);
  });

  it.each([
    [['申请人身份证明', '毕业证书'], []],
    [['毕业证书'], ['申请人身份证明']],
    [[], ['申请人身份证明', '毕业证书']],
  ])('missing materials of 学历 given %j', (supplied, missing) => {
    expect(missingMaterials('education', supplied)).toEqual(missing);
  });
});

describe('fees (Art. 34)', () => {
  it.each([
    ['education', false, undefined, 80, 0, 80],
    ['education', true, undefined, 80, 80, 0],
    ['contract', true, 0.5, 300, 150, 150],
    ['will', true, 0, 300, 0, 300],
  ] as const)(
    '%s legal aid %s reduction %s',
    (matter, aid, share, standard, reduction, payable) => {
      const fee = computeFee(matter, aid, share === undefined ? {} : { legalAidReduction: share });
      expect(fee).toMatchObject({
        standardYuan: standard,
        reductionYuan: reduction,
        payableYuan: payable,
      });
    },
  );

  it('reads a configured table and never charges more than the tariff', () => {
    const table = Object.fromEntries(MATTER_CODES.map((c) => [c, 10])) as Record<
      (typeof MATTER_CODES)[number],
      number
    >;
    expect(computeFee('will', false, { table }).payableYuan).toBe(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...MATTER_CODES),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (matter, aid, share) => {
          const fee = computeFee(matter, aid, { legalAidReduction: share });
          expect(fee.payableYuan).toBeGreaterThanOrEqual(0);
          expect(fee.payableYuan).toBeLessThanOrEqual(fee.standardYuan);
        },
      ),
    );
    expect(() => computeFee('will', true, { legalAidReduction: 2 })).toThrow();
  });
});

describe('jurisdiction (Art. 25)', () => {
  it.each([
    [{ domicile: '440106' }, false, true],
    [{ domicile: '440300', habitualResidence: '440105001' }, false, true],
    [{ domicile: '440300', factPlace: '4403' }, false, false],
    [{}, false, false],
    [{ domicile: '440106', propertyLocation: '440304' }, true, false],
    [{ domicile: '440300', propertyLocation: '440112' }, true, true],
    [{ domicile: '440106' }, true, true],
  ])('%j (immovable %s) -> %s', (grounds, immovable, ok) => {
    expect(checkJurisdiction('4401', grounds, immovable).ok).toBe(ok);
  });
});

describe('relatives of the notary (Art. 23)', () => {
  const relatives = [
    { name: '王五', idNumberIndex: null },
    { name: '李四', idNumberIndex: 'abc' },
  ];
  it.each([
    [[{ name: '王五', idNumberIndex: 'x' }], '王五'],
    [[{ name: '李四', idNumberIndex: 'abc' }], '李四'],
    [[{ name: '李四', idNumberIndex: 'other' }], null],
    [[{ name: '张三', idNumberIndex: null }], null],
  ])('%j -> %s', (parties, conflict) => {
    expect(relativeConflict(relatives, parties)).toBe(conflict);
  });
});

describe('certificates', () => {
  it('numbers per office and year', () => {
    expect(certificateNumber(NOTARY_OFFICES['city-notary']!, 2026, 12)).toBe(
      '(2026)粤广州广州证字第12号',
    );
  });

  it('writes the same canonical bytes whatever the key order', () => {
    const entry: IssueEntry = {
      type: 'certificate',
      number: '(2026)粤广州广州证字第1号',
      matterType: 'education',
      issueDate: '2026-03-10',
      office: '广州公证处',
      personalDataDigest: 'd',
      documentSha256: 's',
    };
    const reversed = Object.fromEntries(Object.entries(entry).reverse()) as unknown as IssueEntry;
    expect(entryBytes(reversed).equals(entryBytes(entry))).toBe(true);
    expect(entryBytes(entry).toString()).toMatch(/^\{"documentSha256":"s","issueDate"/);
  });

  it('refusal grounds are the nine of Art. 31', () => {
    expect(REFUSAL_GROUND_CODES).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

describe('the 15 工作日 issue period (Art. 30)', () => {
  const due = (clock: ReturnType<typeof emptyClock>) =>
    deadlineViews(notarizationCase, clock, {
      calendar: chinaCalendar(),
      today: '2026-03-02',
      warnDays: 3,
      locale: 'zh-CN',
    }).find((d) => d.key === 'issue')!.dueDate;
  const accepted = applyClock(emptyClock(), { start: ['issue'] }, '2026-03-02');
  it.each([
    ['no stop', [], '2026-03-23'],
    ['补充材料 Wed–Mon', [['2026-03-04', '2026-03-09']], '2026-03-26'],
    ['核实 over a weekend only', [['2026-03-06', '2026-03-08']], '2026-03-23'],
    [
      'two stops',
      [
        ['2026-03-03', '2026-03-04'],
        ['2026-03-10', '2026-03-12'],
      ],
      '2026-03-26',
    ],
  ] as const)('%s -> %s', (_name, stops, expected) => {
    let clock = accepted;
    for (const [from, to] of stops) {
      clock = applyClock(clock, { suspend: '补充材料' }, from);
      clock = applyClock(clock, { resume: true }, to);
    }
    expect(due(clock)).toBe(expected);
  });

  it('skips 国庆 and counts the make-up Saturday 10-10: 2026-09-30 → 2026-10-27', () => {
    const clock = applyClock(emptyClock(), { start: ['issue'] }, '2026-09-30');
    expect(due(clock)).toBe('2026-10-27');
  });
});
