import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import idleDirective from 'astro/runtime/client/idle.prebuilt.js';
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import mediaDirective from 'astro/runtime/client/media.prebuilt.js';
import onlyDirective from 'astro/runtime/client/only.prebuilt.js';
import visibleDirective from 'astro/runtime/client/visible.prebuilt.js';
import type { Plugin } from 'vite';
import { kindFilterCss } from '../src/features/services/filter-services.ts';
import { serviceKinds } from '../src/schemas/service.ts';
import type { InlineCode } from './csp-hashes.ts';

/**
 * The inline code the site's own components emit, learnt from the build itself rather than
 * from the pages: Astro inlines a component's `<style>` (the CSS files Vite builds, all of
 * them with `inlineStylesheets: 'always'`) and a small `<script>` (a client chunk's code,
 * trimmed), and adds its island runtime. Whatever inline script or style a page holds beyond
 * these came from somewhere else — content — and the build refuses it instead of hashing it.
 * Astro joins a page's stylesheets into one `<style>` (`mergeInlineCss`), so a style is own
 * when it is made of own stylesheets end to end.
 */
export class OwnInlineCode {
  readonly scripts = new Set<string>([islandScript, idleDirective, loadDirective, mediaDirective, onlyDirective, visibleDirective]);
  readonly styles = new Set<string>([ISLAND_STYLES]);

  /** Whether a page's inline script or style is the site's own. */
  has(code: InlineCode): boolean {
    if (code.kind === 'script') return this.scripts.has(code.body) || this.scripts.has(code.body.trim());
    return isMadeOf(code.body, this.styles) || isKindFilterCss(code.body);
  }

  /**
   * A Vite plugin that records the CSS files and client scripts of the build as they are
   * written, before Astro inlines them and drops them from the bundle (`enforce: 'pre'`
   * runs this first; by then Vite has minified them, but not yet removed the marker it
   * appends to each CSS file, which this removes as Vite does).
   */
  vitePlugin(): Plugin {
    const own = this;
    return {
      name: 'shenjat:own-inline-code',
      enforce: 'pre',
      generateBundle(_options, bundle) {
        // Scripts only from the browser's bundle; CSS from any (Astro collects it in the server build).
        const browser = this.environment.name === 'client';
        for (const output of Object.values(bundle)) {
          if (output.type === 'asset' && output.fileName.endsWith('.css') && typeof output.source === 'string') {
            const css = output.source.replace(viteCssMarker, '');
            if (css) own.styles.add(css);
          }
          if (output.type === 'chunk' && browser) own.scripts.add(output.code.trim());
        }
      },
    };
  }
}

/** The marker Vite appends to a CSS file while it builds (`/*$vite$:1*\/`) and removes at the end. */
const viteCssMarker = /\/\*\$vite\$:\d+\*\//;

/**
 * Whether a text is some of the given parts one after another, nothing else (each part may
 * appear any number of times, in any order).
 * @example isMadeOf('a{}b{}', new Set(['a{}', 'b{}'])) // true
 */
export function isMadeOf(text: string, parts: ReadonlySet<string>): boolean {
  if (text === '') return false;
  const reachable = new Set([0]);
  for (let start = 0; start < text.length; start += 1) {
    if (!reachable.has(start)) continue;
    for (const part of parts) if (part && text.startsWith(part, start)) reachable.add(start + part.length);
  }
  return reachable.has(text.length);
}

/**
 * The services page's own generated `<style>` (its no-JavaScript filter): one rule per kind
 * of service, each made by `kindFilterCss` from the list of kinds in the schema — never from
 * text an editor writes.
 */
export function isKindFilterCss(css: string): boolean {
  const kinds = serviceKinds.filter((kind) => css.includes(kindFilterCss([kind])));
  return kinds.length > 0 && css === kindFilterCss(kinds);
}
