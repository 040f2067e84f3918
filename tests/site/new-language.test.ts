import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { selfCheckIds } from '../../src/features/self-check/self-checks.ts';
import { defaultLocale, isLocale, type Locale } from '../../src/i18n/locales.ts';
import { getEntryPath, getPath, getPosterPath, matchRoute, type EntrySection } from '../../src/i18n/routes.ts';
import { formatDate } from '../../src/lib/format-date.ts';
import type { Hotline } from '../../src/schemas/hotline.ts';
import type { SelfCheck } from '../../src/schemas/self-check.ts';
import { readTags, type HtmlTag } from '../support/html-tags.ts';
import { buildInputs } from '../support/site.ts';

/**
 * A new language may start partial (issue 16). This builds a temporary copy of the site with a
 * third language, Italian, added the way the README says: one line in `src/i18n/locales.ts`
 * and a partial `content/ui/it.json`. On top, so that both sides of each rule are seen, the
 * copy translates a few texts and nothing else: the frame's (tagline, the hotline bar's
 * names), two pages (privacy, help: copies of the English ones) and one whole self-check (the
 * job offer, with the names of its lines). Then it reads the built pages as a reader of
 * Italian gets them. One `astro build` (no search index, no service worker).
 */

const it = 'it' as Locale;
const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'shenjat-new-language-'));
const outDir = join(work, 'dist');

/** Some UI strings in Italian; everything else (self-check buttons, services, 404…) falls back to Albanian. */
const partialDictionary = {
  skipLink: { label: 'Vai al contenuto' },
  quickExit: { label: 'Esci subito' },
  languageSwitcher: { label: 'Lingua' },
  untranslated: {
    notice: 'Questa pagina esiste solo in albanese.',
    link: 'Leggi la pagina in albanese',
    parts: 'Alcuni testi di questa pagina non sono ancora tradotti e sono mostrati in albanese.',
  },
};

/** The one line a new language adds to locales.ts, written before the list's closing line. */
const localeLine = "  it: { name: 'Italiano', albanianName: 'italisht', dateTag: 'it', complete: false },\n";
const listEnd = '} as const satisfies Record<string, LocaleSettings>;';

/** Reads a YAML data file of the copy, lets `edit` change it, and writes it back. */
function editYaml<T>(file: string, edit: (data: T) => void): T {
  const path = join(work, 'content', file);
  const data = yaml.load(readFileSync(path, 'utf8')) as T;
  edit(data);
  writeFileSync(path, yaml.dump(data, { lineWidth: -1 }));
  return data;
}

/** Gives every localized text (`{ sq, en }`) inside `node` an Italian text: the English one, marked. */
function translateAll(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (typeof record[defaultLocale] === 'string' && Object.keys(record).every(isLocale)) {
    record['it'] = `${String(record['en'])} (it)`;
    return;
  }
  for (const value of Object.values(record)) translateAll(value);
}

/** The copy: the site as it is, plus Italian (two files), plus the few translations above. */
function prepareCopy(): void {
  for (const name of buildInputs) {
    cpSync(join(repo, name), join(work, name), { recursive: true });
  }
  // The packages, linked one by one, so the build's caches (.vite, .astro) land in the copy.
  mkdirSync(join(work, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules')).filter((entry) => !entry.startsWith('.'))) {
    symlinkSync(join(repo, 'node_modules', name), join(work, 'node_modules', name));
  }

  const localesFile = join(work, 'src/i18n/locales.ts');
  const locales = readFileSync(localesFile, 'utf8');
  if (!locales.includes(listEnd)) throw new Error(`src/i18n/locales.ts no longer ends its list with "${listEnd}": update this test`);
  writeFileSync(localesFile, locales.replace(listEnd, `${localeLine}${listEnd}`));
  writeFileSync(join(work, 'content/ui/it.json'), JSON.stringify(partialDictionary, null, 2));

  const { primaryContacts } = editYaml<{ tagline: Record<string, string>; primaryContacts: string[] }>('settings/site.yaml', (data) => {
    data.tagline['it'] = 'Riconosci i segnali della tratta. Chiedi aiuto gratis.';
  });
  const jobOffer = editYaml<SelfCheck>(`self-checks/${selfCheckIds.jobOfferCheck}.yaml`, translateAll);
  for (const id of new Set([...primaryContacts, ...jobOffer.danger.hotlines])) {
    editYaml<Hotline>(`hotlines/${id}.yaml`, (data) => translateAll(data.shortName));
  }
  mkdirSync(join(work, 'content/pages/it'));
  for (const page of ['privacy', 'help']) cpSync(join(work, `content/pages/en/${page}.md`), join(work, `content/pages/it/${page}.md`));
}

/** Every page of the build, by the path a visitor asks for. */
let html: Map<string, string>;
let pages: Map<string, HtmlTag[]>;

beforeAll(() => {
  prepareCopy();
  // Node 24 from the project (Astro needs ≥ 22.12), also when vitest runs on an older node.
  const nodeBin = join(repo, 'node_modules/node/bin/node');
  const result = spawnSync(existsSync(nodeBin) ? nodeBin : process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: work,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, 'cache'), SITE_URL: 'http://127.0.0.1:4321' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build of the copy with Italian failed:\n${result.stdout}\n${result.stderr}`);
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  html = new Map(files.map((name) => [`/${name.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`, readFileSync(join(outDir, name), 'utf8')]));
  pages = new Map([...html].map(([path, text]) => [path, readTags(text)]));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const tagsOf = (path: string): HtmlTag[] => {
  const tags = pages.get(path);
  if (!tags) throw new Error(`${path} was not built`);
  return tags;
};
/** A page's hreflang alternates, as paths by language. */
const alternatesOf = (path: string) =>
  Object.fromEntries(
    tagsOf(path)
      .filter((tag) => tag.name === 'link' && tag.attributes['rel'] === 'alternate')
      .map((tag) => [tag.attributes['hreflang'], new URL(tag.attributes['href'] ?? '').pathname]),
  );
/** Elements in Albanian on a page that is not: untranslated text (the language switcher's own link aside). */
const albanianElements = (path: string) => tagsOf(path).filter((tag) => tag.attributes['lang'] === defaultLocale && !('hreflang' in tag.attributes));
/** Where the "only in Albanian" notice is (-1: none). */
const pageNotice = (path: string) => tagsOf(path).findIndex((tag) => 'data-untranslated' in tag.attributes);
const partsNotice = (path: string) => tagsOf(path).some((tag) => 'data-untranslated-parts' in tag.attributes);

/** The same page in Italian, for an Albanian page of the URL contract. */
function italianPathOf(albanianPath: string): string | undefined {
  const match = matchRoute(albanianPath);
  if (!match || match.locale !== defaultLocale) return undefined;
  if (match.poster && match.slug) return getPosterPath(match.slug, it);
  return match.slug ? getEntryPath(match.key as EntrySection, match.slug, it) : getPath(match.key, it);
}
/** A text as React writes it into HTML (the hotline cards are React components). */
const escapeAsReact = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
const italianPages = () => [...pages.keys()].filter((path) => path.startsWith('/it/'));

describe('a third language with a partial dictionary', () => {
  test('every Albanian page of the URL contract is built in Italian too, under /it/ with the English slugs, and listed in the sitemap', () => {
    const albanian = [...pages.keys()].filter((path) => matchRoute(path)?.locale === defaultLocale);
    expect(albanian.length).toBeGreaterThan(30);
    const missing = albanian.map(italianPathOf).filter((path): path is string => path !== undefined && !pages.has(path));
    expect(missing).toEqual([]);
    expect(italianPages().length).toBe(albanian.length);
    expect(pages.has('/it/help/services/')).toBe(true);
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain('/it/help/services/</loc>');
  });

  test('every Italian page says it is Italian', () => {
    expect(italianPages().filter((path) => tagsOf(path).find((tag) => tag.name === 'html')?.attributes['lang'] !== 'it')).toEqual([]);
  });

  test('hreflang alternates pair every language both ways, and the switcher offers Italian', () => {
    expect(alternatesOf('/it/help/')).toEqual({ sq: '/ndihme/', en: '/en/help/', it: '/it/help/', 'x-default': '/ndihme/' });
    expect(alternatesOf('/ndihme/sherbimet/')['it']).toBe('/it/help/services/');
    expect(alternatesOf('/en/signs/')['it']).toBe('/it/signs/');
    const unpaired = italianPages().filter((path) => {
      const alternates = alternatesOf(path);
      return alternates['it'] !== path || alternatesOf(alternates[defaultLocale] ?? '')['it'] !== path;
    });
    expect(unpaired).toEqual([]);
    const switcher = tagsOf('/ndihme/').find((tag) => tag.name === 'a' && tag.attributes['hreflang'] === 'it');
    expect(switcher?.attributes).toMatchObject({ href: '/it/help/', lang: 'it' });
  });

  test('UI strings: Italian where the dictionary has them, Albanian for the rest', () => {
    const page = html.get('/it/privacy/') ?? '';
    const albanianHint = (JSON.parse(readFileSync('content/ui/sq.json', 'utf8')) as { quickExit: { hint: string } }).quickExit.hint;
    expect(page).toMatch(/<a class="quick-exit__link"[^>]*>Esci subito</);
    expect(page).toContain(albanianHint);
  });

  test('a date fills an Albanian sentence the Albanian way, never "Kontrolluar më 28 novembre"', () => {
    const verifiedOn = (JSON.parse(readFileSync('content/ui/sq.json', 'utf8')) as { hotline: { verifiedOn: string } }).hotline.verifiedOn;
    const police = yaml.load(readFileSync('content/hotlines/police.yaml', 'utf8')) as Hotline;
    expect(html.get('/it/help/')).toContain(verifiedOn.replace('{date}', formatDate(police.lastVerified, defaultLocale)));
    const italianDate = new Intl.DateTimeFormat('it', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${police.lastVerified}T00:00:00Z`));
    expect(html.get('/it/help/')).not.toContain(verifiedOn.replace('{date}', italianDate));
  });

  test('a page whose texts are all translated shows no notice and nothing in Albanian', () => {
    expect(albanianElements('/it/privacy/')).toEqual([]);
    expect(pageNotice('/it/privacy/')).toBe(-1);
    expect(partsNotice('/it/privacy/')).toBe(false);
  });

  test('a translated page with untranslated data says "some texts are in Albanian" at the top, and marks them lang="sq"', () => {
    expect(pageNotice('/it/help/')).toBe(-1);
    expect(partsNotice('/it/help/')).toBe(true);
    const tags = tagsOf('/it/help/');
    const notice = tags.findIndex((tag) => 'data-untranslated-parts' in tag.attributes);
    expect(tags.findIndex((tag) => tag.name === 'main')).toBe(notice - 2);
    expect(html.get('/it/help/')).toMatch(/<h2 class="hotline-card__name"><span lang="sq">/);
  });

  test('no hotline is left out: every national line is on the Italian help page with its number and its name (in Albanian)', () => {
    const page = html.get('/it/help/') ?? '';
    const lines = readdirSync('content/hotlines').map((name) => yaml.load(readFileSync(`content/hotlines/${name}`, 'utf8')) as Hotline);
    const national = lines.filter((line) => line.scope === 'national');
    expect(national.length).toBeGreaterThanOrEqual(5);
    for (const line of national) {
      expect(page, line.number).toContain(line.number);
      expect(page, line.name.sq).toContain(`<span lang="sq">${escapeAsReact(line.name.sq)}</span>`);
    }
  });

  test('an untranslated page says "only in Albanian" and links to the Albanian page', () => {
    for (const [path, albanian] of [
      ['/it/about/', '/rreth-nesh/'],
      ['/it/self-check/my-situation/', '/vetekontroll/situata-ime/'],
      ['/it/guides/mesues/poster/', '/udhezues/mesues/poster/'],
    ] as const) {
      const tags = tagsOf(path);
      const notice = pageNotice(path);
      expect(notice, path).toBeGreaterThanOrEqual(0);
      expect(tags.slice(notice).find((tag) => tag.name === 'a')?.attributes['href'], path).toBe(albanian);
    }
  });

  test('a self-check is shown whole: in Albanian until every text is translated, then in Italian', () => {
    const checkOf = (path: string) => tagsOf(path).find((tag) => tag.attributes['class'] === 'self-check');
    expect(checkOf('/it/self-check/my-situation/')?.attributes['lang']).toBe(defaultLocale);
    expect(checkOf('/it/self-check/job-offer/')).toBeDefined();
    expect(checkOf('/it/self-check/job-offer/')?.attributes['lang']).toBeUndefined();
    expect(pageNotice('/it/self-check/job-offer/')).toBe(-1);
    expect(html.get('/it/self-check/job-offer/')).toContain(' (it)');
  });

  test('on every Italian page, text shown in Albanian comes with a notice, and a notice with text in Albanian', () => {
    const problems = italianPages().flatMap((path) => {
      const albanian = albanianElements(path).length > 0;
      const notice = pageNotice(path) >= 0 || partsNotice(path);
      if (albanian && !notice) return [`${path}: text in Albanian, no notice`];
      if (!albanian && notice) return [`${path}: a notice, but nothing in Albanian`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  test('the 404 page leaves out a language whose dictionary lacks its text', () => {
    const notFound = tagsOf('/404.html');
    expect(notFound.some((tag) => tag.name === 'section' && tag.attributes['lang'] === 'en')).toBe(true);
    expect(notFound.some((tag) => tag.name === 'section' && tag.attributes['lang'] === 'it')).toBe(false);
  });

  test('the build left the working copy as it was', () => {
    expect(existsSync(join(repo, 'content/ui/it.json'))).toBe(false);
    expect(readFileSync(join(repo, 'src/i18n/locales.ts'), 'utf8')).not.toContain(localeLine);
  });
});
