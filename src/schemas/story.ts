import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/**
 * A survivor's story: `content/stories/<locale>/<slug>.md`. The schema refuses a story
 * that does not declare both consent and anonymisation.
 */
export const storySchema = z.strictObject({
  /** The story's title. Never the person's real name. */
  title: z.string().trim().min(1),
  /** One or two sentences for the list of stories. */
  summary: z.string().trim().min(1).max(300),
  /** The person agreed, in writing, to this text being published. */
  consent: z.literal(true, { error: 'A story is published only with consent: true' }),
  /** Names, places and details that could identify anyone have been changed. */
  anonymised: z.literal(true, { error: 'A story is published only with anonymised: true' }),
  /** The day it was published. */
  published: isoDate,
});

/** A story's front matter. */
export type Story = z.infer<typeof storySchema>;
