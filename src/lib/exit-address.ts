/**
 * Why an address cannot be where "Exit quickly" goes, in words an editor can act on, or
 * undefined when it is one of the neutral addresses offered. The exit must not itself leak or
 * mislead: https only, no user info (`https://sq.wikipedia.org@evil.example/` goes to
 * evil.example), no query or fragment (they can carry a tracking id), and one of a short list
 * of front pages — a page deeper in a neutral site could say what the visitor was reading.
 * @param allowed the neutral addresses, exactly as offered.
 * @example explainExitAddress('https://sq.wikipedia.org@evil.example/', ['https://sq.wikipedia.org/']) // 'The address hides another site…'
 */
export function explainExitAddress(value: unknown, allowed: readonly string[]): string | undefined {
  if (typeof value === 'string' && allowed.includes(value)) return undefined;
  const choose = `Choose one of the neutral addresses: ${allowed.join(', ')}`;
  if (typeof value !== 'string' || !URL.canParse(value)) return `Write a full address that starts with https://. ${choose}`;
  const url = new URL(value);
  if (url.protocol !== 'https:') return `The quick-exit address must start with https:// (this one starts with ${url.protocol}). ${choose}`;
  if (url.username || url.password) {
    return `The address hides another site: what comes before «@» is not where it goes (this one goes to ${url.host}). ${choose}`;
  }
  if (url.search || url.hash) return `The quick-exit address must have no «?…» or «#…» part: it can carry a tracking id. ${choose}`;
  return `${url.host}${url.pathname} is not one of the neutral addresses. ${choose}`;
}
