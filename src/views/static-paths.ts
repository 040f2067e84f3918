import { getSectionSlugs } from '../data/entries.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { entrySections, getEntryPath, getPath, getPosterPath, type RouteKey } from '../i18n/routes.ts';

/**
 * The built pages of the URL contract, for the route files in `src/pages/`. Each route file
 * renders one kind of view and imports only that view, so a page carries only its own CSS
 * (one catch-all route would give every page the CSS of every view). No path is written here:
 * they all come from the route table.
 */

/** `/ndihme/sherbimet/` → `ndihme/sherbimet`; the home page is `undefined` (the root). */
const toParam = (path: string) => path.replace(/^\/|\/$/g, '') || undefined;

/** A fixed route of the route table in every language, under the route file's rest parameter. */
export function routePaths<K extends RouteKey>(param: string, keys: readonly K[]) {
  return locales.flatMap((locale) => keys.map((routeKey) => ({ params: { [param]: toParam(getPath(routeKey, locale)) }, props: { routeKey, locale } })));
}

/** Every entry of the hub-and-entries sections (signs, guides, stories) in every language. */
export async function entryPaths(param: string) {
  const perSection = await Promise.all(
    entrySections.map(async (section) =>
      (await getSectionSlugs(section)).flatMap((slug) =>
        locales.map((locale: Locale) => ({ params: { [param]: toParam(getEntryPath(section, slug, locale)) }, props: { section, slug, locale } })),
      ),
    ),
  );
  return perSection.flat();
}

/** Each guide's printable poster in every language. */
export async function posterPaths(param: string) {
  return (await getSectionSlugs('guides')).flatMap((slug) =>
    locales.map((locale: Locale) => ({ params: { [param]: toParam(getPosterPath(slug, locale)) }, props: { slug, locale } })),
  );
}
