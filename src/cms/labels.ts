import sq from '../../content/ui/sq.json';
import { localeSettings, type Locale } from '../i18n/locales.ts';
import { elements, strengths } from '../lib/indicators.ts';
import { qarkNames, serviceAreas } from '../lib/qarks.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { guidanceTopics } from '../schemas/guidance.ts';
import { costs } from '../schemas/hotline.ts';
import { answerValues } from '../schemas/self-check.ts';
import { serviceKinds } from '../schemas/service.ts';

/**
 * The Albanian words of the CMS that belong to no field. Every field's label and hint sits
 * on the field in `src/schemas/` (`.meta({ label, hint })`); this file holds the rest:
 * collection names, the text of Markdown files, the choices the site already names in its
 * UI strings, and the generic form errors.
 */

/** How each collection is named in the CMS list and on its «New …» button. */
export const collectionLabels: Record<CollectionName, { label: string; singular: string }> = {
  settings: { label: 'Cilësimet e faqes', singular: 'Cilësimet' },
  hotlines: { label: 'Linjat e ndihmës', singular: 'Linjë ndihme' },
  services: { label: 'Shërbimet', singular: 'Shërbim' },
  abroad: { label: 'Ndihmë jashtë vendit', singular: 'Shtet' },
  'self-checks': { label: 'Vetëkontrollet', singular: 'Vetëkontroll' },
  guidance: { label: 'Shenjat dhe udhëzimet', singular: 'Artikull' },
  guides: { label: 'Udhëzuesit për profesionistët', singular: 'Udhëzues' },
  stories: { label: 'Historitë', singular: 'Histori' },
  pages: { label: 'Faqet', singular: 'Faqe' },
};

/** The UI strings (`content/ui/<locale>.json`): the collection, and its file for each language (named in `locales.ts`). */
export const uiLabels = {
  label: 'Tekstet e faqes',
  file: (locale: Locale) => `Tekstet e faqes — ${localeSettings[locale].albanianName}`,
};

/** The Markdown text of an article, guide, story or page: it is the file's body, not a schema field. */
export const bodyLabel = 'Teksti';

/**
 * Choices the visitor sees named on the site: the CMS shows the site's own Albanian words
 * (`content/ui/sq.json`), so a word changed there changes here too. They stay out of the
 * schemas, which must not read the UI strings. Found by the list of values a field offers.
 */
const siteChoices: Array<[values: readonly string[], labels: Record<string, string>]> = [
  [serviceKinds, sq.serviceKind],
  [guidanceTopics, sq.guidanceTopic],
  [elements, Object.fromEntries(Object.entries(sq.element).map(([key, value]) => [key, value.title]))],
  [strengths, sq.strength],
  [costs, { free: sq.hotline.costFree, paid: sq.hotline.costPaid, unknown: sq.hotline.costUnknown }],
  [serviceAreas, { national: sq.services.national, ...qarkNames }],
  [answerValues, { yes: sq.selfCheck.yes, no: sq.selfCheck.no, unsure: sq.selfCheck.unsure }],
];

/**
 * The site's Albanian word for one choice of a list of values, if the site names them.
 * @example siteChoiceLabel(serviceAreas, 'korce') // 'Korçë'
 */
export function siteChoiceLabel(values: readonly string[], value: string): string | undefined {
  const sameValues = (list: readonly string[]) => list.length === values.length && list.every((item) => values.includes(item));
  return siteChoices.find(([list]) => sameValues(list))?.[1][value];
}

/** What the CMS says when a text does not have the form its field needs, if the field says nothing more precise. */
export const formErrors = {
  /** A value outside a field's fixed words and patterns. */
  invalid: 'Vlerë e pavlefshme',
  /** A text that does not match its field's pattern. */
  pattern: 'Shkruajeni në formën e kërkuar',
  /** A web address. */
  url: 'Shkruani adresën e plotë, që fillon me https://',
  /** A text longer than its field allows. */
  maxLength: (max: number) => `Jo më shumë se ${max} shenja`,
};
