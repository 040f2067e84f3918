import { getEntry } from 'astro:content';
import { markdownToHtml, toSelfCheckProps } from '../components/SelfCheck/to-self-check-props.ts';
import type { Locale } from '../i18n/locales.ts';
import type { RouteKey } from '../i18n/routes.ts';
import { getPrimaryHotlines } from './site.ts';

/** Which questionnaire in `content/self-checks/` each self-check page runs. */
export const selfCheckIds = {
  jobOfferCheck: 'job-offer',
  mySituationCheck: 'my-situation',
  someoneElseCheck: 'someone-else',
} as const satisfies Partial<Record<RouteKey, string>>;

/** A self-check page's route. */
export type SelfCheckRoute = keyof typeof selfCheckIds;

/** Whether a route is one of the self-check pages. */
export function isSelfCheckRoute(routeKey: RouteKey): routeKey is SelfCheckRoute {
  return routeKey in selfCheckIds;
}

/**
 * A questionnaire translated into one language, with the strings and hotlines its island
 * needs: the page ships only what it shows.
 */
export async function getSelfCheckPage(routeKey: SelfCheckRoute, locale: Locale) {
  const id = selfCheckIds[routeKey];
  const entry = await getEntry('self-checks', id);
  if (!entry) throw new Error(`content/self-checks/${id}.yaml is missing`);
  const check = entry.data;
  const props = toSelfCheckProps(id, check, locale, await getPrimaryHotlines());
  return { title: check.title[locale], introHtml: markdownToHtml(check.intro[locale]), props };
}
