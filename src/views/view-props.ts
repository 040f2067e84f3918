import type { Locale } from '../i18n/locales.ts';
import type { RouteKey } from '../i18n/routes.ts';

/** What every view of the route table receives: which route it renders, in which language. */
export interface ViewProps {
  routeKey: RouteKey;
  locale: Locale;
}
