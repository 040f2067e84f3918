import { z } from 'astro/zod';
import { isoDate, sourceList, summaryText, titleText } from './common.ts';

/**
 * Where a story comes from: `testimony` retells one survivor's account as published by the
 * organisation that heard it; `composite` joins what reports describe into one story and
 * says so on the page, so no reader mistakes it for one real person's life.
 */
export const storyKinds = ['testimony', 'composite'] as const;

/**
 * A survivor's story: `content/stories/<locale>/<slug>.md`. The schema refuses a story
 * that does not declare both consent and anonymisation.
 */
export const storySchema = z.strictObject({
  /** The story's title. Never the person's real name. */
  title: titleText,
  /** One or two sentences for the list of stories. */
  summary: summaryText,
  /** A retold testimony, or a composite of reported cases. */
  kind: z.enum(storyKinds).meta({
    label: 'Lloji',
    choices: { testimony: 'Dëshmi e rrëfyer', composite: 'Histori e përbërë nga raportet' } satisfies Record<(typeof storyKinds)[number], string>,
  }),
  /**
   * The person agreed, in writing, to their account being published (for a composite:
   * it uses only accounts their publishers released with consent, and no one's own story).
   */
  consent: z
    .literal(true, { error: 'A story is published only with consent: true' })
    .meta({ label: 'Personi ka dhënë pëlqimin me shkrim', hint: 'Pa pëlqim, historia nuk botohet.' }),
  /** Names, places and details that could identify anyone have been changed. */
  anonymised: z
    .literal(true, { error: 'A story is published only with anonymised: true' })
    .meta({ label: 'Emrat dhe detajet janë ndryshuar', hint: 'Askush nuk duhet të njihet nga historia.' }),
  /** The published accounts and reports the story is built from. */
  sources: sourceList,
  /** The day it was published. */
  published: isoDate.meta({ label: 'Botuar më' }),
});

/** A story's front matter. */
export type Story = z.infer<typeof storySchema>;
