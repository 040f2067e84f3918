import type { Abroad } from '../schemas/abroad.ts';
import type { Hotline } from '../schemas/hotline.ts';
import type { Service } from '../schemas/service.ts';

/**
 * A number as dialled: E.164 (`+`, a country code, at most 15 digits) or a national short
 * code of 3 to 6 digits (`112`, `116117`), which has no E.164 form.
 */
export const telPattern = /^(\+[1-9]\d{6,14}|[1-9]\d{2,5})$/;

/**
 * Whether a number can be put in a `tel:` link as it is.
 * @example isDialable('+355692345678') // true
 * @example isDialable('069 234 5678') // false
 */
export function isDialable(tel: string): boolean {
  return telPattern.test(tel);
}

/**
 * The number of a `tel:` link, percent-decoded; undefined for another kind of link.
 * @example telFromHref('tel:%2B39800290290') // '+39800290290'
 */
export function telFromHref(href: string): string | undefined {
  if (!/^tel:/i.test(href)) return undefined;
  try {
    return decodeURIComponent(href.slice(4));
  } catch {
    return href.slice(4);
  }
}

/** The parts of content entries that carry a number. */
export interface ContentWithNumbers {
  hotlines: ReadonlyArray<Pick<Hotline, 'tel'>>;
  services: ReadonlyArray<Pick<Service, 'contacts'>>;
  abroad: ReadonlyArray<Pick<Abroad, 'emergency'>>;
}

/**
 * Every number content gives: hotlines, services' phone contacts and each country's
 * emergency number. A `tel:` link on the site must dial one of these, never a number in code.
 * @example listContentTels({ hotlines: [{ tel: '129' }], services: [], abroad: [] }) // Set { '129' }
 */
export function listContentTels(content: ContentWithNumbers): Set<string> {
  return new Set([
    ...content.hotlines.map((hotline) => hotline.tel),
    ...content.services.flatMap((service) => service.contacts.flatMap((contact) => (contact.kind === 'phone' ? [contact.tel] : []))),
    ...content.abroad.map((country) => country.emergency.tel),
  ]);
}
