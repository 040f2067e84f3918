import { getEntry } from 'astro:content';
import { markdownToHtml } from '../../lib/markdown.ts';
import { toSelfCheckProps } from './to-self-check-props.ts';
import { getSelfCheckLanguage } from './get-self-check-language.ts';
import type { Locale } from '../../i18n/locales.ts';
import { isTranslated, pickText } from '../../i18n/localized.ts';
import { selfCheckIds, type SelfCheckRoute } from './self-checks.ts';
import { quickExitEvent } from '../quick-exit/quick-exit-event.ts';
import { getConfirmedHotlines, getPrimaryHotlines, getSettings } from '../../data/site.ts';

/**
 * A questionnaire translated into one language, with the strings and hotlines its island
 * needs: the page ships only what it shows. Until every text of the check is translated, it
 * is the whole Albanian check (`isFallback`); `linesTranslated` says whether the names of its
 * lines to call are in the page's language.
 */
export async function getSelfCheckPage(routeKey: SelfCheckRoute, locale: Locale) {
  const id = selfCheckIds[routeKey];
  const entry = await getEntry('self-checks', id);
  if (!entry) throw new Error(`content/self-checks/${id}.yaml is missing`);
  const check = entry.data;
  const language = getSelfCheckLanguage(check, locale);
  const lines = { all: await getPrimaryHotlines(), danger: await getConfirmedHotlines(check.danger.hotlines, `content/self-checks/${id}.yaml → danger.hotlines`) };
  const props = toSelfCheckProps(id, check, language, lines, { url: pickText((await getSettings()).quickExitUrl, locale).text, event: quickExitEvent });
  const linesTranslated = isTranslated([...lines.all, ...lines.danger].map((line) => line.data.shortName), language);
  return { title: pickText(check.title, language).text, introHtml: markdownToHtml(pickText(check.intro, language).text), props, isFallback: language !== locale, linesTranslated };
}
