import { getEntry } from 'astro:content';
import { markdownToHtml } from '../../lib/markdown.ts';
import { toSelfCheckProps } from './to-self-check-props.ts';
import type { Locale } from '../../i18n/locales.ts';
import { selfCheckIds, type SelfCheckRoute } from './self-checks.ts';
import { quickExitEvent } from '../quick-exit/quick-exit-event.ts';
import { getDangerHotlines, getPrimaryHotlines, getSettings } from '../../data/site.ts';

/**
 * A questionnaire translated into one language, with the strings and hotlines its island
 * needs: the page ships only what it shows.
 */
export async function getSelfCheckPage(routeKey: SelfCheckRoute, locale: Locale) {
  const id = selfCheckIds[routeKey];
  const entry = await getEntry('self-checks', id);
  if (!entry) throw new Error(`content/self-checks/${id}.yaml is missing`);
  const check = entry.data;
  const lines = { all: await getPrimaryHotlines(), danger: await getDangerHotlines(check.danger.hotlines, `content/self-checks/${id}.yaml → danger.hotlines`) };
  const props = toSelfCheckProps(id, check, locale, lines, { url: (await getSettings()).quickExitUrl[locale], event: quickExitEvent });
  return { title: check.title[locale], introHtml: markdownToHtml(check.intro[locale]), props };
}
