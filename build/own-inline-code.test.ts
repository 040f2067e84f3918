import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { describe, expect, test } from 'vitest';
import { kindFilterCss } from '../src/features/services/filter-services.ts';
import { OwnInlineCode, isKindFilterCss, isMadeOf } from './own-inline-code.ts';

describe('isMadeOf', () => {
  const parts = new Set(['a{}', 'b{color:red}']);
  test.each([
    ['one part', 'a{}', true],
    ['two parts joined, as Astro joins a page\'s stylesheets', 'a{}b{color:red}', true],
    ['in another order, one repeated', 'b{color:red}a{}a{}', true],
    ['a part with something added', 'a{}body{display:none}', false],
    ['something before a part', '.x{}a{}', false],
    ['nothing', '', false],
  ])('%s', (_name, text, expected) => {
    expect(isMadeOf(text, parts)).toBe(expected);
  });
});

test("the services filter's generated style is own only as kindFilterCss writes it", () => {
  expect(isKindFilterCss(kindFilterCss(['shelter', 'police']))).toBe(true);
  expect(isKindFilterCss(`${kindFilterCss(['shelter'])}.hotline-bar{display:none}`)).toBe(false);
  expect(isKindFilterCss('.hotline-bar{display:none}')).toBe(false);
});

describe('OwnInlineCode', () => {
  test("knows Astro's island runtime, and the bundle's scripts and CSS once the plugin has seen them", () => {
    const own = new OwnInlineCode();
    expect(own.has({ kind: 'script', body: islandScript })).toBe(true);
    expect(own.has({ kind: 'style', body: ISLAND_STYLES })).toBe(true);
    expect(own.has({ kind: 'script', body: 'go()' })).toBe(false);
    const plugin = own.vitePlugin();
    const bundle = {
      'a.css': { type: 'asset', fileName: '_astro/a.css', source: '.a{color:red}\n/*$vite$:1*/' },
      'q.js': { type: 'chunk', fileName: '_astro/q.js', code: 'go()\n' },
    };
    const generateBundle = plugin.generateBundle as unknown as (this: unknown, options: unknown, bundle: unknown) => void;
    generateBundle.call({ environment: { name: 'ssr' } }, {}, { 's.js': { type: 'chunk', fileName: 'chunks/s.js', code: 'serverOnly()' } });
    expect(own.has({ kind: 'script', body: 'serverOnly()' })).toBe(false);
    generateBundle.call({ environment: { name: 'client' } }, {}, bundle);
    expect(own.has({ kind: 'script', body: 'go()' })).toBe(true);
    // Vite drops only its marker: the newline before it stays, in the bundle as in the page.
    expect(own.has({ kind: 'style', body: '.a{color:red}\n' })).toBe(true);
    expect(own.has({ kind: 'style', body: '.a{color:red}\n.hotline-bar{display:none}' })).toBe(false);
    expect(own.has({ kind: 'script', body: 'alert(document.domain)' })).toBe(false);
  });
});
