// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentCheck } from './build/content-check.ts';
import { decapCms } from './build/decap-cms.ts';
import { markdownOptions } from './build/markdown-text-only.ts';
import { securityHeaders } from './build/security-headers.ts';
import { stylesToHead } from './build/styles-to-head.ts';
import { resolveSiteUrl } from './build/site-url.ts';

// The public address: QR codes, canonical links and the sitemap use it. Set SITE_URL to
// the production address when building for deployment (a Netlify or Cloudflare Pages build
// without it stops).
const site = resolveSiteUrl(process.env);

export default defineConfig({
  site,
  output: 'static',
  // Astro's default; `npm run bench:scale` sets ASTRO_CACHE_DIR so its builds of temporary
  // content (with --outDir) leave this cache, like content/ and dist/, as they were.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Each page carries its own CSS so the first round trip can paint it.
    inlineStylesheets: 'always',
  },
  // Content is text, not code: raw HTML in a .md file is shown as text, unsafe links lose
  // their target (build/markdown-text-only.ts); `## Title {#anchor}` keeps a fixed anchor.
  markdown: { processor: satteri(markdownOptions) },
  integrations: [
    // First: content that would dial a wrong number, replace an entry or carry code stops the build.
    contentCheck(),
    react(),
    // Not public pages: the CMS, and the page a phone shows with no data.
    sitemap({ filter: (page) => !/^\/(admin|offline)\//.test(new URL(page).pathname) }),
    // The CMS at /admin/ (not in the sitemap, not indexed).
    decapCms(),
    // Before the CSP hashes: a style Astro leaves in the body moves into the head (valid HTML).
    stylesToHead(),
    securityHeaders(),
  ],
});
