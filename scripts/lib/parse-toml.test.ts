import { describe, expect, test } from 'vitest';
import { parseToml } from './parse-toml.ts';

describe('parseToml', () => {
  test('reads tables, nested tables, texts and comments', () => {
    const text = ['# the build', '[build]', '  command = "npm run build" # how', '  publish = "dist"', '', '[build.environment]', 'NODE_VERSION = "24"', 'QUOTE = "a \\"b\\" \\\\ c"'].join('\n');
    expect(parseToml(text)).toEqual({ build: { command: 'npm run build', publish: 'dist', environment: { NODE_VERSION: '24', QUOTE: 'a "b" \\ c' } } });
  });

  test.each([
    ['a number', 'x = 24', /line 1: expected/],
    ['a text in single quotes', "x = 'a'", /line 1: expected/],
    ['an unclosed text', 'x = "a', /line 1: expected/],
    ['a key set twice', 'x = "a"\nx = "b"', /line 2: "x" is set twice/],
    ['a table defined twice', '[a]\n[a]', /line 2: table \[a\] is defined twice/],
    ['a table over a text', 'a = "x"\n[a.b]', /line 2: \[a.b\] names a text/],
    ['a broken table', '[a', /line 1: expected/],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseToml(text)).toThrow(message);
  });
});
