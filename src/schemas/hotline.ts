import { z } from 'astro/zod';
import { countryCode, localizedText, telSchema, verifiedFields } from './common.ts';

/** Ways to reach a line. */
export const hotlineChannels = ['call', 'sms', 'chat', 'app', 'web', 'email'] as const;

/** Whether a line is known to answer today. */
export const hotlineStatuses = ['confirmed', 'unconfirmed'] as const;

/** What a call costs the caller. */
export const costs = ['free', 'paid', 'unknown'] as const;

/** A phone line people can call: `content/hotlines/<id>.yaml`. */
export const hotlineSchema = z
  .strictObject({
    /** Full name of the line, as a caller would recognise it. */
    name: localizedText,
    /** Two or three words for the hotline bar ("Police", "Children"). */
    shortName: localizedText,
    /** The number as people read it, with spaces ("116 117"). */
    number: z.string().trim().min(3),
    /** The number as dialled: E.164 (+355…) or a short code (112). */
    tel: telSchema,
    /** Ways to reach the line besides a call, if any. */
    channels: z.array(z.enum(hotlineChannels)).min(1),
    /** When it answers, in plain words. Leave out what the sources do not say. */
    hours: localizedText,
    /** True only when a source says it answers day and night, every day. */
    available24h: z.boolean(),
    /** `confirmed` only when sources confirm it works; otherwise `unconfirmed`. */
    status: z.enum(hotlineStatuses),

    /** What a call costs. */
    cost: z.enum(costs),
    /** Who the line is for. */
    audience: localizedText,
    /** Who answers the call, if a source says so. */
    answeredBy: localizedText.optional(),
    /** `national` for lines in Albania, otherwise the country it serves (GB, IT…). */
    scope: z.union([z.literal('national'), countryCode]),
    /** What the sources could not confirm, said plainly. Required when status is unconfirmed. */
    unverifiedNote: localizedText.optional(),
    ...verifiedFields,
  })
  .superRefine((hotline, ctx) => {
    if (hotline.status === 'unconfirmed' && !hotline.unverifiedNote) {
      ctx.addIssue({ code: 'custom', path: ['unverifiedNote'], message: 'An unconfirmed line needs an unverifiedNote saying why' });
    }
  });

/** A hotline entry as written in content. */
export type Hotline = z.infer<typeof hotlineSchema>;
