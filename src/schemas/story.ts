import { z } from 'astro/zod';
import { isoDate, sourceSchema } from './common.ts';

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
  title: z.string().trim().min(1),
  /** One or two sentences for the list of stories. */
  summary: z.string().trim().min(1).max(300),
  /** A retold testimony, or a composite of reported cases. */
  kind: z.enum(storyKinds),
  /**
   * The person agreed, in writing, to their account being published (for a composite:
   * it uses only accounts their publishers released with consent, and no one's own story).
   */
  consent: z.literal(true, { error: 'A story is published only with consent: true' }),
  /** Names, places and details that could identify anyone have been changed. */
  anonymised: z.literal(true, { error: 'A story is published only with anonymised: true' }),
  /** The published accounts and reports the story is built from. */
  sources: z.array(sourceSchema).min(1, 'Give at least one source'),
  /** The day it was published. */
  published: isoDate,
});

/** A story's front matter. */
export type Story = z.infer<typeof storySchema>;
