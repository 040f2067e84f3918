import type { Locale } from '../../i18n/locales.ts';
import { getPath } from '../../i18n/routes.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { toCallLines } from '../hotlines/to-call-lines.ts';
import { elements } from '../../lib/indicators.ts';
import { markdownToHtml } from '../../lib/markdown.ts';
import type { Hotline } from '../../schemas/hotline.ts';
import { resultTexts, type SelfCheck } from '../../schemas/self-check.ts';
import type { SelfCheckProps } from './types.ts';

/**
 * A questionnaire translated into one language, with the strings and hotlines its island
 * needs: the page ships only what it shows. The page and the CMS preview both build it here.
 * @example toSelfCheckProps('job-offer', check, 'sq', { all: primary, danger: [emergency, police] }, { url: settings.quickExitUrl.sq, event: quickExitEvent }).questions[0].text
 */
export function toSelfCheckProps(
  id: string,
  check: SelfCheck,
  locale: Locale,
  lines: { all: ReadonlyArray<{ id: string; data: Hotline }>; danger: ReadonlyArray<{ id: string; data: Hotline }> },
  /** Where quick exit goes and the event it fires (the CMS preview must not bundle the quick-exit module). */
  quickExit: { url: string; event: string },
): SelfCheckProps {
  const t = useTranslations(locale);
  return {
    id,
    rule: check.rule,
    listIntro: check.listIntro[locale],
    questions: check.questions.map((question) => {
      const text = { text: question.text[locale], ...(question.help ? { help: question.help[locale] } : {}) };
      return question.kind === 'indicator'
        ? {
            ...text,
            id: question.id,
            kind: question.kind,
            element: question.element,
            strength: question.strength,
            urgent: question.urgent,
            sign: question.sign[locale],
            ...(question.showIf ? { showIf: question.showIf } : {}),
            // The island scores in the browser: it needs the shared indicator and the other sets' grades too.
            ...(question.indicator ? { indicator: question.indicator } : {}),
            ...(question.strengthIn ? { strengthIn: question.strengthIn } : {}),
            ...(question.sexual ? { sexual: question.sexual } : {}),
          }
        : { ...text, id: question.id, kind: question.kind, ...(question.showIf ? { showIf: question.showIf } : {}) };
    }),
    results: Object.fromEntries(
      resultTexts.map((key) => [key, { title: check.results[key].title[locale], bodyHtml: markdownToHtml(check.results[key].body[locale]) }]),
    ) as SelfCheckProps['results'],
    elementTexts: Object.fromEntries(
      // The check says in its own words why an element counts; the site-wide line is the fallback.
      elements.map((element) => [element, { title: t(`element.${element}.title`), why: check.reasons[element]?.[locale] ?? t(`element.${element}.why`) }]),
    ) as SelfCheckProps['elementTexts'],
    lines: toCallLines(lines.all, locale),
    danger: { lines: toCallLines(lines.danger, locale), title: check.danger.title[locale], bodyHtml: markdownToHtml(check.danger.body[locale]) },
    quickExit: { ...quickExit, label: t('quickExit.label') },
    afterHelpLink: { href: getPath('afterHelp', locale), label: t('nav.afterHelp') },
    strings: {
      progress: t('selfCheck.progress'),
      yes: t('selfCheck.yes'),
      no: t('selfCheck.no'),
      unsure: t('selfCheck.unsure'),
      next: t('selfCheck.next'),
      back: t('selfCheck.back'),
      clear: t('selfCheck.clear'),
      cleared: t('selfCheck.cleared'),
      chooseAnswer: t('selfCheck.chooseAnswer'),
      seeResult: t('selfCheck.seeResult'),
      signsHeading: t('selfCheck.signsHeading'),
      unsureHeading: t('selfCheck.unsureHeading'),
      unsureText: t('selfCheck.unsureText'),
      childNote: t('selfCheck.childNote'),
      contactsHeading: t('selfCheck.contactsHeading'),
      callNowHeading: t('selfCheck.callNowHeading'),
      urgentContinue: t('selfCheck.urgentContinue'),
      changeAnswers: t('selfCheck.changeAnswers'),
      afterHelp: t('selfCheck.afterHelp'),
      listHeading: t('selfCheck.listHeading'),
    },
  };
}
