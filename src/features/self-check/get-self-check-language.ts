import { defaultLocale, type Locale } from '../../i18n/locales.ts';
import { isTranslated } from '../../i18n/localized.ts';
import type { SelfCheck } from '../../schemas/self-check.ts';

/**
 * The language a self-check is shown in: the reader's once every one of its texts (questions,
 * results, reasons, the lines for danger) is translated, Albanian until then. A questionnaire
 * is one text: a person answering it never meets questions and results in two languages.
 * @example getSelfCheckLanguage(check, 'en') // 'en', or 'sq' while a question lacks its English text
 */
export function getSelfCheckLanguage(check: SelfCheck, locale: Locale): Locale {
  return isTranslated(check, locale) ? locale : defaultLocale;
}
