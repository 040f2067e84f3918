import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** What a guidance article is about; the signs hub groups articles by it. */
export const guidanceTopics = ['basics', 'forms', 'recruitment', 'signs', 'rights', 'gettingHelp', 'myths'] as const;

/** Who an article speaks to. */
export const audienceTags = ['self', 'family', 'professional'] as const;

/** A guidance article: `content/guidance/<locale>/<slug>.md`, front matter below, Markdown body. */
export const guidanceSchema = z.strictObject({
  /** The article title, a plain question or statement. */
  title: z.string().trim().min(1),
  /** One or two sentences shown in lists and search results. */
  summary: z.string().trim().min(1).max(300, 'Keep the summary under 300 characters'),
  /** Which part of the signs hub it belongs to. */
  topic: z.enum(guidanceTopics),
  /** Who it is written for. */
  audience: z.array(z.enum(audienceTags)).min(1),
  /** The day the text was last reviewed. */
  updated: isoDate,
  /** Order within its topic; lower first. */
  order: z.number().int().default(100),
});

/** A guidance article's front matter. */
export type Guidance = z.infer<typeof guidanceSchema>;
