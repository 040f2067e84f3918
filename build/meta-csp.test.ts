import { describe, expect, test } from 'vitest';
import { insertMetaPolicy, toMetaPolicy } from './meta-csp.ts';

describe('toMetaPolicy', () => {
  test('drops what a meta policy cannot carry and keeps the rest as it is', () => {
    expect(toMetaPolicy("default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'none'; report-uri /r; sandbox; form-action 'self'")).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a'; form-action 'self'",
    );
  });
});

describe('insertMetaPolicy', () => {
  test('puts the policy right after <meta charset>, before any style or script', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><style>a{}</style></head><body></body></html>';
    expect(insertMetaPolicy(html, "default-src 'self'")).toBe(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><style>a{}</style></head><body></body></html>',
    );
  });

  test('without <meta charset>, first in <head>; the policy is escaped for its attribute', () => {
    expect(insertMetaPolicy('<html><head lang="sq"><title>x</title></head>', 'a "b" & c')).toBe(
      '<html><head lang="sq"><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c"><title>x</title></head>',
    );
  });

  test('refuses a page without <head>', () => {
    expect(() => insertMetaPolicy('<p>x</p>', "default-src 'self'")).toThrow(/<head>/);
  });
});
