// Ordinary or simplified procedure (行政复议法 Art. 53): the simplified procedure fits acts made
// on the spot, warnings and public criticism, fines of at most ¥3,000, and government
// information disclosure; any other case only when every party agrees.
export interface SimplifiedFacts {
  onTheSpot: boolean;
  warningOrCriticism: boolean;
  /** Fine in yuan, if the act is a fine. */
  fineAmount: number | null;
  informationDisclosure: boolean;
  allPartiesAgree: boolean;
}

/** The fine ceiling of Art. 53(3), configurable should the law change. */
export const SIMPLIFIED_FINE_CEILING = 3000;

export function simplifiedGrounds(
  facts: SimplifiedFacts,
  fineCeiling = SIMPLIFIED_FINE_CEILING,
): string[] {
  const grounds: string[] = [];
  if (facts.onTheSpot) grounds.push('被申请行政复议的行政行为是当场作出（第五十三条第一款第一项）');
  if (facts.warningOrCriticism)
    grounds.push('被申请行政复议的行政行为是警告或者通报批评（第二项）');
  if (facts.fineAmount !== null && facts.fineAmount <= fineCeiling)
    grounds.push(`案件涉及款额 ${facts.fineAmount} 元，在 ${fineCeiling} 元以下（第三项）`);
  if (facts.informationDisclosure) grounds.push('属于政府信息公开案件（第四项）');
  if (facts.allPartiesAgree) grounds.push('当事人各方同意适用简易程序（第五十三条第二款）');
  return grounds;
}

export const isSimplifiedEligible = (facts: SimplifiedFacts, fineCeiling?: number) =>
  simplifiedGrounds(facts, fineCeiling).length > 0;
