import { z } from 'astro/zod';
import type { RouteKey } from '../i18n/routes.ts';
import { selfCheckRoutes } from '../features/self-check/self-checks.ts';
import { elementSchema, hotlineList, reviewedDate, strengthSchema, summaryText, titleText } from './common.ts';

/** The professions a guide is written for. */
export const guideAudiences = ['travel', 'health', 'labourInspection', 'regionalCommittee', 'teachers', 'justice'] as const;

/** Pages a poster's QR code may lead to: a self-check that fits the people at that desk, or help. */
export const posterTargets = [...selfCheckRoutes, 'selfChecks', 'help'] as const satisfies readonly RouteKey[];

/** One thing a professional may notice. */
export const guideIndicatorSchema = z.strictObject({
  /** What to look for, in the words of the job. */
  text: z.string().trim().min(1).meta({ label: 'Teksti', multiline: true }),
  /** The ILO–EC element it belongs to. */
  element: elementSchema,
  /** How strongly it points to trafficking. */
  strength: strengthSchema,
});

/** A text item of a guide's lists (what to do, what not to do, referral steps, poster signs). */
const listItem = z.string().trim().min(1);

/** A guide for one profession: `content/guides/<locale>/<slug>.md`. */
export const guideSchema = z.strictObject({
  /** The guide's title. */
  title: titleText,
  /** The profession it is for. */
  audience: z.enum(guideAudiences).meta({
    label: 'Për kë është',
    choices: {
      travel: 'Agjencitë e udhëtimit',
      health: 'Punonjësit e shëndetësisë',
      labourInspection: 'Inspektorët e punës',
      regionalCommittee: 'Komitetet Rajonale kundër Trafikimit (KRAT)',
      teachers: 'Mësuesit',
      justice: 'Policia, prokurorët dhe gjyqtarët',
    } satisfies Record<(typeof guideAudiences)[number], string>,
  }),
  /** Why it matters in this job, in one or two sentences. */
  summary: summaryText,
  /** Indicators grouped under headings the profession recognises. */
  indicatorGroups: z
    .array(
      z.strictObject({
        /** The heading of one group, in the profession's words. */
        heading: z.string().trim().min(1).meta({ label: 'Titulli i grupit' }),
        /** The indicators under that heading. */
        indicators: z.array(guideIndicatorSchema).min(1).meta({ label: 'Shenjat', singular: 'shenjë' }),
      }),
    )
    .min(1)
    .meta({ label: 'Shenjat, sipas grupeve', singular: 'grup' }),
  /** What to do. */
  do: z.array(listItem).min(1).meta({ label: 'Çfarë duhet bërë', singular: 'hap' }),
  /** What not to do. */
  dont: z.array(listItem).min(1).meta({ label: 'Çfarë nuk duhet bërë', singular: 'gabim' }),
  /** The referral path, step by step. */
  referralSteps: z.array(listItem).min(1).meta({ label: 'Hapat e referimit', singular: 'hap' }),
  /** Hotline ids to call, in order. */
  hotlines: hotlineList.min(2),
  /** Three to five signs for the poster. */
  posterSigns: z.array(listItem).min(3).max(5).meta({ label: 'Shenjat për posterin', singular: 'shenjë', hint: 'Tri deri në pesë.' }),
  /** The page the poster's QR code opens. */
  posterTarget: z
    .enum(posterTargets)
    .default('help')
    .meta({
      label: 'Ku çon kodi QR i posterit',
      hint: 'Faqja që hapet kur dikush skanon posterin.',
      choices: {
        jobOfferCheck: 'Kontrolli i ofertës së punës',
        mySituationCheck: 'Kontrolli i situatës sime',
        someoneElseCheck: 'Kontrolli për dikë tjetër',
        selfChecks: 'Faqja e vetëkontrolleve',
        help: 'Faqja e ndihmës',
      } satisfies Record<(typeof posterTargets)[number], string>,
    }),
  /** The day the guide was last reviewed. */
  updated: reviewedDate,
});

/** A guide's front matter. */
export type Guide = z.infer<typeof guideSchema>;
