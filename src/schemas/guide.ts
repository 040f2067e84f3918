import { z } from 'astro/zod';
import { elements, strengths } from '../lib/indicators.ts';
import type { RouteKey } from '../i18n/routes.ts';
import { selfCheckRoutes } from '../features/self-check/self-checks.ts';
import { hotlineId, isoDate } from './common.ts';

/** The professions a guide is written for. */
export const guideAudiences = ['travel', 'health', 'labourInspection', 'regionalCommittee', 'teachers', 'justice'] as const;

/** Pages a poster's QR code may lead to: a self-check that fits the people at that desk, or help. */
export const posterTargets = [...selfCheckRoutes, 'selfChecks', 'help'] as const satisfies readonly RouteKey[];

/** One thing a professional may notice. */
export const guideIndicatorSchema = z.strictObject({
  /** What to look for, in the words of the job. */
  text: z.string().trim().min(1),
  /** The ILO–EC element it belongs to. */
  element: z.enum(elements),
  /** How strongly it points to trafficking. */
  strength: z.enum(strengths),
});

/** A guide for one profession: `content/guides/<locale>/<slug>.md`. */
export const guideSchema = z.strictObject({
  /** The guide's title. */
  title: z.string().trim().min(1),
  /** The profession it is for. */
  audience: z.enum(guideAudiences),
  /** Why it matters in this job, in one or two sentences. */
  summary: z.string().trim().min(1).max(300),
  /** Indicators grouped under headings the profession recognises. */
  indicatorGroups: z
    .array(z.strictObject({ heading: z.string().trim().min(1), indicators: z.array(guideIndicatorSchema).min(1) }))
    .min(1),
  /** What to do. */
  do: z.array(z.string().trim().min(1)).min(1),
  /** What not to do. */
  dont: z.array(z.string().trim().min(1)).min(1),
  /** The referral path, step by step. */
  referralSteps: z.array(z.string().trim().min(1)).min(1),
  /** Hotline ids to call, in order. */
  hotlines: z.array(hotlineId).min(2),
  /** Three to five signs for the poster. */
  posterSigns: z.array(z.string().trim().min(1)).min(3).max(5),
  /** The page the poster's QR code opens. */
  posterTarget: z.enum(posterTargets).default('help'),
  /** The day the guide was last reviewed. */
  updated: isoDate,
});

/** A guide's front matter. */
export type Guide = z.infer<typeof guideSchema>;
