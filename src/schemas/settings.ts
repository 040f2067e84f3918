import { z } from 'astro/zod';
import { hotlineId, localizedText } from './common.ts';

/** Site-wide settings: `content/settings/site.yaml`. */
export const settingsSchema = z.strictObject({
  /** The site's name as shown in the header and page titles. */
  siteName: z.string().trim().min(1).meta({ label: 'Emri i faqes' }),
  /** One line under the name: what the site is for. */
  tagline: localizedText.meta({ label: 'Nëntitulli' }),
  /**
   * Hotline ids shown on every page, in order; the first is also the call button that stays
   * on screen. Only lines confirmed to work (the build checks); never fewer than two, so there
   * is always more than one route to help.
   */
  primaryContacts: z
    .array(hotlineId)
    .min(2, 'List at least two primary contacts: never a single route to help')
    .refine((ids) => new Set(ids).size === ids.length, 'A hotline is listed twice in primaryContacts')
    .meta({
      label: 'Linjat në krye të çdo faqeje',
      singular: 'linjë',
      hint: 'Të paktën dy, me radhë. Vetëm linja të konfirmuara: një linjë «Pa konfirmuar» shfaqet te faqja e ndihmës me gjendjen e saj. E para është edhe butoni «Telefono» që qëndron në ekran.',
    }),
  /**
   * Where "Exit quickly" goes: a busy, neutral site that says nothing about the visitor.
   * Must be https so the exit itself does not leak.
   */
  quickExitUrl: z.url({ protocol: /^https$/, error: 'Quick-exit address must start with https://' }).meta({
    label: 'Adresa e «Dil shpejt»',
    hint: 'Një faqe e zakonshme, që nuk tregon asgjë për vizitorin. Duhet të fillojë me https://.',
  }),
});

/** The site settings as written in content. */
export type Settings = z.infer<typeof settingsSchema>;
