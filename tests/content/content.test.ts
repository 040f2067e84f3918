import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks, findDuplicateIds, formatProblems, validateContentFile } from '../../src/schemas/validate-content.ts';
import { locales } from '../../src/i18n/locales.ts';
import { entrySections, getEntryPath, routes } from '../../src/i18n/routes.ts';
import { collectionSchemas, isMarkdownCollection, type CollectionName } from '../../src/schemas/collections.ts';
import type { Hotline } from '../../src/schemas/hotline.ts';
import type { Settings } from '../../src/schemas/settings.ts';

/** Every file of every collection under content/, as the build will read them. */
function listFiles(collection: CollectionName): string[] {
  const dir = join('content', collection);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const pattern = isMarkdownCollection(collection) ? /^[a-z]{2}\/[^/]+\.md$/ : /^[^/]+\.ya?ml$/;
  return names.filter((name) => pattern.test(name)).map((name) => join(dir, name));
}

const load = <T>(file: string) => yaml.load(readFileSync(file, 'utf8')) as T;

describe('content/', () => {
  test.each(Object.keys(collectionSchemas) as CollectionName[])('every %s file passes its schema', (collection) => {
    const problems = listFiles(collection).flatMap((file) => validateContentFile(collection, file, readFileSync(file, 'utf8')));
    expect(formatProblems(problems)).toBe('');
  });

  test('no two entries of a collection share an id', () => {
    const problems = (Object.keys(collectionSchemas) as CollectionName[]).flatMap((collection) => findDuplicateIds(listFiles(collection)));
    expect(formatProblems(problems)).toBe('');
  });

  test('every internal link in Markdown leads to a page of the site', () => {
    const sectionFolders = { signs: 'guidance', guides: 'guides', stories: 'stories' } as const;
    const entryPaths = entrySections.flatMap((section) =>
      listFiles(sectionFolders[section])
        .filter((file) => file.includes('/sq/'))
        .flatMap((file) => locales.map((locale) => getEntryPath(section, file.replace(/^.*\/|\.md$/g, ''), locale))),
    );
    const known = new Set([...Object.values(routes).flatMap((paths) => Object.values(paths)), ...entryPaths]);
    const markdown = (['guidance', 'guides', 'stories', 'pages'] as const).flatMap(listFiles);
    const problems = markdown.flatMap((file) => findBrokenLinks(file, readFileSync(file, 'utf8'), known));
    expect(formatProblems(problems)).toBe('');
  });

  test('the site settings name hotlines that exist, and the first two are confirmed to work', () => {
    const settings = load<Settings>('content/settings/site.yaml');
    const hotlines = new Map(listFiles('hotlines').map((file) => [file.replace(/^.*\/|\.ya?ml$/g, ''), load<Hotline>(file)]));
    const missing = settings.primaryContacts.filter((id) => !hotlines.has(id));
    expect(missing).toEqual([]);
    const leading = settings.primaryContacts.slice(0, 2).map((id) => hotlines.get(id)?.status);
    expect(leading).toEqual(['confirmed', 'confirmed']);
  });

  test('116 006 is listed, and not as confirmed, until an editor confirms it works', () => {
    const line = load<Hotline>('content/hotlines/anti-trafficking-line.yaml');
    expect(line.tel).toBe('116006');
    expect(line.status).toBe('unconfirmed');
    expect(line.available24h).toBe(false);
  });

  test('every page text exists in Albanian', () => {
    const sq = listFiles('pages').filter((file) => file.includes('/sq/')).map((file) => file.replace(/^.*\//, ''));
    const expected = ['about.md', 'abroad.md', 'afterHelp.md', 'glossary.md', 'guides.md', 'help.md', 'home.md', 'privacy.md', 'search.md', 'selfChecks.md', 'services.md', 'signs.md', 'stories.md'];
    expect(sq.sort()).toEqual(expected.sort());
  });
});
