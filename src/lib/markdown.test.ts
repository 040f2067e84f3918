import { describe, expect, test } from 'vitest';
import { findHarm, harmfulMarkdown } from '../../tests/support/harmful-markdown.ts';
import { findMarkdownCode, isSafeHref, markdownToHtml } from './markdown.ts';

describe('isSafeHref', () => {
  test.each(['/ndihme/', '#rights', 'rights/', 'https://example.org/a?b=c', 'http://example.org', 'tel:129', 'TEL:+355692345678', 'mailto:a@b.al', '//example.org/'])(
    'accepts %s',
    (href) => {
      expect(isSafeHref(href)).toBe(true);
    },
  );

  test.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'JaVa&#09;script:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&unknown;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses %s', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe('markdownToHtml: text, formatting and safe links only', () => {
  test.each(Object.entries(harmfulMarkdown))('%s leaves no harm in the HTML', (_name, markdown) => {
    expect(findHarm(markdownToHtml(markdown))).toEqual([]);
  });

  test('raw HTML is shown as the text it is, so an editor sees it in the preview', () => {
    expect(markdownToHtml(harmfulMarkdown.script)).toBe('<p>Telefono 129. &lt;script&gt;alert(document.domain)&lt;/script&gt;</p>\n');
  });

  test('an unsafe link keeps its words and loses its target; safe links stay links', () => {
    expect(markdownToHtml('[Kliko](javascript:alert(1)) [129](tel:129) [faqja](/ndihme/) [burimi](https://example.org/)')).toBe(
      '<p>Kliko <a href="tel:129">129</a> <a href="/ndihme/">faqja</a> <a href="https://example.org/">burimi</a></p>\n',
    );
  });

  test('Markdown formatting stays: emphasis, lists, headings with a fixed anchor', () => {
    expect(markdownToHtml('## Koalicioni {#coalition}\n\n- **Po**, *ndoshta*')).toBe('<h2 id="coalition">Koalicioni</h2>\n<ul>\n<li><strong>Po</strong>, <em>ndoshta</em></li>\n</ul>\n');
  });
});

describe('findMarkdownCode names what is code, for the build to refuse', () => {
  test.each([
    ['script', harmfulMarkdown.script, ['HTML «<script>»']],
    ['style', harmfulMarkdown.style, ['HTML «<style>.hotline-bar{display:none}</style>»']],
    ['metaRefresh', harmfulMarkdown.metaRefresh, ['HTML «<meta http-equiv="refresh" content="5;url=https://evil.ex…»']],
    ['onerror', harmfulMarkdown.onerror, ['HTML «<img src="x" onerror="alert(1)">»']],
    ['javascriptLink', harmfulMarkdown.javascriptLink, ['a link to «javascript:alert(1)»']],
    ['javascriptAutolink', harmfulMarkdown.javascriptAutolink, ['a link to «javascript:alert(2)»']],
    ['javascriptReference', harmfulMarkdown.javascriptReference, ['a link to «javascript:alert(3)»']],
    ['image', harmfulMarkdown.image, ['an image «![foto](https://evil.example/pixel.png)» (content carries no images)']],
  ])('%s', (_name, markdown, found) => {
    expect(findMarkdownCode(markdown)).toEqual(found);
  });

  test('every harmful sample is found', () => {
    for (const markdown of Object.values(harmfulMarkdown)) expect(findMarkdownCode(markdown), markdown).not.toEqual([]);
  });

  test('plain Markdown, anchors on headings and code spans are text', () => {
    expect(findMarkdownCode('## Titulli {#anchor}\n\nTelefono **129** ose [116 117](tel:116117). Shkruaj `<script>` si tekst.\n\n> Citim')).toEqual([]);
  });
});
