import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { collectInlineHashes, cspHash, fillHashPlaceholders } from './csp-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('cspHash', () => {
  test('hashes the exact text, whitespace included', () => {
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(cspHash(' alert(1)')).not.toBe(cspHash('alert(1)'));
  });
});

describe('collectInlineHashes', () => {
  test('collects inline scripts and styles, skips external and JSON scripts, dedupes across pages', () => {
    const page = `<head><style>a{color:red}</style><script type="module">go()</script>
      <script src="/x.js"></script><script type="application/json">{"a":1}</script></head>`;
    const other = `<script>go()</script><script>
stop()
</script>`;
    expect(collectInlineHashes([page, other])).toEqual({
      scripts: [sha('go()'), sha('\nstop()\n')].sort(),
      styles: [sha('a{color:red}')],
    });
  });

  test('a page without inline code yields no hashes', () => {
    expect(collectInlineHashes(['<p>hello</p><script src="/a.js"></script>'])).toEqual({ scripts: [], styles: [] });
  });
});

describe('fillHashPlaceholders', () => {
  test('puts hashes where the placeholders stand', () => {
    const template = "script-src 'self' {{inline-script-hashes}}; style-src 'self' {{inline-style-hashes}}";
    expect(fillHashPlaceholders(template, { scripts: ["'sha256-a'", "'sha256-b'"], styles: ["'sha256-c'"] })).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'",
    );
  });

  test('refuses a template without placeholders', () => {
    expect(() => fillHashPlaceholders("script-src 'self'", { scripts: [], styles: [] })).toThrow(/placeholder/);
  });
});
