// Names of laws as citations write them, reduced to one comparable form: 《中华人民共和国行政复议法》,
// 行政复议法 and 《 行政复议法 》 are the same name; 〈〉 inside a title are 《》.

const PRC = '中华人民共和国';

/** Removes spaces and zero-width characters, unifies brackets and drops 中华人民共和国. */
export function normalizeTitle(name: string): string {
  return name
    .replace(/[\s\u200b-\u200f\u2060\ufeff\u3000]/g, '')
    .replace(/[〈<]/g, '《')
    .replace(/[〉>]/g, '》')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replaceAll(PRC, '')
    .replace(/^《(.*)》$/, '$1');
}

// What the title of a normative text ends with (after a trailing parenthesis such as （九） or
// （试行）). Names in 《》 ending otherwise are forms, licences or books: 《企业法人营业执照》.
const TITLE_ENDINGS = [
  '法',
  '法典',
  '条例',
  '规定',
  '办法',
  '细则',
  '决定',
  '决议',
  '解释',
  '规则',
  '条令',
  '准则',
  '章程',
  '纲要',
  '意见',
  '通知',
  '批复',
  '答复',
  '公约',
  '协定',
  '条约',
  '宪章',
  '守则',
  '规程',
  '修正案',
  '议定书',
  '基本法',
];

/** Whether a name in 《》 reads like the title of a law, regulation or other normative text. */
export function isNormativeTitle(name: string): boolean {
  const core = normalizeTitle(name).replace(/（[^（）]*）$/, '');
  if (core.length < 2) return false;
  return TITLE_ENDINGS.some((ending) => core.endsWith(ending));
}

/**
 * The law an amending text amends, when its title says so: 刑法修正案（九） -> 刑法,
 * 全国人民代表大会常务委员会关于修改《中华人民共和国行政复议法》的决定 -> 行政复议法. Inside such a
 * text 本法 is the amended law (the new wording it quotes), not the amendment.
 */
export function amendedLaw(title: string): string | null {
  const normalized = normalizeTitle(title);
  const decision = /关于修改《([^《》]+)》(?:等[^《》]*)?的决定$/.exec(normalized);
  if (decision) return decision[1]!;
  const amendment = /^(.+?)修正案(?:（[^（）]*）)?$/.exec(normalized);
  return amendment ? amendment[1]! : null;
}
