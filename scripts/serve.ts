/**
 * Serves the built site (`dist/`) on 127.0.0.1 the way a static host does: the headers
 * from `dist/_headers`, pretty URLs (`/ndihme/` → `ndihme/index.html`), `/404.html` for
 * missing pages, and brotli or gzip when the browser accepts it.
 *
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from './lib/headers-file.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } },
});
const root = resolve(values.dir);
const port = Number(values.port);
const host = '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to serve: ${root}/index.html is missing. Run "npm run build" first.`);
  process.exit(1);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;

function readHeaderRules() {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}
const rules = readHeaderRules();

/**
 * Compressed bodies by file, change time and encoding, as a host keeps them. Brotli's best
 * quality takes half a minute on the 5 MB CMS script, so big files get a faster level.
 */
type Body = ReturnType<typeof gzipSync>;
const compressed = new Map<string, Body>();
function compress(file: string, body: Body, encoding: 'br' | 'gzip'): Body {
  const key = `${file}:${statSync(file).mtimeMs}:${encoding}`;
  let result = compressed.get(key);
  if (!result) {
    const quality = body.length > 512 * 1024 ? 5 : constants.BROTLI_MAX_QUALITY;
    result = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }) : gzipSync(body);
    compressed.set(key, result);
  }
  return result;
}

/** The file for a URL path, or a redirect to the path with its trailing slash. */
function resolvePath(pathname: string): { file: string } | { redirect: string } | undefined {
  const candidate = normalize(join(root, decodeURIComponent(pathname)));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate };
  if (existsSync(join(candidate, 'index.html'))) {
    return pathname.endsWith('/') ? { file: join(candidate, 'index.html') } : { redirect: `${pathname}/` };
  }
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  const found = resolvePath(url.pathname);
  if (found && 'redirect' in found) {
    response.writeHead(301, { Location: found.redirect + url.search });
    response.end();
    return;
  }
  const file = found?.file ?? join(root, '404.html');
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { ...headersForPath(rules, url.pathname), 'Content-Type': type, Vary: 'Accept-Encoding' };
  if (!headers['Cache-Control']) headers['Cache-Control'] = 'no-cache';
  let body = readFileSync(file);
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (compressible.test(type)) {
    if (/\bbr\b/.test(accepts)) {
      body = compress(file, body, 'br');
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts)) {
      body = compress(file, body, 'gzip');
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(body.length);
  response.writeHead(found ? 200 : 404, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Shenjat is served at http://${host}:${port}/ (Ctrl+C to stop)`);
});
