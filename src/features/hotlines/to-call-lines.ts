import type { Locale } from '../../i18n/locales.ts';
import { pickText } from '../../i18n/localized.ts';
import { useTranslations } from '../../i18n/ui.ts';
import type { Hotline } from '../../schemas/hotline.ts';
import { hotlineMeta } from './hotline-meta.ts';

/** One line as a call list shows it, already in the page's language (islands ship no dictionary). */
export interface CallLine {
  /** The hotline's id in `content/hotlines/`. */
  id: string;
  /** The number as people read it (`116 117`). */
  number: string;
  /** The number the link dials. */
  tel: string;
  name: string;
  /** `sq` when the name is not translated into the page's language yet (shown in Albanian). */
  nameLang?: Locale | undefined;
  /** "Free · 24/7", or why the line is not confirmed. */
  meta: string;
  /** Only a line confirmed to work becomes a link to call. */
  confirmed: boolean;
}

/**
 * Hotlines from content as the call list shows them: the short name (it fits a phone's
 * width) or, where there is room, the full name. A name not translated yet is the Albanian
 * one, marked (`nameLang`), never left out.
 * @example toCallLines([{ id: 'police', data: police }], 'sq')[0] // { id: 'police', number: '129', tel: '129', name: 'Policia', meta: '', confirmed: true }
 */
export function toCallLines(hotlines: ReadonlyArray<{ id: string; data: Hotline }>, locale: Locale, { fullName = false } = {}): CallLine[] {
  const t = useTranslations(locale);
  return hotlines.map(({ id, data }) => {
    const name = pickText(fullName ? data.name : data.shortName, locale);
    return {
      id,
      number: data.number,
      tel: data.tel,
      name: name.text,
      ...(name.lang ? { nameLang: name.lang } : {}),
      confirmed: data.status === 'confirmed',
      meta: data.status === 'confirmed' ? hotlineMeta(data, { free: t('hotline.costFree'), always: t('hotline.always') }) : t('hotlineBar.notConfirmed'),
    };
  });
}
