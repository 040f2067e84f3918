/**
 * The benchmark's baseline: the same words as a built page, as a bare HTML document (no
 * stylesheet, no script, no class, no header or footer). PRODUCT.md asks the site to paint
 * within 15 % of such a page, so the benchmark serves one beside the real page and compares.
 * @example barePage('<html lang="sq"><title>T</title><main id="main"><h1 class="x">T</h1></main></html>')
 * // '<!doctype html><html lang="sq"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>T</title><h1>T</h1></html>'
 */
export function barePage(html: string): string {
  // Without an icon the browser asks for /favicon.ico, and the 404 page would count as the baseline's.
  const noFavicon = '<link rel="icon" href="data:,">';
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'sq';
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
  if (main === undefined) throw new Error('barePage: the page has no <main>');
  const body = main
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(?:class|style|data-[\w-]+)="[^"]*"/g, '');
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${noFavicon}<title>${title}</title>${body}</html>`;
}
