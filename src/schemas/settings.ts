import { z } from 'astro/zod';
import { hotlineId, localizedText } from './common.ts';

/** Site-wide settings: `content/settings/site.yaml`. */
export const settingsSchema = z.strictObject({
  /** The site's name as shown in the header and page titles. */
  siteName: z.string().trim().min(1),
  /** One line under the name: what the site is for. */
  tagline: localizedText,
  /**
   * Hotline ids shown on every page, in order. Lines confirmed to work come first;
   * never fewer than two, so there is always more than one route to help.
   */
  primaryContacts: z
    .array(hotlineId)
    .min(2, 'List at least two primary contacts: never a single route to help')
    .refine((ids) => new Set(ids).size === ids.length, 'A hotline is listed twice in primaryContacts'),
  /**
   * The lines shown at once when a person answers that they are in danger now (emergency and
   * police), in order. Each must be a line confirmed to work (the build checks).
   */
  urgentContacts: z
    .array(hotlineId)
    .min(1, 'List at least one line for danger now (112)')
    .refine((ids) => new Set(ids).size === ids.length, 'A hotline is listed twice in urgentContacts'),
  /**
   * Where "Exit quickly" goes: a busy, neutral site that says nothing about the visitor.
   * Must be https so the exit itself does not leak.
   */
  quickExitUrl: z.url({ protocol: /^https$/, error: 'Quick-exit address must start with https://' }),
});

/** The site settings as written in content. */
export type Settings = z.infer<typeof settingsSchema>;
