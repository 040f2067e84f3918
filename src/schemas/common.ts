import { z } from 'astro/zod';
import { defaultLocale, localeSettings, locales, type Locale } from '../i18n/locales.ts';
import { elements, strengths } from '../lib/indicators.ts';
import { findMarkdownCode, textNotCode } from '../lib/markdown.ts';
import { shownMatchesTel, telPattern } from '../lib/tel.ts';

/**
 * What the CMS shows for a field, written on the field itself with `.meta({ label, hint })`
 * and read by `src/cms/`. Albanian, for editors at NGOs and state offices: neutral or «ju»
 * form (shared/ALBANIAN.md). A field without a label fails a test (`src/cms/decap-fields.test.ts`).
 */
export interface EditorMeta {
  /** The field's name in the form, e.g. «Numri për thirrje». */
  label?: string;
  /** One line under the label: what to write, or what never to write. */
  hint?: string;
  /** A list's word for one item, as in «Add burim». */
  singular?: string;
  /** Several lines of plain text rather than one. */
  multiline?: boolean;
  /** Markdown with a formatting toolbar. */
  markdown?: boolean;
  /** The error shown when the text does not have the required form. */
  patternMessage?: string;
  /** The label of each choice, by value, for choices the site itself does not name. */
  choices?: Record<string, string>;
  /** The value is the id of an entry of this collection; the CMS offers a choice of them. */
  references?: string;
}

// Types `.meta({ … })` on every schema: zod keeps metadata in its global registry.
declare module 'zod/v4/core' {
  interface GlobalMeta extends EditorMeta {}
}

/**
 * How the CMS names each language's box of a `{ sq, en }` text: in the language itself, and
 * in Albanian when that differs («Shqip», «English (anglisht)»), from `locales.ts`.
 */
function languageLabel(locale: Locale): string {
  const { name, albanianName } = localeSettings[locale];
  return name.toLowerCase() === albanianName ? name : `${name} (${albanianName})`;
}

/** A text an editor writes: never empty or blank. */
const nonEmptyText = z.string().trim().min(1, 'Write this text; it cannot be empty');

/** The Albanian text, which every localized text needs. */
const albanianText = z
  .string({ error: 'Write the Albanian text (sq): every text needs it, other languages may follow' })
  .trim()
  .min(1, 'Write this text; it cannot be empty');

/**
 * One value per site language, e.g. `{ sq: 'Falas', en: 'Free' }`, for data entries (hotlines,
 * services, self-checks, settings) whose facts must not differ between languages: the text is
 * translated, the number is written once. Only Albanian is required: a language may be added
 * before its translations, and a missing one is shown in Albanian, marked as such (`pickText`
 * in `src/i18n/localized.ts`), so a hotline's name is never left out. A key that is no site
 * language (`it:` before Italian is added, a typo) is refused.
 */
export function localized<T extends z.ZodType>(schema: T, albanian: z.ZodType = schema) {
  const shape = Object.fromEntries(
    locales.map((locale) => {
      const label = { label: languageLabel(locale) };
      return [locale, locale === defaultLocale ? albanian.meta(label) : schema.meta(label).optional()];
    }),
  ) as { [defaultLocale]: T } & { [L in Exclude<Locale, typeof defaultLocale>]: z.ZodOptional<T> };
  return z.strictObject(shape);
}

/** A text in every language: Albanian required, the others may follow; none blank. */
export const localizedText = localized(nonEmptyText, albanianText);

/**
 * A Markdown text in every language (a self-check's intro, results and danger panel):
 * formatting and links to the site, http(s), tel: or mailto:, never HTML, which could run
 * or restyle the page. Each piece of code found is named.
 */
export const markdownText = localized(
  z
    .string()
    .trim()
    .min(1, 'Write this text; it cannot be empty')
    .superRefine((text, ctx) => {
      for (const found of findMarkdownCode(text)) {
        ctx.addIssue({ code: 'custom', message: textNotCode(found) });
      }
    }),
);

/**
 * A number as dialled: E.164 for full numbers (`+355…`), or a short national code such as
 * `112` or `116117`, which has no E.164 form and is dialled as it is.
 */
export const telSchema = z
  .string()
  .regex(telPattern, 'Phone number must be in +355… form (E.164, no spaces) or a short code such as 112')
  .meta({
    label: 'Numri për thirrje',
    hint: 'Pa hapësira: +355… për numrat e plotë, ose numri i shkurtër si 112.',
    patternMessage: 'Shkruani numrin si +355691234567 (pa hapësira), ose një numër të shkurtër si 112',
  });

/**
 * Adds a problem at `path` when the number people read does not dial the digits of `tel`:
 * the call button dials `tel`, so the two must be one number (`116 117` and `116117`).
 */
export function checkShownNumber(shown: string, tel: string, path: Array<string | number>, ctx: z.RefinementCtx): void {
  if (!telPattern.test(tel) || shownMatchesTel(shown, tel)) return;
  ctx.addIssue({
    code: 'custom',
    path,
    message: `The number as read («${shown}») and the number dialled (${tel}) are not the same digits: the call button would dial another number. Correct the one that is wrong`,
  });
}

/** Confidence tags of `shared/reference/albania-facts.md`, carried with each source. */
export const confidenceTags = ['C2', 'S1', 'OLD', 'SEC', 'INF', '?'] as const;

/** Where a fact comes from, so an editor can check it again. */
export const sourceSchema = z.strictObject({
  /** Address of the page or document the fact was taken from (http or https: the page links to it). */
  url: z
    .url({ protocol: /^https?$/, error: 'Source must be a full web address (https://…)' })
    .meta({ label: 'Adresa (URL)', patternMessage: 'Shkruani adresën e plotë, që fillon me https://' }),
  /** The source's own date or year as it gives it ("Jul 2023", "undated"). */
  date: z
    .string()
    .trim()
    .min(1)
    .meta({ label: 'Data e burimit', hint: 'Si e jep burimi: «Korrik 2023», «2020», «pa datë».' }),
  /** How far the fact is confirmed, with the reference's tags. */
  confidence: z
    .array(z.enum(confidenceTags))
    .min(1)
    .meta({
      label: 'Sa i sigurt është',
      hint: 'Shenjat e `albania-facts.md`.',
      choices: {
        C2: 'C2 — konfirmuar nga dy burime',
        S1: 'S1 — një burim',
        OLD: 'OLD — burim i vjetër',
        SEC: 'SEC — burim dytësor',
        INF: 'INF — nxjerrë nga burimet',
        '?': '? — e paqartë',
      } satisfies Record<(typeof confidenceTags)[number], string>,
    }),
});

/** The sources a text's facts come from; at least one. */
export const sourceList = z.array(sourceSchema).min(1, 'Give at least one source').meta({
  label: 'Burimet',
  singular: 'burim',
  hint: 'Ku i gjetët faktet, që dikush t’i kontrollojë përsëri. Të paktën një.',
});

/** A calendar date written `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: 'Date must be written YYYY-MM-DD' });

/** Fields every fact-bearing entry carries: when it was last checked and against what. */
export const verifiedFields = {
  /** The day an editor last checked these facts against the sources. */
  lastVerified: isoDate.meta({
    label: 'Kontrolluar më',
    hint: 'Dita kur i kontrolluat këto fakte me burimet. Faqja e shfaq si «Kontrolluar më…».',
  }),
  /** The sources the facts were checked against; at least one. */
  sources: sourceList,
};

/** What the sources could not confirm, said plainly (hotlines, services, abroad). */
export const unverifiedNote = localizedText.meta({
  label: 'Çfarë nuk është konfirmuar',
  hint: 'Thuajeni qartë atë që burimet nuk e konfirmojnë.',
  multiline: true,
});

/** When a line or service answers, in plain words (hotlines, services). */
export const hoursText = localizedText.meta({ label: 'Orari', hint: 'Kur përgjigjen. Mos shkruani atë që burimet nuk e thonë.' });

/** The title of an article, guide, story or page: plain text, in the entry's language. */
export const titleText = z.string().trim().min(1).meta({ label: 'Titulli' });

/** One or two sentences shown in lists and search results. */
export const summaryText = z
  .string()
  .trim()
  .min(1)
  .max(300, 'Keep the summary under 300 characters')
  .meta({ label: 'Përmbledhja', hint: 'Një ose dy fjali që dalin në lista dhe në kërkim.', multiline: true });

/** The day a text was last reviewed. */
export const reviewedDate = isoDate.meta({ label: 'Rishikuar më', hint: 'Dita kur teksti u rishikua për herë të fundit.' });

/**
 * The id of a hotline (its file name in `content/hotlines/`, e.g. `police`). The build
 * checks that it exists; `references` tells the CMS to offer a choice of hotlines.
 */
export const hotlineId = z.string().min(1).meta({ references: 'hotlines' });

/** Hotlines to call, best first. */
export const hotlineList = z.array(hotlineId).meta({ label: 'Linjat', singular: 'linjë', hint: 'Linjat që duhen thirrur, më e mira e para.' });

/** Two-letter country code (ISO 3166-1 alpha-2), e.g. `GB`. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Country must be a two-letter code such as GB or IT')
  .meta({ label: 'Kodi i shtetit', hint: 'Dy shkronja të mëdha: IT, GR, GB.', patternMessage: 'Dy shkronja të mëdha, p.sh. IT ose GB' });

/** The ILO–EC element an indicator belongs to (guides and self-check questions). */
export const elementSchema = z.enum(elements).meta({ label: 'Elementi (ILO–KE)' });

/** How strongly an indicator points to trafficking (guides and self-check questions). */
export const strengthSchema = z.enum(strengths).meta({ label: 'Sa e fortë është shenja' });
