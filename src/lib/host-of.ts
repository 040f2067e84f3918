/**
 * The site name of a web address for a link text, or the text itself when it is not (yet) a
 * valid address — the CMS preview renders what an editor is still typing.
 * @example hostOf('https://www.example.org/page') // 'example.org'
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
