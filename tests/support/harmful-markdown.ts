/**
 * Markdown that tries to be code, as the security review wrote it and a few more ways to say
 * the same: each must come out as harmless text. Shared by the renderers' tests and the
 * bad-content fixtures.
 */
export const harmfulMarkdown = {
  script: 'Telefono 129. <script>alert(document.domain)</script>',
  style: '<style>.hotline-bar{display:none}</style>\n\nTeksti.',
  metaRefresh: '<meta http-equiv="refresh" content="5;url=https://evil.example/">',
  onerror: 'Një foto <img src="x" onerror="alert(1)"> këtu.',
  iframe: '<iframe src="https://evil.example/"></iframe>',
  object: '<object data="https://evil.example/x.swf"></object>',
  javascriptLink: '[Kliko](javascript:alert(1))',
  encodedJavascriptLink: '[Kliko](JaVa&#09;script&colon;alert(1))',
  javascriptAutolink: '<javascript:alert(2)>',
  dataLink: '[Kliko](data:text/html,<script>alert(1)</script>)',
  javascriptReference: '[Kliko][x]\n\n[x]: javascript:alert(3)',
  image: '![foto](https://evil.example/pixel.png)',
  imageReference: '![foto][p]\n\n[p]: https://evil.example/pixel.png',
  comment: 'Tekst <!-- <script>alert(4)</script> --> tekst.',
} as const;

/**
 * What would be harm in rendered HTML: an element that runs, restyles, redirects or embeds, an
 * event attribute, or a link or source with a scheme other than http(s), tel or mailto.
 * @example findHarm('<p onclick="x">') // ['an event attribute «onclick=»']
 */
export function findHarm(html: string): string[] {
  const harm: string[] = [];
  for (const [tag] of html.matchAll(/<(script|style|meta|iframe|object|embed|img|link|base|form|svg|math|frame)\b/gi)) harm.push(`an element «${tag}»`);
  for (const [tag] of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) harm.push(`an event attribute in «${tag}»`);
  for (const [, url] of html.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?([^"'\s>]*)/gi)) {
    if (/^\s*[a-z][a-z\d+.-]*:/i.test(url ?? '') && !/^\s*(?:https?|tel|mailto):/i.test(url ?? '')) harm.push(`a link to «${url}»`);
  }
  return harm;
}
