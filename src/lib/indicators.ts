/**
 * The six elements of the ILO–European Commission operational indicators of trafficking
 * in human beings (2009). Each self-check question and each guide indicator names one.
 */
export const elements = [
  'deceptiveRecruitment',
  'coerciveRecruitment',
  'recruitmentByAbuseOfVulnerability',
  'exploitation',
  'coercionAtDestination',
  'abuseOfVulnerabilityAtDestination',
] as const;

/** One ILO–EC element. */
export type Element = (typeof elements)[number];

/** The recruitment ("act") elements: at least one must be positive for trafficking signs. */
export const recruitmentElements = [
  'deceptiveRecruitment',
  'coerciveRecruitment',
  'recruitmentByAbuseOfVulnerability',
] as const satisfies readonly Element[];

/** The "means" elements at destination: adults need one of them positive as well. */
export const destinationElements = [
  'coercionAtDestination',
  'abuseOfVulnerabilityAtDestination',
] as const satisfies readonly Element[];

/** How strongly an indicator points to trafficking, as the ILO–EC grades it. */
export const strengths = ['strong', 'medium', 'weak'] as const;

/** One strength grade. */
export type Strength = (typeof strengths)[number];

/**
 * The four ILO–EC indicator sets. A question's `strength` is its grade in the adult labour
 * set; `strengthIn` on a question gives the grade where another set differs (see
 * /work/research/ilo-ec-indicators.md and the comments in content/self-checks/).
 */
export const indicatorSets = ['adultLabour', 'adultSexual', 'childLabour', 'childSexual'] as const;

/** One ILO–EC indicator set. */
export type IndicatorSet = (typeof indicatorSets)[number];
