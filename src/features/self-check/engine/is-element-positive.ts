import type { Strength } from '../../../lib/indicators.ts';

/**
 * Whether the indicators found in one ILO–EC element make that element positive. The
 * ILO–EC (2009) combination rule: at least two strong; or one strong plus one medium or weak;
 * or three medium; or two medium plus one weak. Anything less is not enough, so weak signs
 * alone never are, however many. Order does not matter.
 *
 * @example
 * isElementPositive(['strong', 'weak']) // true
 * isElementPositive(['medium', 'medium']) // false
 */
export function isElementPositive(found: readonly Strength[]): boolean {
  const strong = found.filter((strength) => strength === 'strong').length;
  const medium = found.filter((strength) => strength === 'medium').length;
  const weak = found.filter((strength) => strength === 'weak').length;
  return (
    strong >= 2 ||
    (strong >= 1 && medium + weak >= 1) ||
    medium >= 3 ||
    (medium >= 2 && weak >= 1)
  );
}
