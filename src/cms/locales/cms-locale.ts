/** The languages of Decap's own interface (buttons, menus, messages): Albanian, then Decap's English. */
export const cmsLocales = ['sq', 'en'] as const;

/** One language of the CMS's interface. */
export type CmsLocale = (typeof cmsLocales)[number];

/**
 * The language of the CMS's interface, from the address of `/admin/`: Albanian unless the
 * editor opens `/admin/?lang=en`. Decap reads its language only from its configuration
 * (`locale`) and has no switch of its own, so the address is the switch; its pages live
 * after the `#`, so the choice stays while the editor works.
 * @example getCmsLocale('?lang=en') // 'en'
 * @example getCmsLocale('') // 'sq'
 */
export function getCmsLocale(search: string): CmsLocale {
  const wanted = new URLSearchParams(search).get('lang')?.toLowerCase();
  return cmsLocales.find((locale) => locale === wanted) ?? 'sq';
}
