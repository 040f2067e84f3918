import { z } from 'astro/zod';
import { serviceAreas } from '../lib/qarks.ts';
import { hotlineId, localizedText, telSchema, verifiedFields } from './common.ts';

/** Kinds of help a service gives. */
export const serviceKinds = [
  'shelter',
  'counselling',
  'legal',
  'health',
  'vocational',
  'childProtection',
  'police',
  'stateSocialService',
  'mobileUnit',
  'labourInspection',
  'regionalCommittee',
] as const;

/** One way to contact a service. */
export const contactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phone'), display: z.string().trim().min(3), tel: telSchema }),
  z.strictObject({ kind: z.literal('email'), address: z.email({ error: 'Write a valid e-mail address' }) }),
  z.strictObject({ kind: z.literal('web'), url: z.url({ protocol: /^https?$/ }) }),
]);

/** A service people can turn to: `content/services/<id>.yaml`. */
export const serviceSchema = z
  .strictObject({
    /** The organisation or office, as people know it. */
    name: localizedText,
    /** What help it gives. */
    kinds: z.array(z.enum(serviceKinds)).min(1),
    /** The qark it works in, or `national`. */
    qark: z.enum(serviceAreas, { error: 'qark must be one of the 12 qarks (berat … vlore) or national' }),
    /** Town or city, if it has one office. */
    city: z.string().trim().min(1).optional(),
    /** What it does, in two or three plain sentences. */
    description: localizedText,
    /** Who it helps. */
    serves: localizedText,
    /** Phone, e-mail and web contacts. Only contacts a current source confirms; old ones go in unverifiedNote. */
    contacts: z.array(contactSchema).default([]),
    /**
     * Hotline ids that can put a person in touch with this service, shown when it has no
     * confirmed phone of its own — so every card still offers a working call.
     */
    referVia: z.array(hotlineId).default([]),
    /** Opening hours, if a source gives them. */
    hours: localizedText.optional(),
    /** A street address. Never for a shelter: it would endanger the people inside. */
    address: z.string().trim().min(1).optional(),
    /** Facts the sources could not confirm, said plainly. */
    unverifiedNote: localizedText.optional(),
    ...verifiedFields,
  })
  .superRefine((service, ctx) => {
    if (!service.contacts.some((contact) => contact.kind === 'phone') && service.referVia.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['referVia'], message: 'A service without a confirmed phone needs referVia: the hotlines that can reach it' });
    }
    if (service.address && service.kinds.includes('shelter')) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: "A shelter's address is never published" });
    }
  });

/** A service entry as written in content. */
export type Service = z.infer<typeof serviceSchema>;
