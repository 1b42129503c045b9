// 效力级别 (level) and 制定机关 (issuing body) of a document: taken from the corpus index when
// there is one, else read from the title and the header lines.
import type { Localized } from '../../../platform/i18n/index.js';
import type { LawLevel } from '../db/schema.js';

export const LEVELS: Record<LawLevel, { label: Localized; rank: number }> = {
  宪法: { label: { 'zh-CN': '宪法', en: 'Constitution' }, rank: 0 },
  法律: { label: { 'zh-CN': '法律', en: 'Law' }, rank: 1 },
  行政法规: { label: { 'zh-CN': '行政法规', en: 'Administrative regulation' }, rank: 2 },
  司法解释: { label: { 'zh-CN': '司法解释', en: 'Judicial interpretation' }, rank: 3 },
  地方性法规: { label: { 'zh-CN': '地方性法规', en: 'Local regulation' }, rank: 4 },
  部门规章: { label: { 'zh-CN': '部门规章', en: 'Departmental rule' }, rank: 5 },
  地方政府规章: { label: { 'zh-CN': '地方政府规章', en: 'Local government rule' }, rank: 6 },
  规范性文件: { label: { 'zh-CN': '规范性文件', en: 'Normative document' }, rank: 7 },
  其他: { label: { 'zh-CN': '其他', en: 'Other' }, rank: 8 },
};

export const LAW_LEVELS = Object.keys(LEVELS) as LawLevel[];

export function isLawLevel(value: string): value is LawLevel {
  return value in LEVELS;
}

const LOCAL_PREFIX =
  /^(?:[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|自治州|特别行政区)|深圳经济特区|汕头经济特区|珠海经济特区|横琴粤澳深度合作区)/;

/** The level a text without index record most likely has, from its title and header lines. */
export function guessLevel(title: string, history: string[]): LawLevel {
  const header = history.join('\n');
  if (/^(中华人民共和国)?宪法(修正案)?/.test(title)) return '宪法';
  if (
    /^最高人民(法院|检察院)/.test(title) ||
    /最高人民(法院|检察院).*(审判|检察)委员会/.test(header)
  ) {
    return '司法解释';
  }
  if (/全国人民代表大会/.test(header) && !/地方/.test(title)) return '法律';
  if (/国务院令|国务院(常务会议|批准|发布)/.test(header)) return '行政法规';
  if (/(省|市|自治区)[^，。]*人民代表大会/.test(header) || LOCAL_PREFIX.test(title)) {
    return /人民政府令|政府令/.test(header) ? '地方政府规章' : '地方性法规';
  }
  if (/(部|委员会|总局|署|局|行)令/.test(header)) return '部门规章';
  if (/〔\d{4}〕\d+号/.test(header) || /(规定|办法|通知|意见|细则)$/.test(title)) {
    return '规范性文件';
  }
  return '其他';
}

const JUDICIAL = /^(最高人民法院|最高人民检察院)(?:[、\s]*(最高人民法院|最高人民检察院))?/;
const CONGRESS =
  /((?:[\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|特别行政区))|全国)?第[一二三四五六七八九十]+届(?:全国)?人民代表大会(常务委员会)?/;

/** Who made the text, as the header lines and the title tell: 全国人民代表大会常务委员会, 国务院 … */
export function issuingBodyOf(
  level: LawLevel,
  title: string,
  history: string[],
  category?: string | null,
): string | null {
  const header = history.join('\n');
  if (level === '司法解释') {
    const m = JUDICIAL.exec(title);
    if (m) return m[2] ? `${m[1]}、${m[2]}` : m[1]!;
    const h = /(最高人民法院|最高人民检察院)/.exec(header);
    return h ? h[1]! : null;
  }
  if (level === '行政法规') return '国务院';
  if (level === '部门规章' && category?.includes('/')) return category.split('/').pop()!;
  const congress = CONGRESS.exec(header);
  if (congress) {
    const where = congress[1] && congress[1] !== '全国' ? congress[1] : '全国';
    return `${where}人民代表大会${congress[2] ?? ''}`;
  }
  if (level === '宪法' || level === '法律') return '全国人民代表大会';
  return null;
}

/** The decree or document number the header lines give (the latest): 国务院令第656号, 穗府办规〔2026〕3号. */
export function documentNumberOf(history: string[]): string | null {
  // The latest line first: an amended text carries the number of its latest decree.
  for (const line of [...history].reverse()) {
    const fileNo = /([\u4e00-\u9fa5]{1,12}〔\d{4}〕\d+号)/.exec(line);
    if (fileNo) return fileNo[1]!;
    const decree =
      /(?:中华人民共和国)?([\u4e00-\u9fa5]{1,16}?令)(?:（[^）]*）)?第\s*(\d+)\s*号/.exec(line);
    if (decree) return `${decree[1]}第${decree[2]}号`;
  }
  return null;
}
