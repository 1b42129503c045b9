// The matter types (公证事项) as one configuration table: required materials, whether the
// applicant must appear in person (公证法 Art. 26) and the fee (Art. 34). The fee table in yuan
// and the legal-aid reduction are parameters: the provincial price bureau sets the tariff [U].
import type { Localized } from '../../../platform/i18n/index.js';

const l = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export interface MatterType {
  label: Localized;
  /** The materials an application of this type needs (公证程序规则 Art. 18 [S]). */
  materials: string[];
  /** 遗嘱, 生存, 收养关系: the applicant appears in person, never through an agent (Art. 26). */
  inPerson: boolean;
  /** Jurisdiction goes to where the property is (Art. 25, immovables). */
  immovable?: boolean;
}

const ID = '申请人身份证明';

export const MATTER_TYPES = {
  education: { label: l('学历', 'Education'), materials: [ID, '毕业证书'], inPerson: false },
  degree: { label: l('学位', 'Degree'), materials: [ID, '学位证书'], inPerson: false },
  birth: { label: l('出生', 'Birth'), materials: [ID, '出生医学证明或户口簿'], inPerson: false },
  no_criminal_record: {
    label: l('无犯罪记录', 'No criminal record'),
    materials: [ID, '公安机关出具的无犯罪记录证明'],
    inPerson: false,
  },
  kinship: {
    label: l('亲属关系', 'Kinship'),
    materials: [ID, '户口簿或亲属关系证明'],
    inPerson: false,
  },
  marital_status: {
    label: l('婚姻状况', 'Marital status'),
    materials: [ID, '结婚证、离婚证或婚姻登记记录证明'],
    inPerson: false,
  },
  power_of_attorney: {
    label: l('委托', 'Power of attorney'),
    materials: [ID, '委托书'],
    inPerson: false,
  },
  declaration: { label: l('声明', 'Declaration'), materials: [ID, '声明书'], inPerson: false },
  contract: {
    label: l('合同', 'Contract'),
    materials: [ID, '合同文本', '主体资格证明'],
    inPerson: false,
  },
  inheritance: {
    label: l('继承', 'Inheritance'),
    materials: [ID, '被继承人死亡证明', '亲属关系证明', '遗产权属证明'],
    inPerson: false,
    immovable: true,
  },
  will: { label: l('遗嘱', 'Will'), materials: [ID, '遗嘱草稿', '财产权属证明'], inPerson: true },
  evidence_preservation: {
    label: l('保全证据', 'Preservation of evidence'),
    materials: [ID, '证据保全申请说明'],
    inPerson: false,
  },
  enforceable_debt_instrument: {
    label: l('赋予债权文书强制执行效力', 'Enforceable debt instrument'),
    materials: [ID, '债权文书', '主体资格证明'],
    inPerson: false,
  },
  living: { label: l('生存', 'Being alive'), materials: [ID], inPerson: true },
  adoption: {
    label: l('收养关系', 'Adoption'),
    materials: [ID, '收养登记证明', '被收养人身份证明'],
    inPerson: true,
  },
} as const satisfies Record<string, MatterType>;

export type MatterCode = keyof typeof MATTER_TYPES;
export const MATTER_CODES = Object.keys(MATTER_TYPES) as [MatterCode, ...MatterCode[]];

/** The fee of one certificate in yuan, per matter type [U]: replace with the provincial tariff. */
export const FEE_TABLE_YUAN: Record<MatterCode, number> = {
  education: 80,
  degree: 80,
  birth: 80,
  no_criminal_record: 80,
  kinship: 80,
  marital_status: 80,
  power_of_attorney: 200,
  declaration: 200,
  contract: 300,
  inheritance: 500,
  will: 300,
  evidence_preservation: 1000,
  enforceable_debt_instrument: 600,
  living: 80,
  adoption: 200,
};

/**
 * The share of the fee waived for a legal-aid recipient (公证法 Art. 34, 法律援助法 Art. 53):
 * 1 exempts, 0.5 halves. The statute says "减免" without a figure [U].
 */
export const LEGAL_AID_REDUCTION = 1;

export interface FeeOptions {
  table?: Record<MatterCode, number>;
  legalAidReduction?: number;
}

export interface Fee {
  standardYuan: number;
  reductionYuan: number;
  payableYuan: number;
  basis: string;
}

export function computeFee(matter: MatterCode, legalAid: boolean, options: FeeOptions = {}): Fee {
  const standard = (options.table ?? FEE_TABLE_YUAN)[matter];
  const share = options.legalAidReduction ?? LEGAL_AID_REDUCTION;
  if (share < 0 || share > 1) throw new Error('legal-aid reduction must be between 0 and 1');
  const reduction = legalAid ? Math.round(standard * share * 100) / 100 : 0;
  return {
    standardYuan: standard,
    reductionYuan: reduction,
    payableYuan: Math.round((standard - reduction) * 100) / 100,
    basis: legalAid
      ? `公证法第三十四条、法律援助法第五十三条：法律援助对象减免 ${share * 100}%`
      : '公证收费标准',
  };
}

/** The required materials not among those supplied (matched by title). */
export function missingMaterials(matter: MatterCode, supplied: string[]): string[] {
  const have = new Set(supplied.map((s) => s.trim()));
  return MATTER_TYPES[matter].materials.filter((m) => !have.has(m));
}
