import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales.ts';
import { telPattern } from '../lib/tel.ts';

/**
 * One value per site language, e.g. `{ sq: 'Falas', en: 'Free' }`.
 * Used for data entries (hotlines, services, self-checks) whose facts must not differ
 * between languages: the text is translated, the number is written once.
 */
export function localized<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(locales.map((locale) => [locale, schema])) as Record<Locale, T>;
  return z.strictObject(shape);
}

/** A required, non-empty text in every language. */
export const localizedText = localized(z.string().trim().min(1, 'Write this text; it cannot be empty'));

/**
 * A number as dialled: E.164 for full numbers (`+355…`), or a short national code such as
 * `112` or `116117`, which has no E.164 form and is dialled as it is.
 */
export const telSchema = z
  .string()
  .regex(telPattern, 'Phone number must be in +355… form (E.164, no spaces) or a short code such as 112');

/** Confidence tags of `shared/reference/albania-facts.md`, carried with each source. */
export const confidenceTags = ['C2', 'S1', 'OLD', 'SEC', 'INF', '?'] as const;

/** Where a fact comes from, so an editor can check it again. */
export const sourceSchema = z.strictObject({
  /** Address of the page or document the fact was taken from. */
  url: z.url({ error: 'Source must be a full web address (https://…)' }),
  /** The source's own date or year as it gives it ("Jul 2023", "undated"). */
  date: z.string().trim().min(1),
  /** How far the fact is confirmed, with the reference's tags. */
  confidence: z.array(z.enum(confidenceTags)).min(1),
});

/** A calendar date written `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: 'Date must be written YYYY-MM-DD' });

/** Fields every fact-bearing entry carries: when it was last checked and against what. */
export const verifiedFields = {
  /** The day an editor last checked these facts against the sources. */
  lastVerified: isoDate,
  /** The sources the facts were checked against; at least one. */
  sources: z.array(sourceSchema).min(1, 'Give at least one source'),
};

/**
 * The id of a hotline (its file name in `content/hotlines/`, e.g. `police`). The build
 * checks that it exists; `references` tells the CMS to offer a choice of hotlines.
 */
export const hotlineId = z.string().min(1).meta({ references: 'hotlines' });

/** Two-letter country code (ISO 3166-1 alpha-2), e.g. `GB`. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'Country must be a two-letter code such as GB or IT');
