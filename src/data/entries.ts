import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import type { EntrySection } from '../i18n/routes.ts';
import { sectionCollections } from '../schemas/collections.ts';

type SectionCollection = (typeof sectionCollections)[EntrySection];

/** `sq/some-slug` → `some-slug`. */
export function slugOf(entry: { id: string }): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** The language folder an entry is in. */
export function localeOf(entry: { id: string }): Locale {
  return entry.id.slice(0, entry.id.indexOf('/')) as Locale;
}

/**
 * Every slug of a section that has an Albanian entry (Albanian is the reference: a text
 * exists in English only as a translation of an Albanian one).
 */
export async function getSectionSlugs(section: EntrySection): Promise<string[]> {
  const entries = await getCollection(sectionCollections[section]);
  const slugs = entries.filter((entry) => localeOf(entry) === defaultLocale).map(slugOf);
  const orphans = entries.filter((entry) => localeOf(entry) !== defaultLocale && !slugs.includes(slugOf(entry)));
  if (orphans.length > 0) {
    throw new Error(`content/${sectionCollections[section]}/${orphans[0]!.id}.md has no Albanian original with the same file name`);
  }
  return slugs;
}

/** One entry in a language, or the Albanian one with `isFallback` when it is not translated. */
export async function getSectionEntry<S extends EntrySection>(section: S, slug: string, locale: Locale) {
  const collection = sectionCollections[section] as SectionCollection;
  const own = await getEntry(collection, `${locale}/${slug}`);
  const entry = own ?? (await getEntry(collection, `${defaultLocale}/${slug}`));
  if (!entry) throw new Error(`content/${collection}/${defaultLocale}/${slug}.md is missing`);
  const { Content } = await render(entry);
  return { entry: entry as CollectionEntry<(typeof sectionCollections)[S]>, Content, isFallback: !own };
}

/** The entries of a section in one language, falling back to Albanian for untranslated ones. */
export async function listSectionEntries<S extends EntrySection>(section: S, locale: Locale) {
  const collection = sectionCollections[section] as SectionCollection;
  const all = await getCollection(collection);
  const slugs = await getSectionSlugs(section);
  return slugs.map((slug) => {
    const own = all.find((entry) => entry.id === `${locale}/${slug}`);
    const entry = own ?? all.find((entry) => entry.id === `${defaultLocale}/${slug}`)!;
    return { slug, entry: entry as CollectionEntry<(typeof sectionCollections)[S]>, isFallback: !own };
  });
}
