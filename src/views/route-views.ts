import type { RouteKey } from '../i18n/routes.ts';
import AbroadPage from './AbroadPage.astro';
import HelpPage from './HelpPage.astro';
import HomePage from './HomePage.astro';
import PrivacyPage from './PrivacyPage.astro';
import SearchPage from './SearchPage.astro';
import SectionHub from './SectionHub.astro';
import SelfCheckPage from './SelfCheckPage.astro';
import SelfChecksHub from './SelfChecksHub.astro';
import ServicesPage from './ServicesPage.astro';
import TextPage from './TextPage.astro';

/**
 * The built pages of the URL contract with a fixed path, and the view that renders each.
 * Every view takes `{ routeKey, locale }`. A route not listed here is not built yet.
 */
export const routeViews = {
  home: HomePage,
  selfChecks: SelfChecksHub,
  jobOfferCheck: SelfCheckPage,
  mySituationCheck: SelfCheckPage,
  someoneElseCheck: SelfCheckPage,
  signs: SectionHub,
  help: HelpPage,
  services: ServicesPage,
  abroad: AbroadPage,
  guides: SectionHub,
  stories: SectionHub,
  search: SearchPage,
  privacy: PrivacyPage,
  about: TextPage,
} satisfies Partial<Record<RouteKey, unknown>>;

/** A route that has a view. */
export type BuiltRoute = keyof typeof routeViews;
