import type { RouteKey } from './routes.ts';

/**
 * The sections in the header navigation, in order. A section is listed here once its
 * pages are built, so the navigation never leads to a missing page; the link check in
 * the browser tests holds this to account.
 */
export const headerNavigation = ['selfChecks', 'signs', 'help'] as const satisfies readonly RouteKey[];

/** Pages linked from the footer. */
export const footerNavigation = ['services', 'abroad', 'guides', 'stories', 'privacy', 'about', 'glossary'] as const satisfies readonly RouteKey[];
