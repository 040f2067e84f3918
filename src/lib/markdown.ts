import { Marked, type Token, type Tokens } from 'marked';

/**
 * Content is text, not code: what an editor writes in Markdown can format words and link to
 * pages, never run, restyle or redirect a page. Raw HTML is shown as the text it is, a link
 * goes only to a page of the site, http(s), tel: or mailto:, and images are their alt text
 * (content carries no media). A heading keeps a fixed anchor with `## Title {#anchor}`.
 * The build renders `.md` files with the same rules (`build/markdown-text-only.ts`).
 */

/** The link schemes content may use; anything else with a scheme (javascript:, data:…) is refused. */
export const safeSchemes = ['http', 'https', 'tel', 'mailto'] as const;

const namedEntities: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/', quot: '"', apos: "'", lt: '<', gt: '>' };

/**
 * Whether a link target is safe to publish: a path on the site, an anchor, or an address with
 * one of `safeSchemes`. Read as a browser would: entities decoded, tabs, newlines and control
 * characters dropped (`java&#x09;script:` is `javascript:`).
 * @example isSafeHref('/ndihme/') // true
 * @example isSafeHref('JaVa&#09;script:alert(1)') // false
 */
export function isSafeHref(href: string): boolean {
  const decoded = href
    .replace(/&#x([\da-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => namedEntities[name.toLowerCase()] ?? whole)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const head = decoded.split(/[/?#]/, 1)[0] ?? '';
  // An entity left undecoded could still hide a colon from this check: refuse it.
  if (/&[a-z\d#]+;/i.test(head)) return false;
  const colon = head.indexOf(':');
  if (colon < 0) return true;
  return (safeSchemes as readonly string[]).includes(head.slice(0, colon).toLowerCase());
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `## Title {#anchor}`: the anchor at the end of a heading's text. */
const headingAnchor = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

const renderer = new Marked({
  async: false,
  gfm: true,
  walkTokens(token: Token) {
    if (token.type !== 'heading') return;
    const heading = token as Tokens.Heading & { anchor?: string };
    const match = headingAnchor.exec(heading.text);
    const last = heading.tokens.at(-1);
    if (!match || last?.type !== 'text') return;
    heading.anchor = match[1] ?? '';
    heading.text = heading.text.replace(headingAnchor, '');
    const text = last as Tokens.Text;
    text.text = text.text.replace(headingAnchor, '');
    text.raw = text.raw.replace(headingAnchor, '');
  },
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      return isSafeHref(href) ? false : this.parser.parseInline(tokens);
    },
    image({ text }) {
      return escapeHtml(text);
    },
    heading(token) {
      const { anchor } = token as Tokens.Heading & { anchor?: string };
      const inner = this.parser.parseInline(token.tokens);
      return `<h${token.depth}${anchor ? ` id="${anchor}"` : ''}>${inner}</h${token.depth}>\n`;
    },
  },
});

/**
 * Markdown from a content field (a self-check's intro and results, the danger panel) or a
 * CMS preview, as HTML that holds only text, formatting and safe links.
 * @example markdownToHtml('Telefono <script>x</script> [129](tel:129)') // '<p>Telefono &lt;script&gt;x&lt;/script&gt; <a href="tel:129">129</a></p>\n'
 */
export function markdownToHtml(markdown: string): string {
  return renderer.parse(markdown, { async: false });
}

/**
 * What the build and the CMS preview say about one piece of code found by `findMarkdownCode`.
 * @example textNotCode('HTML «<b>»') // 'Content is text, not code: remove HTML «<b>» (…)'
 */
export function textNotCode(found: string): string {
  return `Content is text, not code: remove ${found} (Markdown formatting and links to https://, tel: or mailto: are fine)`;
}

/** A short excerpt of code found in Markdown, for a message. */
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, ' ').trim();

/**
 * What in a Markdown text is code rather than text: raw HTML (a tag, a comment) and links or
 * images to anything but a safe address. The build refuses these, naming each one, so an
 * editor learns what to change instead of finding it shown as text.
 * @example findMarkdownCode('Hi <b>x</b> [y](javascript:z)') // ['HTML «<b>»', 'a link to «javascript:z»']
 */
export function findMarkdownCode(markdown: string): string[] {
  const found: string[] = [];
  const tokens = renderer.lexer(markdown);
  renderer.walkTokens(tokens, (token) => {
    // A closing tag alone needs no word of its own: its opening tag is named.
    if (token.type === 'html' && !/^\s*<\/[a-z][\w-]*\s*>\s*$/i.test(token.raw)) found.push(`HTML «${excerpt(token.raw)}»`);
    if (token.type === 'link' && !isSafeHref((token as Tokens.Link).href)) found.push(`a link to «${excerpt((token as Tokens.Link).href)}»`);
    if (token.type === 'image') found.push(`an image «${excerpt(token.raw)}» (content carries no images)`);
  });
  return found;
}
