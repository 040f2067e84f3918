import { z } from 'astro/zod';
import { explainExitAddress } from '../lib/exit-address.ts';
import { hotlineId, localized, localizedText } from './common.ts';

/**
 * Where "Exit quickly" may go: busy front pages that say nothing about the visitor, each with
 * the name the CMS offers it under. Front pages only — a page deeper in a site could say
 * what the visitor was reading — over https, with no user info, query or fragment.
 */
export const neutralExitAddresses = {
  'https://sq.wikipedia.org/': 'Wikipedia në shqip (faqja e parë)',
  'https://en.wikipedia.org/': 'Wikipedia në anglisht (faqja e parë)',
  'https://www.google.com/': 'Google (faqja e kërkimit)',
  'https://www.bbc.com/weather': 'BBC Weather (moti)',
} as const;

const exitAddresses = Object.keys(neutralExitAddresses) as Array<keyof typeof neutralExitAddresses>;

/** One neutral address from the list; anything else is refused with the reason. */
const exitAddress = z
  .enum(exitAddresses as [keyof typeof neutralExitAddresses, ...Array<keyof typeof neutralExitAddresses>], {
    error: (issue) => explainExitAddress(issue.input, exitAddresses),
  })
  .meta({ choices: neutralExitAddresses });

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
   * Where "Exit quickly" goes, per language: one of the neutral front pages above, so the
   * English site may leave for an English page.
   */
  quickExitUrl: localized(exitAddress).meta({
    label: 'Adresa e «Dil shpejt»',
    hint: 'Një faqe e zakonshme, që nuk tregon asgjë për vizitorin. Zgjidhni një nga faqet e listës për secilën gjuhë.',
  }),
});

/** The site settings as written in content. */
export type Settings = z.infer<typeof settingsSchema>;
