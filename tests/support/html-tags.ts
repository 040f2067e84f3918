/** One start tag of an HTML document: its name (lower case) and attributes (entities decoded). */
export interface HtmlTag {
  name: string;
  attributes: Record<string, string>;
}

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** `&amp;` → `&`, `&#39;` → `'`; an unknown entity is left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return entities[code.toLowerCase()] ?? whole;
  });
}

const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const tagPattern = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/**
 * The start tags of an HTML document, in order, for checks on the built site (links, ids,
 * alternates). Enough for well-formed generated HTML; comments and the text of scripts and
 * styles are skipped, so code that mentions `id="x"` is not mistaken for an element.
 * @example readTags('<a href="/x/?a=1&amp;b=2" hidden>').at(0) // { name: 'a', attributes: { href: '/x/?a=1&b=2', hidden: '' } }
 */
export function readTags(html: string): HtmlTag[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  return [...markup.matchAll(tagPattern)].map(([, name, rest = '']) => ({
    name: name!.toLowerCase(),
    attributes: Object.fromEntries(
      [...rest.matchAll(attributePattern)].map(([, key, double, single, bare]) => [key!.toLowerCase(), decodeEntities(double ?? single ?? bare ?? '')]),
    ),
  }));
}

/**
 * Every `id` in a document: the targets a `#fragment` link can point at.
 * @example readIds('<h2 id="rights">…</h2><main id="main">') // Set { 'rights', 'main' }
 */
export function readIds(html: string): Set<string> {
  return new Set(readTags(html).flatMap((tag) => (tag.attributes['id'] ? [tag.attributes['id']] : [])));
}

/** A link of a document: its target and the words it shows (tags dropped, entities decoded). */
export interface HtmlLink {
  href: string;
  text: string;
}

/**
 * The links of a document with the text a reader sees on each, for checks that a link does
 * what it says (a call link dials the number it shows).
 * @example readLinks('<a href="tel:129"><span>129</span> Policia</a>') // [{ href: 'tel:129', text: '129 Policia' }]
 */
export function readLinks(html: string): HtmlLink[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  return [...markup.matchAll(/<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a\s*>/gi)].map(([, attributes = '', inner = '']) => ({
    href: readTags(`<a${attributes}>`)[0]?.attributes['href'] ?? '',
    text: decodeEntities(inner.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim(),
  }));
}
