import { z } from 'astro/zod';
import { checkShownNumber, countryCode, hoursText, localizedText, telSchema, unverifiedNote, verifiedFields } from './common.ts';

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
    name: localizedText.meta({ label: 'Emri' }),
    /** Two or three words for the hotline bar ("Police", "Children"). */
    shortName: localizedText.meta({ label: 'Emri i shkurtër', hint: 'Dy ose tri fjalë për shiritin e linjave: «Policia», «Fëmijët».' }),
    /** The number as people read it, with spaces ("116 117"): the same digits as `tel`, which the button dials. */
    number: z
      .string()
      .trim()
      .min(3)
      .meta({ label: 'Numri siç lexohet', hint: 'Me hapësira, si e shkruajnë njerëzit: «116 117».' }),
    /** The number as dialled: E.164 (+355…) or a short code (112). */
    tel: telSchema,
    /** Ways to reach the line besides a call, if any. */
    channels: z
      .array(z.enum(hotlineChannels))
      .min(1)
      .meta({
        label: 'Si kontaktohet',
        choices: { call: 'Thirrje', sms: 'SMS', chat: 'Chat', app: 'Aplikacion', web: 'Faqe interneti', email: 'E-mail' } satisfies Record<
          (typeof hotlineChannels)[number],
          string
        >,
      }),
    /** When it answers, in plain words. Leave out what the sources do not say. */
    hours: hoursText,
    /** True only when a source says it answers day and night, every day. */
    available24h: z.boolean().meta({ label: 'Përgjigjet 24 orë, çdo ditë', hint: 'Vetëm nëse një burim e thotë.' }),
    /** `confirmed` only when sources confirm it works; otherwise `unconfirmed`. */
    status: z.enum(hotlineStatuses).meta({
      label: 'A funksionon',
      hint: '«Konfirmuar» vetëm kur burimet thonë se përgjigjet sot.',
      choices: { confirmed: 'Konfirmuar: funksionon', unconfirmed: 'Pa konfirmuar' } satisfies Record<(typeof hotlineStatuses)[number], string>,
    }),

    /** What a call costs (choices named as on the site). */
    cost: z.enum(costs).meta({ label: 'Kostoja e thirrjes' }),
    /** Who the line is for. */
    audience: localizedText.meta({ label: 'Për kë është' }),
    /** Who answers the call, if a source says so. */
    answeredBy: localizedText.meta({ label: 'Kush përgjigjet' }).optional(),
    /** `national` for lines in Albania, otherwise the country it serves (GB, IT…). */
    scope: z.union([z.literal('national'), countryCode]).meta({
      label: 'Ku shërben',
      hint: '«national» për linjat në Shqipëri; për një shtet tjetër, kodi me dy shkronja: IT, GR, GB.',
      patternMessage: 'Shkruani national, ose kodin e shtetit me dy shkronja të mëdha (IT, GB)',
    }),
    /** What the sources could not confirm, said plainly. Required when status is unconfirmed. */
    unverifiedNote: unverifiedNote.optional(),
    ...verifiedFields,
  })
  // Also while other fields are still empty, so the CMS preview says it as soon as both numbers are typed.
  .superRefine(
    (hotline, ctx) => {
      if (typeof hotline.number === 'string' && typeof hotline.tel === 'string') checkShownNumber(hotline.number.trim(), hotline.tel, ['number'], ctx);
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .superRefine((hotline, ctx) => {
    if (hotline.scope === 'national' && hotline.tel.startsWith('+') && !hotline.tel.startsWith('+355')) {
      ctx.addIssue({ code: 'custom', path: ['tel'], message: 'A line in Albania (scope national) dials +355… or a short code such as 112' });
    }
    if (hotline.status === 'unconfirmed' && !hotline.unverifiedNote) {
      ctx.addIssue({ code: 'custom', path: ['unverifiedNote'], message: 'An unconfirmed line needs an unverifiedNote saying why' });
    }
  });

/** A hotline entry as written in content. */
export type Hotline = z.infer<typeof hotlineSchema>;
