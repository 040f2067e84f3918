import type { Locale } from '../../i18n/locales.ts';
import { pickText, type Localized } from '../../i18n/localized.ts';
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
 * A text missing in `locale` is the Albanian one; pages avoid that mix by asking for Albanian
 * until the whole check is translated (`getSelfCheckLanguage`).
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
  const text = (value: Localized) => pickText(value, locale).text;
  return {
    id,
    rule: check.rule,
    listIntro: text(check.listIntro),
    questions: check.questions.map((question) => {
      const texts = { text: text(question.text), ...(question.help ? { help: text(question.help) } : {}) };
      return question.kind === 'indicator'
        ? {
            ...texts,
            id: question.id,
            kind: question.kind,
            element: question.element,
            strength: question.strength,
            urgent: question.urgent,
            sign: text(question.sign),
            ...(question.showIf ? { showIf: question.showIf } : {}),
            // The island scores in the browser: it needs the shared indicator and the other sets' grades too.
            ...(question.indicator ? { indicator: question.indicator } : {}),
            ...(question.strengthIn ? { strengthIn: question.strengthIn } : {}),
            ...(question.sexual ? { sexual: question.sexual } : {}),
          }
        : { ...texts, id: question.id, kind: question.kind, ...(question.showIf ? { showIf: question.showIf } : {}) };
    }),
    results: Object.fromEntries(
      resultTexts.map((key) => [key, { title: text(check.results[key].title), bodyHtml: markdownToHtml(text(check.results[key].body)) }]),
    ) as SelfCheckProps['results'],
    elementTexts: Object.fromEntries(
      // The check says in its own words why an element counts; the site-wide line is the fallback.
      elements.map((element) => {
        const reason = check.reasons[element];
        return [element, { title: t(`element.${element}.title`), why: reason ? text(reason) : t(`element.${element}.why`) }];
      }),
    ) as SelfCheckProps['elementTexts'],
    lines: toCallLines(lines.all, locale),
    danger: { lines: toCallLines(lines.danger, locale), title: text(check.danger.title), bodyHtml: markdownToHtml(text(check.danger.body)) },
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
