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

/**
 * Whether the number a person reads dials the same digits as the link beside it. The shown
 * form may be grouped as people write it (spaces, dots, hyphens, brackets) and, for a full
 * number, written internationally (`+44 8000 121 700`, `0044 …`) or nationally with or without
 * its trunk 0 (`08000 121 700` for `+448000121700`, `800 290 290` for `+39800290290`). A
 * short code is shown as it is dialled (`116 117` for `116117`).
 * @example shownMatchesTel('116 117', '116117') // true
 * @example shownMatchesTel('069 234 5678', '+355692345678') // true
 * @example shownMatchesTel('116 117', '+355690000000') // false
 */
export function shownMatchesTel(shown: string, tel: string): boolean {
  if (!isDialable(tel) || !/^[+\d\s.()\u00a0-]+$/.test(shown.trim())) return false;
  const digits = shown.replace(/\D/g, '');
  if (!tel.startsWith('+')) return digits === tel;
  const international = tel.slice(1);
  if (/^\s*\+/.test(shown)) return digits === international;
  if (/^\s*00/.test(shown) && digits.slice(2) === international) return true;
  // A national form: the number after the country code (1 to 3 digits), perhaps with a trunk 0.
  return [digits, digits.replace(/^0/, '')].some((national) => {
    const countryCode = international.length - national.length;
    return national.length > 0 && countryCode >= 1 && countryCode <= 3 && international.endsWith(national);
  });
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
