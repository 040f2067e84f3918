import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cspHash, fillCmsBackend, fillHashPlaceholders, hashInlineCode, readInlineCode } from './csp-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('cspHash', () => {
  test('hashes the exact text, whitespace included', () => {
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(cspHash(' alert(1)')).not.toBe(cspHash('alert(1)'));
  });
});

describe('readInlineCode and hashInlineCode', () => {
  test('read inline scripts and styles, skip external and JSON scripts, hash each once', () => {
    const page = `<head><style>a{color:red}</style><script type="module">go()</script>
      <script src="/x.js"></script><script type="application/json">{"a":1}</script></head>`;
    const other = `<script>go()</script><script>
stop()
</script>`;
    const code = [...readInlineCode(page), ...readInlineCode(other)];
    expect(code).toEqual([
      { kind: 'script', body: 'go()' },
      { kind: 'style', body: 'a{color:red}' },
      { kind: 'script', body: 'go()' },
      { kind: 'script', body: '\nstop()\n' },
    ]);
    expect(hashInlineCode(code)).toEqual({ scripts: [sha('go()'), sha('\nstop()\n')].sort(), styles: [sha('a{color:red}')] });
  });

  test('a page without inline code yields no hashes', () => {
    expect(hashInlineCode(readInlineCode('<p>hello</p><script src="/a.js"></script>'))).toEqual({ scripts: [], styles: [] });
  });
});

describe('fillHashPlaceholders', () => {
  test('puts hashes where the placeholders stand', () => {
    const template = "script-src 'self' {{inline-script-hashes}}; style-src 'self' {{inline-style-hashes}}";
    expect(fillHashPlaceholders(template, { scripts: ["'sha256-a'", "'sha256-b'"], styles: ["'sha256-c'"] })).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'",
    );
  });

  test('refuses a template without placeholders, unless told a policy may have none', () => {
    expect(() => fillHashPlaceholders("script-src 'self'", { scripts: [], styles: [] })).toThrow(/placeholder/);
    expect(fillHashPlaceholders("script-src 'self'", { scripts: ["'sha256-a'"], styles: [] }, { required: false })).toBe("script-src 'self'");
  });
});

describe("fillCmsBackend: /admin/ connects to 127.0.0.1 only in a build for npm run cms", () => {
  const template = readFileSync('public/_headers', 'utf8');
  const adminPolicy = (text: string) => /^\/admin\/\*[\s\S]*?Content-Security-Policy: (.+)$/m.exec(text)?.[1] ?? '';

  test('a production build (no DECAP_SERVER_PORT) allows no local address', () => {
    const policy = adminPolicy(fillCmsBackend(template, undefined));
    expect(policy).toContain("connect-src 'self' https://api.github.com;");
    expect(policy).not.toMatch(/127\.0\.0\.1|localhost|\{\{/);
  });

  test('a build for the local CMS allows decap-server on its port, and nothing else local', () => {
    const policy = adminPolicy(fillCmsBackend(template, '8081'));
    expect(policy).toContain("connect-src 'self' https://api.github.com http://127.0.0.1:8081;");
    expect(policy).not.toMatch(/localhost|127\.0\.0\.1:\*/);
  });

  test('refuses a port that is not a number, and a template without the placeholder', () => {
    expect(() => fillCmsBackend(template, '8081 https://evil.example')).toThrow(/port number/);
    expect(() => fillCmsBackend("connect-src 'self'", undefined)).toThrow(/placeholder/);
  });
});
