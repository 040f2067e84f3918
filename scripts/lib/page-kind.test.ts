import { expect, test } from 'vitest';
import { getPageKind } from './page-kind.ts';

test.each([
  ['/', 'content'],
  ['/en/help/services/', 'content'],
  ['/shenjat/mite-dhe-fakte/', 'content'],
  ['/vetekontroll/', 'content'],
  ['/vetekontroll/oferta-pune/', 'self-check'],
  ['/en/self-check/someone-else/', 'self-check'],
  ['/kerko/', 'search'],
  ['/en/search/', 'search'],
  ['/kjo-faqe-nuk-ekziston/', 'content'],
  ['/admin/', 'editor'],
  ['/administrata/', 'content'],
] as const)('%s is a %s page', (path, kind) => {
  expect(getPageKind(path)).toBe(kind);
});
