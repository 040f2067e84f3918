import { z } from 'astro/zod';
import { anchorKeys } from '../i18n/routes.ts';
import { serviceAreas } from '../lib/qarks.ts';
import { checkShownNumber, hotlineId, hoursText, localizedText, telSchema, unverifiedNote, verifiedFields } from './common.ts';

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

/**
 * Kinds of service that are public offices receiving the public at a known address: police,
 * the State Social Service, the labour inspectorate, the prefect's regional committee. Only a
 * service of these kinds alone may publish a street address; any other kind (a shelter, an
 * NGO's counselling, a mobile unit) could lead someone to the people it protects.
 */
export const publicOfficeKinds = ['police', 'stateSocialService', 'labourInspection', 'regionalCommittee'] as const satisfies ReadonlyArray<
  (typeof serviceKinds)[number]
>;

/** One way to contact a service. */
export const contactSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      /** Which kind of contact: the editor picks it when adding one. */
      kind: z.literal('phone'),
      /** The number as people read it, with spaces ("082 123 456"). */
      display: z.string().trim().min(3).meta({ label: 'Numri siç lexohet' }),
      /** The number as dialled. */
      tel: telSchema,
    })
    .superRefine((contact, ctx) => checkShownNumber(contact.display, contact.tel, ['display'], ctx))
    .meta({ label: 'Telefon' }),
  z
    .strictObject({
      /** Which kind of contact. */
      kind: z.literal('email'),
      /** The e-mail address. */
      address: z
        .email({ error: 'Write a valid e-mail address' })
        .meta({ label: 'Adresa e-mail', patternMessage: 'Shkruani një adresë e-mail të vlefshme' }),
    })
    .meta({ label: 'E-mail' }),
  z
    .strictObject({
      /** Which kind of contact. */
      kind: z.literal('web'),
      /** The web address, http or https. */
      url: z.url({ protocol: /^https?$/ }).meta({ label: 'Adresa (URL)', patternMessage: 'Shkruani adresën e plotë, që fillon me https://' }),
    })
    .meta({ label: 'Faqe interneti' }),
]);

/** A service people can turn to: `content/services/<id>.yaml`. */
export const serviceSchema = z
  .strictObject({
    /** The organisation or office, as people know it. */
    name: localizedText.meta({ label: 'Emri' }),
    /** What help it gives (choices named as on the site). */
    kinds: z.array(z.enum(serviceKinds)).min(1).meta({ label: 'Llojet e ndihmës' }),
    /** The qark it works in, or `national` (choices named as on the site). */
    qark: z.enum(serviceAreas, { error: 'qark must be one of the 12 qarks (berat … vlore) or national' }).meta({ label: 'Qarku' }),
    /** Town or city, if it has one office. */
    city: z.string().trim().min(1).meta({ label: 'Qyteti' }).optional(),
    /** What it does, in two or three plain sentences. */
    description: localizedText.meta({ label: 'Përshkrimi', hint: 'Dy ose tri fjali të thjeshta.', multiline: true }),
    /** Who it helps. */
    serves: localizedText.meta({ label: 'Kë ndihmon' }),
    /**
     * The section of the site that explains what this kind of help does for a person (the
     * shelters' coalition, the mobile units, the regional committees); the card links to it.
     */
    about: z
      .enum(anchorKeys)
      .meta({
        label: 'Shpjegimi në faqe',
        hint: 'Pjesa e faqes «Pas ndihmës së parë» që shpjegon çfarë bën ky lloj shërbimi. Karta lidhet me të.',
        choices: { coalition: 'Koalicioni i strehëzave', mobileUnits: 'Njësitë lëvizëse', regionalCommittees: 'Komitetet rajonale (KRAT)' } satisfies Record<
          (typeof anchorKeys)[number],
          string
        >,
      })
      .optional(),
    /** Phone, e-mail and web contacts. Only contacts a current source confirms; old ones go in unverifiedNote. */
    contacts: z
      .array(contactSchema)
      .default([])
      .meta({ label: 'Kontaktet', singular: 'kontakt', hint: 'Vetëm kontakte që i konfirmon një burim i sotëm.' }),
    /**
     * Hotline ids that can put a person in touch with this service, shown when it has no
     * confirmed phone of its own — so every card still offers a working call.
     */
    referVia: z
      .array(hotlineId)
      .default([])
      .meta({
        label: 'Kontaktohet përmes linjave',
        singular: 'linjë',
        hint: 'Linjat që e lidhin personin me këtë shërbim, kur ai nuk ka telefon të konfirmuar.',
      }),
    /** Opening hours, if a source gives them. */
    hours: hoursText.optional(),
    /**
     * A street address: only for a public office that receives the public (police, State Social
     * Service, labour inspectorate, regional committee). Never for a shelter or anything else.
     */
    address: z
      .string()
      .trim()
      .min(1)
      .meta({
        label: 'Adresa',
        hint: 'Vetëm për një zyrë publike që pret njerëz (policia, Shërbimi Social Shtetëror, inspektorati, komiteti rajonal). Kurrë për një strehëz ose një organizatë: adresa do t’i rrezikonte njerëzit.',
      })
      .optional(),
    /** Facts the sources could not confirm, said plainly. */
    unverifiedNote: unverifiedNote.optional(),
    ...verifiedFields,
  })
  .superRefine((service, ctx) => {
    if (!service.contacts.some((contact) => contact.kind === 'phone') && service.referVia.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['referVia'], message: 'A service without a confirmed phone needs referVia: the hotlines that can reach it' });
    }
    if (service.address && service.kinds.includes('shelter')) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: "A shelter's address is never published" });
    } else if (service.address) {
      const others = service.kinds.filter((kind) => !(publicOfficeKinds as readonly string[]).includes(kind));
      if (others.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['address'],
          message: `Only a public office that receives the public (${publicOfficeKinds.join(', ')}) may publish an address; this service is also ${others.join(', ')}: remove the address`,
        });
      }
    }
  });

/** A service entry as written in content. */
export type Service = z.infer<typeof serviceSchema>;
