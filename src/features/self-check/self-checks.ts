import type { RouteKey } from '../../i18n/routes.ts';

/**
 * THE list of self-checks: each page of the URL contract that runs a questionnaire, and the
 * questionnaire it runs (`content/self-checks/<id>.yaml`). The route files, the hub, the
 * search sections, the offline core, the posters' targets and the tests derive from it.
 */
export const selfCheckIds = {
  jobOfferCheck: 'job-offer',
  mySituationCheck: 'my-situation',
  someoneElseCheck: 'someone-else',
} as const satisfies Partial<Record<RouteKey, string>>;

/** A self-check page's route. */
export type SelfCheckRoute = keyof typeof selfCheckIds;

/** The self-check pages, in the order the hub lists them. */
export const selfCheckRoutes = Object.keys(selfCheckIds) as SelfCheckRoute[];

/**
 * Whether a route is one of the self-check pages.
 * @example isSelfCheckRoute('jobOfferCheck') // true
 */
export function isSelfCheckRoute(routeKey: RouteKey): routeKey is SelfCheckRoute {
  return routeKey in selfCheckIds;
}
