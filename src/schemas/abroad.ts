import { z } from 'astro/zod';
import { countryCode, hotlineId, localizedText, telSchema, verifiedFields } from './common.ts';

/** Help for Albanians in one country: `content/abroad/<country>.yaml`. */
export const abroadSchema = z.strictObject({
  /** The country's name. */
  country: localizedText,
  /** Two-letter country code. */
  countryCode,
  /** The general emergency number there. */
  emergency: z.strictObject({ number: z.string().trim().min(2), tel: telSchema }),
  /** Hotline ids (hotlines with this country as scope), best first. */
  hotlines: z.array(hotlineId).default([]),
  /** How the Albanian embassy or consulate can help there. */
  consulate: localizedText,
  /** What is not known about help in this country. */
  unverifiedNote: localizedText.optional(),
  ...verifiedFields,
});

/** An abroad entry as written in content. */
export type Abroad = z.infer<typeof abroadSchema>;
