import { expect, test } from 'vitest';
import { findDangerousMarkup } from './dangerous-markup.ts';

test.each([
  ['a redirect', '<meta http-equiv="refresh" content="5;url=https://evil.example/">', /meta http-equiv="refresh"/],
  ['an event attribute', '<img src="x" onerror="alert(1)">', /event attribute onerror/],
  ['an event attribute in capitals, unquoted', '<p ONCLICK=go()>', /event attribute onclick/],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>', /embeds or redirects: <iframe/],
  ['an object', '<object data="x.swf"></object>', /embeds or redirects: <object/],
  ['a base that moves every link', '<base href="https://evil.example/">', /embeds or redirects: <base/],
  ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /a href to «javascript:alert\(1\)»/],
  ['a javascript: link hidden by entities and a tab', '<a href="java&#x09;script&colon;alert(1)">x</a>', /a href to «javascript:alert\(1\)»/],
  ['a data: source', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', /a src to «data:/],
  ['a form sending elsewhere by script', '<form action="javascript:go()">', /a action to «javascript:go\(\)»/],
  ['an embedded page', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', /srcdoc/],
])('finds %s', (_name, html, found) => {
  expect(findDangerousMarkup(html).join('\n')).toMatch(found);
});

test("the site's own kinds of markup pass: its CSP meta, links, call links, forms, code in scripts", () => {
  const page = `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><meta name="referrer" content="no-referrer"></head>
    <a href="/ndihme/">x</a><a href="tel:+355692345678">x</a><a href="mailto:a@b.al">x</a><a href="https://example.org/">x</a><a href="#main">x</a>
    <form action="/kerko/" method="get"><input name="q"></form>
    <script type="module">el.setAttribute('onclick', 'x'); location.href = "javascript:void 0"</script><!-- <iframe> in a comment -->
    <astro-island props="{&quot;bodyHtml&quot;:&quot;&lt;p onclick=x&gt;&quot;}"></astro-island>`;
  expect(findDangerousMarkup(page)).toEqual([]);
});
