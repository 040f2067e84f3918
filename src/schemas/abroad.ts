import { z } from 'astro/zod';
import { checkShownNumber, countryCode, hotlineList, localizedText, telSchema, unverifiedNote, verifiedFields } from './common.ts';

/** Help for Albanians in one country: `content/abroad/<country>.yaml`. */
export const abroadSchema = z.strictObject({
  /** The country's name. */
  country: localizedText.meta({ label: 'Shteti' }),
  /** Two-letter country code. */
  countryCode,
  /** The general emergency number there. */
  emergency: z
    .strictObject({
      /** The number as people read it there ("112"). */
      number: z
        .string()
        .trim()
        .min(2)
        .meta({ label: 'Numri siç lexohet', hint: 'Me hapësira, si e shkruajnë njerëzit: «116 117».' }),
      /** The number as dialled. */
      tel: telSchema,
    })
    .superRefine((emergency, ctx) => checkShownNumber(emergency.number, emergency.tel, ['number'], ctx))
    .meta({ label: 'Numri i emergjencës atje' }),
  /** Hotline ids (hotlines with this country as scope), best first. */
  hotlines: hotlineList.default([]),
  /** How the Albanian embassy or consulate can help there. */
  consulate: localizedText.meta({ label: 'Si ndihmon ambasada ose konsullata', multiline: true }),
  /** What is not known about help in this country. */
  unverifiedNote: unverifiedNote.optional(),
  ...verifiedFields,
});

/** An abroad entry as written in content. */
export type Abroad = z.infer<typeof abroadSchema>;
