import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decapPublicPath } from '../src/cms/paths.ts';

/**
 * The prebuilt Decap CMS (`decap-cms` package, with its own React) is one script that loads
 * its other chunks and WebAssembly files from beside itself. It is too big and too unusual to
 * go through Vite, so this copies those files as they are: served from node_modules by the dev
 * server, copied into `dist/admin/decap/` by the build.
 */
export function decapCms(): AstroIntegration {
  const source = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  // The main script, its numbered chunks, WebAssembly, and the licences they carry.
  const files = readdirSync(source).filter((name) => /^(\d+\.)?decap-cms\.js(\.LICENSE\.txt)?$|\.wasm$/.test(name));
  const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
  return {
    name: 'shenjat:decap-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(decapPublicPath, (request, response, next) => {
          const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
          if (!files.includes(name)) return next();
          response.setHeader('Content-Type', types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          response.end(readFileSync(join(source, name)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), decapPublicPath);
        mkdirSync(target, { recursive: true });
        for (const name of files) copyFileSync(join(source, name), join(target, name));
        if (!existsSync(join(target, 'decap-cms.js'))) throw new Error('decap-cms.js was not copied to /admin/decap/');
        logger.info(`Decap CMS: ${files.length} files copied to ${decapPublicPath}`);
      },
    },
  };
}
