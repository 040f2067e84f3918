import { z } from 'astro/zod';

/**
 * The text of a one-off page (about, privacy…): `content/pages/<locale>/<route>.md`,
 * where `<route>` is the page's key in the URL contract (`src/i18n/routes.ts`).
 */
export const pageSchema = z.strictObject({
  /** The page title and its one h1. */
  title: z.string().trim().min(1),
  /** One sentence for search engines and link previews. */
  description: z.string().trim().min(1).max(200),
});

/** A page's front matter. */
export type Page = z.infer<typeof pageSchema>;
