import { expect, test } from 'vitest';
import { barePage } from './bare-page.ts';

const built = `<!doctype html><html lang="en" class="no-js"><head><title>Signs | Shenjat</title><style>body{color:red}</style>
<script>quickExit()</script></head><body><header class="site">Menu</header>
<main id="main" data-pagefind-body><h1 class="title">Signs</h1><!-- note --><p style="x">Words <a href="/en/help/" data-x="1">help</a></p>
<script type="module" src="/_astro/a.js"></script><svg viewBox="0 0 1 1"><path d="M0"/></svg></main><footer>Foot</footer></body></html>`;

test('keeps the title, the language and the words of <main>, and nothing that styles or runs', () => {
  const bare = barePage(built);
  expect(bare).toContain('<html lang="en">');
  expect(bare).toContain('<title>Signs | Shenjat</title>');
  expect(bare, 'no /favicon.ico request to weigh').toContain('<link rel="icon" href="data:,">');
  expect(bare).toContain('<h1>Signs</h1>');
  expect(bare).toContain('<p>Words <a href="/en/help/">help</a></p>');
  for (const gone of ['<script', '<style', 'class=', 'data-', 'style=', '<svg', 'Menu', 'Foot', 'note']) expect(bare).not.toContain(gone);
});

test('a page without <main> is an error, not an empty baseline', () => {
  expect(() => barePage('<html><body><p>x</p></body></html>')).toThrow(/no <main>/);
});
