import type { RouteKey } from '../../i18n/routes.ts';

/**
 * Which questionnaire in `content/self-checks/` each self-check page runs. Pure, so the
 * build, the benchmark and the weight tests share one list of self-check pages.
 */
export const selfCheckIds = {
  jobOfferCheck: 'job-offer',
  mySituationCheck: 'my-situation',
  someoneElseCheck: 'someone-else',
} as const satisfies Partial<Record<RouteKey, string>>;

/** A self-check page's route. */
export type SelfCheckRoute = keyof typeof selfCheckIds;

/**
 * Whether a route is one of the self-check pages.
 * @example isSelfCheckRoute('jobOfferCheck') // true
 */
export function isSelfCheckRoute(routeKey: RouteKey): routeKey is SelfCheckRoute {
  return routeKey in selfCheckIds;
}
