import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { defaultLocale, localeSettings, type Locale } from '../../src/i18n/locales.ts';
import type { UiDictionary, UiKey } from '../../src/i18n/ui.ts';
import type { Hotline } from '../../src/schemas/hotline.ts';
import type { RouteKey } from '../../src/i18n/routes.ts';
import type { Settings } from '../../src/schemas/settings.ts';
import type { SelfCheck } from '../../src/schemas/self-check.ts';
import { readTags, type HtmlTag } from './html-tags.ts';

/**
 * The one place the tests learn about the site: the URL contract comes from the route
 * table, the list of pages from the built sitemap, facts and words from content/.
 */
export { getAlternates, getEntryPath, getLocaleFromPath, getPath, getPosterPath, routes } from '../../src/i18n/routes.ts';
export { defaultLocale, locales, type Locale } from '../../src/i18n/locales.ts';

/** The site settings, as editors wrote them. */
export const settings = yaml.load(readFileSync('content/settings/site.yaml', 'utf8')) as Settings;

/** The entries of a YAML collection of content/ (hotlines, services…), as editors wrote them. */
export function readContentYaml(collection: string): unknown[] {
  const dir = join('content', collection);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => yaml.load(readFileSync(join(dir, name), 'utf8')));
}

/** One hotline of content/hotlines/, by its id (the file's name). */
export function readHotline(id: string): Hotline {
  return yaml.load(readFileSync(`content/hotlines/${id}.yaml`, 'utf8')) as Hotline;
}

/** The title of a one-off page (content/pages/<locale>/<route>.md), as its h1 shows it. */
export function readPageTitle(key: RouteKey, locale: Locale): string {
  const front = readFileSync(`content/pages/${locale}/${key}.md`, 'utf8').split(/^---$/m)[1] ?? '';
  const { title } = yaml.load(front) as { title?: string };
  if (!title) throw new Error(`content/pages/${locale}/${key}.md has no title`);
  return title;
}

/** One self-check questionnaire of content/self-checks/, as editors wrote it. */
export function readSelfCheck(id: string): SelfCheck {
  return yaml.load(readFileSync(`content/self-checks/${id}.yaml`, 'utf8')) as SelfCheck;
}

const dictionaries = new Map<Locale, UiDictionary>();

/** One language's dictionary as editors wrote it (content/ui/<locale>.json), read once. */
function readDictionary(locale: Locale): UiDictionary {
  if (!dictionaries.has(locale)) dictionaries.set(locale, JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf8')) as UiDictionary);
  return dictionaries.get(locale)!;
}

/** One dotted key of a dictionary, or undefined when it is missing or blank (as the site reads it). */
function readKey(dictionary: UiDictionary, key: string): string | undefined {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/**
 * The UI strings of a language as editors wrote them (content/ui/<locale>.json): a function of
 * the dotted key, as a page's `t` is, so specs find elements by the words a reader sees
 * without repeating them. `{name}` placeholders are filled from `values`. A language not
 * marked `complete` in locales.ts falls back to Albanian for a string it lacks, as the site
 * does; a complete one must have it. (Read from the JSON here: Playwright cannot load
 * `src/i18n/ui.ts`, which imports it.)
 * @example uiText('en')('quickExit.label') // 'Exit quickly'
 */
export function uiText(locale: Locale): (key: UiKey, values?: Record<string, string>) => string {
  const dictionary = readDictionary(locale);
  return (key, values = {}) => {
    const text = readKey(dictionary, key) ?? (localeSettings[locale].complete ? undefined : readKey(readDictionary(defaultLocale), key));
    if (text === undefined) throw new Error(`content/ui/${locale}.json has no "${key}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}

/**
 * A whole UI string as a pattern, for texts with a number or a name filled in: a placeholder
 * given a string matches it literally, one given a RegExp matches that, any other anything.
 * @example uiPattern('en')('selfCheck.progress', { current: '2', total: /\d+/ }) // /^Question 2 of \d+$/
 */
export function uiPattern(locale: Locale): (key: UiKey, values?: Record<string, string | RegExp>) => RegExp {
  const t = uiText(locale);
  return (key, values = {}) => {
    const parts = t(key)
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined) return escapeRegExp(part);
        const value = values[name];
        return value === undefined ? '.+' : typeof value === 'string' ? escapeRegExp(value) : value.source;
      });
    return new RegExp(`^${parts.join('')}$`);
  };
}

/** A text as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every public page of the built site, read from its sitemap (paths, not absolute URLs). */
export function listSitemapPaths(): string[] {
  const sitemaps = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = sitemaps.flatMap((name) =>
    [...readFileSync(`dist/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no page: run "npm run build" first.');
  return paths.sort();
}

/** The sitemap's pages plus the 404 page, which is public but never listed. */
export const notFoundPath = '/kjo-faqe-nuk-ekziston/';
export function listAllPages(): string[] {
  return [...listSitemapPaths(), notFoundPath];
}

/** The built site, as `npm run build` leaves it. */
export const distDir = 'dist';

/**
 * Every HTML page of the built site with the path a visitor asks for
 * (`dist/en/help/index.html` → `/en/help/`); `404.html` answers any missing path.
 */
export function listBuiltPages(): Array<{ path: string; file: string }> {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  if (files.length === 0) throw new Error('dist/ holds no page: run "npm run build" first.');
  return files
    .map((file) => {
      const name = relative(distDir, file).split('\\').join('/');
      return { path: name === '404.html' ? notFoundPath : `/${name.replace(/(^|\/)index\.html$/, '$1')}`, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The file a static host serves for a path, as `npm run serve` does, or undefined when it
 * would answer 404 or redirect (a link should name the page exactly, trailing slash included).
 */
export function findBuiltFile(pathname: string): string | undefined {
  let file: string;
  try {
    file = join(distDir, decodeURIComponent(pathname));
  } catch {
    return undefined;
  }
  if (!`${file}/`.startsWith(`${distDir}/`)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return pathname.endsWith('/') && existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

const builtTexts = new Map<string, string>();
const builtTags = new Map<string, HtmlTag[]>();

/** A built file's text, read once per test worker. */
export function readBuilt(file: string): string {
  if (!builtTexts.has(file)) builtTexts.set(file, readFileSync(file, 'utf8'));
  return builtTexts.get(file)!;
}

/** A built page's start tags (see `readTags`), parsed once per test worker. */
export function readBuiltTags(file: string): HtmlTag[] {
  if (!builtTags.has(file)) builtTags.set(file, readTags(readBuilt(file)));
  return builtTags.get(file)!;
}

/**
 * Whether a built page keeps out of search engines (`<meta name="robots" content="noindex">`):
 * the 404 and offline pages. Such pages have no alternates and are not in the sitemap.
 */
export function isNoindex(file: string): boolean {
  return readBuiltTags(file).some((tag) => tag.name === 'meta' && tag.attributes['name'] === 'robots' && /noindex/.test(tag.attributes['content'] ?? ''));
}

/** The origin the build wrote into absolute links (SITE_URL), read from the sitemap. */
export function getSiteOrigin(): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8'))?.[1];
  if (!loc) throw new Error('dist/sitemap-0.xml lists no page: run "npm run build" first.');
  return new URL(loc).origin;
}

/**
 * What a build of the site reads, for tests that build a temporary copy of the repository
 * (a third language, the CMS, bad content): one list, so a new top-level folder is added once.
 */
export const buildInputs = ['content', 'src', 'build', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore'] as const;
