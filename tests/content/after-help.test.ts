import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { anchors } from '../../src/i18n/routes.ts';
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

describe.each(locales)('the page «after the first help» (%s)', (locale) => {
  const file = `content/pages/${locale}/afterHelp.md`;
  const page = readMarkdown(file, pageSchema);

  test('every claim block ends in a source note whose sites the page lists, and every listed source is cited', () => {
    expect(page.data.sources?.length ?? 0).toBeGreaterThan(0);
    expect(findUnsourcedClaims(page.body, page.data.sources ?? [], { everyBlock: true })).toEqual([]);
  });

  test('carries the anchors that service cards link to', () => {
    const ids = Object.values(anchors)
      .filter((anchor) => anchor.route === 'afterHelp')
      .map((anchor) => anchor[locale]);
    expect(ids.length).toBe(3);
    for (const id of ids) expect(page.body, `${file} has no heading with the anchor {#${id}}`).toMatch(new RegExp(`^#{2,3} .+ \\{#${id}\\}$`, 'm'));
  });

  test('uses the words people search for', () => {
    const words = locale === 'sq' ? ['riintegrim', 'strehëz', 'punë pas strehëzës'] : ['reintegration', 'shelter', 'work after the shelter'];
    for (const word of words) expect(page.body.toLowerCase()).toContain(word);
  });
});

describe.each(locales)("M.'s account (%s)", (locale) => {
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

describe.each(locales)('the privacy page (%s)', (locale) => {
  const page = readMarkdown(`content/pages/${locale}/privacy.md`, pageSchema);

  test('every phone step it sources cites a listed source, and every listed source is cited', () => {
    expect(page.data.sources?.length ?? 0).toBeGreaterThan(0);
    expect(findUnsourcedClaims(page.body, page.data.sources ?? [], { everyBlock: false })).toEqual([]);
  });
});
