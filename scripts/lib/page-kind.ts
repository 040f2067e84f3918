import { matchRoute } from '../../src/i18n/routes.ts';
import { isSelfCheckRoute } from '../../src/features/self-check/self-checks.ts';

/**
 * Which budgets a page answers to: a self-check page hydrates its check, the search page
 * loads Pagefind, the CMS (`/admin/`) is for editors at a desk and answers to none, and
 * every other page is a content page that loads no JavaScript file.
 */
export type PageKind = 'content' | 'self-check' | 'search' | 'editor';

/**
 * The kind of a built page, from its path.
 * @example getPageKind('/en/self-check/job-offer/') // 'self-check'
 */
export function getPageKind(pathname: string): PageKind {
  if (/^\/admin(\/|$)/.test(pathname)) return 'editor';
  const match = matchRoute(pathname);
  if (match && !match.slug && isSelfCheckRoute(match.key)) return 'self-check';
  if (match?.key === 'search' && !match.slug) return 'search';
  return 'content';
}
