/**
 * Markup no page of the site should hold besides inline code: elements that embed another
 * page or redirect this one, event attributes, and links or sources with a scheme that runs
 * code. The site's components emit none of them; content cannot either (its Markdown is text,
 * `src/lib/markdown.ts`). If one appears in `dist/`, something let content through: the
 * build stops with the page and a snippet.
 */

/** Elements that load or embed something else, or change where the page goes. */
const embedding = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
/** Attributes that hold an address the browser follows or loads. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'ping', 'background']);
/** Schemes a link or source may use; relative addresses have none. */
const safeScheme = /^(?:https?|tel|mailto):/i;

const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const decode = (value: string) =>
  value
    .replace(/&#x([\da-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');

/**
 * What is dangerous in a page, each as a short description with the tag, e.g.
 * `<meta http-equiv="refresh" …>` or `an event attribute onerror in <img …>`.
 * @example findDangerousMarkup('<img src="x" onerror="alert(1)">') // ['an event attribute onerror in <img src="x" onerror="alert(1)">']
 */
export function findDangerousMarkup(html: string): string[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const found: string[] = [];
  for (const [tag, rawName = '', rest = ''] of markup.matchAll(tagPattern)) {
    const name = rawName.toLowerCase();
    const snippet = tag.length > 120 ? `${tag.slice(0, 117)}…` : tag;
    const attributes = [...rest.matchAll(attributePattern)].map(([, key = '', double, single, bare]) => [key.toLowerCase(), decode(double ?? single ?? bare ?? '')] as const);
    if (embedding.has(name)) found.push(`an element that embeds or redirects: ${snippet}`);
    for (const [key, value] of attributes) {
      if (name === 'meta' && key === 'http-equiv' && value.toLowerCase() !== 'content-security-policy') found.push(`a meta http-equiv="${value}": ${snippet}`);
      if (/^on[a-z]+$/.test(key)) found.push(`an event attribute ${key} in ${snippet}`);
      if (key === 'srcdoc') found.push(`an embedded page (srcdoc) in ${snippet}`);
      // eslint-disable-next-line no-control-regex
      const address = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      if (urlAttributes.has(key) && /^[a-z][a-z\d+.-]*:/i.test(address) && !safeScheme.test(address)) found.push(`a ${key} to «${address.slice(0, 40)}» in ${snippet}`);
    }
  }
  return found;
}
