import { describe, expect, it } from 'vitest';
import { SEED_VOCABULARY } from './vocabulary.js';
import { matchVocabulary } from './vocabulary-match.js';

const entries = [
  { phrase: '多久', terms: ['期限'], weight: 0.5 },
  { phrase: '交', terms: ['缴纳'], weight: 0.7 },
  { phrase: '交不起', terms: ['经济困难'], weight: 0.7 },
  { phrase: '请律师', terms: ['委托', '律师'], weight: 0.7 },
  { phrase: '告', terms: ['起诉'], weight: 0.7 },
];

describe('matchVocabulary', () => {
  it.each([
    ['复议机关多久要给答复', ['复议', '机关', '多久', '要', '给', '答复'], ['多久']],
    ['罚款交不起能不能分期', ['罚款', '交不起', '能不能', '分期'], ['交不起']],
    ['罚款要在几天内交', ['罚款', '要', '在', '几天', '内', '交'], ['交']],
    ['没钱请律师怎么办', ['没钱', '请', '律师', '怎么办'], ['请律师']],
    ['申请律师执业条件', ['申请', '律师', '执业', '条件'], []],
    ['告政府', ['告', '政府'], ['告']],
    ['行政处罚公告', ['行政处罚', '公告'], []],
  ])('%s -> %j', (query, words, phrases) => {
    expect(matchVocabulary(query, words, entries).map((m) => m.matched)).toEqual(phrases);
  });

  it('hands on the terms and the weight of the entry', () => {
    expect(matchVocabulary('多久', ['多久'], entries)).toEqual([
      { matched: '多久', terms: ['期限'], weight: 0.5 },
    ]);
  });
});

describe('the seed vocabulary', () => {
  it('has one entry per phrase, each with statutory words, a weight and a basis', () => {
    const phrases = SEED_VOCABULARY.map((e) => e.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
    expect(SEED_VOCABULARY.length).toBeGreaterThan(300);
    for (const e of SEED_VOCABULARY) {
      expect(e.terms.length).toBeGreaterThan(0);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
      expect(e.basis).not.toBe('');
    }
  });

  it('maps the everyday words of the issue to statutory words', () => {
    const terms = (phrase: string) => SEED_VOCABULARY.find((e) => e.phrase === phrase)?.terms;
    expect(terms('几天')).toContain('期限');
    expect(terms('多久')).toContain('期限');
    expect(terms('交钱')).toContain('缴纳');
    expect(terms('交钱')).toContain('费用');
    expect(terms('不服')).toEqual(expect.arrayContaining(['复议', '诉讼']));
    expect(terms('找谁')).toEqual(expect.arrayContaining(['管辖', '机关']));
  });
});
