import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { findHarm, harmfulMarkdown } from '../tests/support/harmful-markdown.ts';
import { markdownOptions } from './markdown-text-only.ts';

// The renderer Astro builds from astro.config.mjs's `markdown.processor`, with the same options.
const processor = await createSatteriMarkdownProcessor(markdownOptions);
const render = async (markdown: string) => (await processor.render(markdown)).code.trim();

describe('.md files render as text, never code', () => {
  test.each(Object.entries(harmfulMarkdown))('%s leaves no harm in the HTML', async (_name, markdown) => {
    expect(findHarm(await render(markdown))).toEqual([]);
  });

  test('raw HTML is shown as the text it is', async () => {
    expect(await render(harmfulMarkdown.script)).toBe('<p>Telefono 129. &lt;script&gt;alert(document.domain)&lt;/script&gt;</p>');
  });

  test('an unsafe link keeps its words, written inline or as a reference', async () => {
    expect(await render(harmfulMarkdown.javascriptLink)).toBe('<p>Kliko</p>');
    expect(await render(harmfulMarkdown.javascriptReference)).toBe('<p>Kliko</p>');
  });

  test('formatting, safe links and heading anchors stay', async () => {
    const html = await render('## Koalicioni {#coalition}\n\nTelefono [129](tel:129), lexo [këtu](/ndihme/) dhe [burimin](https://example.org/).');
    expect(html).toContain('<h2 id="coalition">Koalicioni</h2>');
    expect(html).toContain('<a href="tel:129">129</a>');
    expect(html).toContain('<a href="/ndihme/">këtu</a>');
    expect(html).toContain('<a href="https://example.org/">burimin</a>');
  });
});
