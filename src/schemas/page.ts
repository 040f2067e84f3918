import { z } from 'astro/zod';
import { sourceList, titleText } from './common.ts';

/**
 * The text of a one-off page (about, privacy…): `content/pages/<locale>/<route>.md`,
 * where `<route>` is the page's key in the URL contract (`src/i18n/routes.ts`).
 */
export const pageSchema = z.strictObject({
  /** The page title and its one h1. */
  title: titleText,
  /** One sentence for search engines and link previews. */
  description: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ label: 'Përshkrimi', hint: 'Një fjali për motorët e kërkimit dhe për parapamjen e lidhjes.', multiline: true }),
  /**
   * Where the page's facts come from, listed under the text. Each section of the text names
   * its sources in a «Burimi:» line with their site names, e.g. `(state.gov)`.
   */
  sources: sourceList.optional(),
});

/** A page's front matter. */
export type Page = z.infer<typeof pageSchema>;
