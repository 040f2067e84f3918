import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { anchors, getAnchorPath } from '../../src/i18n/routes.ts';
import { findUnsourcedClaims } from '../support/claim-sources.ts';
import { hostOf } from '../../src/lib/host-of.ts';
import { readContentData } from '../../src/schemas/validate-content.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { storySchema } from '../../src/schemas/story.ts';

/** A Markdown content file: its front matter through its schema, and its body. */
function readMarkdown<T>(file: string, schema: { parse: (data: unknown) => T }) {
  const text = readFileSync(file, 'utf8');
  return { data: schema.parse(readContentData(text, true)), body: text.replace(/^---\r?\n[\s\S]*?\r?\n---/, '') };
}

/**
 * The languages a text is written in (Albanian always; a language added later may not have it
 * yet, and its page then shows the Albanian text: tests/site/translations.spec.ts).
 */
const writtenIn = (file: (locale: Locale) => string) => locales.filter((locale) => existsSync(file(locale)));

/** The words people search for, in the languages they are known for. */
const searchWords: Partial<Record<Locale, string[]>> = {
  sq: ['riintegrim', 'strehëz', 'punë pas strehëzës'],
  en: ['reintegration', 'shelter', 'work after the shelter'],
};

describe.each(writtenIn((locale) => `content/pages/${locale}/afterHelp.md`))('the page «after the first help» (%s)', (locale) => {
  const file = `content/pages/${locale}/afterHelp.md`;
  const page = readMarkdown(file, pageSchema);

  test('every claim block ends in a source note whose sites the page lists, and every listed source is cited', () => {
    expect(page.data.sources?.length ?? 0).toBeGreaterThan(0);
    expect(findUnsourcedClaims(page.body, page.data.sources ?? [], { everyBlock: true })).toEqual([]);
  });

  test('carries the anchors that service cards link to', () => {
    const ids = (Object.keys(anchors) as Array<keyof typeof anchors>)
      .filter((key) => anchors[key].route === 'afterHelp')
      .map((key) => getAnchorPath(key, locale).split('#')[1]);
    expect(ids.length).toBe(3);
    for (const id of ids) expect(page.body, `${file} has no heading with the anchor {#${id}}`).toMatch(new RegExp(`^#{2,3} .+ \\{#${id}\\}$`, 'm'));
  });

  test.runIf(locale in searchWords)('uses the words people search for', () => {
    for (const word of searchWords[locale] ?? []) expect(page.body.toLowerCase()).toContain(word);
  });
});

describe.each(writtenIn((locale) => `content/stories/${locale}/deshmia-e-m.md`))("M.'s account (%s)", (locale) => {
  const story = readMarkdown(`content/stories/${locale}/deshmia-e-m.md`, storySchema);

  test("is a published testimony whose source is IOM's summary", () => {
    expect(story.data.kind).toBe('testimony');
    expect(story.data.sources.map((source) => hostOf(source.url))).toContain('albania.iom.int');
  });

  test('quotes her words and adds no image', () => {
    expect(story.body).toMatch(/^> .+/m);
    expect(story.body).not.toMatch(/!\[|<img/);
  });
});

describe.each(writtenIn((locale) => `content/pages/${locale}/privacy.md`))('the privacy page (%s)', (locale) => {
  const page = readMarkdown(`content/pages/${locale}/privacy.md`, pageSchema);

  test('every phone step it sources cites a listed source, and every listed source is cited', () => {
    expect(page.data.sources?.length ?? 0).toBeGreaterThan(0);
    expect(findUnsourcedClaims(page.body, page.data.sources ?? [], { everyBlock: false })).toEqual([]);
  });
});
