import { expect, test } from 'vitest';
import { listJsImports } from './js-imports.ts';

test.each([
  ['a minified static import', 'import{n as e,t}from"./react.LiK99acA.js";var n=t();', ['./react.LiK99acA.js']],
  ['an import for its side effects', 'import"./a.js";import \'../b.js\'', ['./a.js', '../b.js']],
  ['a dynamic import with a template string', 'await import(`/pagefind/pagefind.js`)', ['/pagefind/pagefind.js']],
  ['re-exports', 'export{a}from"./c.js"', ['./c.js']],
  ['no import at all', 'var from="x";document.querySelector(`[data-quick-exit]`)', []],
  ['a package name, which built code never has', 'import"react"', []],
])('finds %s', (_name, code, expected) => {
  expect(listJsImports(code)).toEqual(expected);
});
