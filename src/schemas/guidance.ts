import { z } from 'astro/zod';
import { reviewedDate, summaryText, titleText } from './common.ts';

/** What a guidance article is about; the signs hub groups articles by it. */
export const guidanceTopics = ['basics', 'forms', 'recruitment', 'signs', 'rights', 'gettingHelp', 'myths'] as const;

/** Who an article speaks to. */
export const audienceTags = ['self', 'family', 'professional'] as const;

/** A guidance article: `content/guidance/<locale>/<slug>.md`, front matter below, Markdown body. */
export const guidanceSchema = z.strictObject({
  /** The article title, a plain question or statement. */
  title: titleText,
  /** One or two sentences shown in lists and search results. */
  summary: summaryText,
  /** Which part of the signs hub it belongs to (choices named as on the site). */
  topic: z.enum(guidanceTopics).meta({ label: 'Tema' }),
  /** Who it is written for. */
  audience: z
    .array(z.enum(audienceTags))
    .min(1)
    .meta({
      label: 'Për kë është',
      choices: { self: 'Vetë personi', family: 'Familja dhe miqtë', professional: 'Profesionistët' } satisfies Record<(typeof audienceTags)[number], string>,
    }),
  /** The day the text was last reviewed. */
  updated: reviewedDate,
  /** Order within its topic; lower first. */
  order: z.number().int().default(100).meta({ label: 'Radha', hint: 'Më i vogli del i pari.' }),
});

/** A guidance article's front matter. */
export type Guidance = z.infer<typeof guidanceSchema>;
