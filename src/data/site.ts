import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales.ts';

/**
 * Content lookups shared by pages and the layout. A reference to an entry that does not
 * exist fails the build here, naming the file and the field, instead of rendering a gap.
 */

/** The site settings (`content/settings/site.yaml`). */
export async function getSettings() {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.yaml is missing');
  return entry.data;
}

/**
 * Hotlines by id, in the order given; an unknown id fails the build.
 * @param where the file and field that holds the ids, for the error message.
 */
export async function getHotlines(ids: readonly string[], where: string): Promise<CollectionEntry<'hotlines'>[]> {
  const all = await getCollection('hotlines');
  return ids.map((id) => {
    const found = all.find((entry) => entry.id === id);
    if (!found) throw new Error(`${where}: no hotline "${id}" in content/hotlines/`);
    return found;
  });
}

/**
 * The lines a reader can be told to call: confirmed to work. An unconfirmed line is shown
 * only where its doubt can be explained (hotline bar, help page), never as a plain number.
 */
export function onlyConfirmed(lines: readonly CollectionEntry<'hotlines'>[]): CollectionEntry<'hotlines'>[] {
  return lines.filter((line) => line.data.status === 'confirmed');
}

/** The hotlines shown on every page, in the settings' order: all confirmed to work. */
export async function getPrimaryHotlines() {
  const settings = await getSettings();
  return getConfirmedHotlines(settings.primaryContacts, 'content/settings/site.yaml → primaryContacts');
}

/**
 * Lines offered as one-tap calls where their doubt cannot be explained (the hotline bar, the
 * call button, the danger panel). Each must be confirmed to work: a line that may not answer
 * fails the build, naming the file and field.
 */
export async function getConfirmedHotlines(ids: readonly string[], where: string) {
  const lines = await getHotlines(ids, where);
  const doubtful = lines.find((line) => line.data.status !== 'confirmed');
  if (doubtful) throw new Error(`${where}: "${doubtful.id}" is not confirmed to work; list only lines that answer (its status is shown on the help page)`);
  return lines;
}

/** Every hotline that serves Albania: the primary contacts in their order, then the rest. */
export async function getNationalHotlines() {
  const { primaryContacts } = await getSettings();
  const rank = (id: string) => (primaryContacts.includes(id) ? primaryContacts.indexOf(id) : primaryContacts.length);
  const all = await getCollection('hotlines', (entry) => entry.data.scope === 'national');
  return all.sort((a, b) => rank(a.id) - rank(b.id) || a.data.tel.localeCompare(b.data.tel));
}

/**
 * A page's text in a language, falling back to Albanian when it is not translated yet.
 * `isFallback` tells the page to show the "only in Albanian" notice.
 */
export async function getPageText(key: string, locale: Locale) {
  const own = await getEntry('pages', `${locale}/${key}`);
  const entry = own ?? (await getEntry('pages', `${defaultLocale}/${key}`));
  if (!entry) throw new Error(`content/pages/${defaultLocale}/${key}.md is missing`);
  const { Content } = await render(entry);
  return { data: entry.data, Content, isFallback: !own };
}
