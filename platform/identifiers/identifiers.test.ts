import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  checkIdNumber,
  creditCodeCheckCharacter,
  idCheckCharacter,
  maskIdNumber,
  maskPhone,
  sexOfIdNumber,
} from './index.js';

const today = new Date('2026-11-27T00:00:00Z');

describe('resident ID number (GB 11643, domain rules §9.1)', () => {
  it('computes the check character of the standard sample 11010519491231002X', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it.each([
    ['11010519491231002X', '11010519491231002X'],
    ['11010519491231002x', '11010519491231002X'],
    [
      ' 440106199001011234 '.replace('1234', '123' + idCheckCharacter('44010619900101123')),
      '44010619900101123' + idCheckCharacter('44010619900101123'),
    ],
    ['110105491231002', '11010519491231002X'],
    [
      '810000199001011237'.slice(0, 17) + idCheckCharacter('81000019900101123'),
      '81000019900101123' + idCheckCharacter('81000019900101123'),
    ],
  ])('accepts %s as %s', (input, value) => {
    expect(checkIdNumber(input, today)).toEqual({ ok: true, value, warnings: [] });
  });

  it.each([
    ['11010519491231002Y', '应为 18 位'],
    ['1101051949123100', '应为 18 位'],
    ['110105194912310021', '校验位不符'],
    ['99010519491231002X', '不是有效的省级行政区代码'],
    ['440106' + '19900230' + '123', '出生日期“19900230”不存在'],
    ['440106' + '20300101' + '123', '不合理'],
  ])('rejects %s: %s', (input, reason) => {
    const full = input.length === 17 ? input + idCheckCharacter(input) : input;
    const result = checkIdNumber(full, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('reads the sex and masks the number', () => {
    expect(sexOfIdNumber('11010519491231002X')).toBe('female');
    expect(sexOfIdNumber('11010519491231001X')).toBe('male');
    expect(maskIdNumber('44010619900101123X')).toBe('4401**********123X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('unified social credit code (GB 32100, domain rules §9.2)', () => {
  it('computes the check character of the sample 91350100M000100Y4 + 3', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it.each([
    ['91350100M000100Y43', []],
    ['91350100m000100y43', []],
  ])('accepts %s', (input, warnings) => {
    expect(checkCreditCode(input)).toMatchObject({
      ok: true,
      value: input.toUpperCase(),
      warnings,
    });
  });

  it('warns on an unusual prefix but accepts it', () => {
    const first17 = 'Z1350100M000100Y4'.replace('Z', 'Y').replace('Y1', 'Y9');
    const code = first17 + creditCodeCheckCharacter(first17);
    const result = checkCreditCode(code);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings[0]).toContain('不常见');
  });

  it.each([
    ['91350100M000100Y4', '应为 18 位'],
    ['91350100M000100Y4O', '不允许的字符“O”'],
    ['91350100M000100Y44', '校验位不符'],
  ])('rejects %s: %s', (input, reason) => {
    const result = checkCreditCode(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
});
