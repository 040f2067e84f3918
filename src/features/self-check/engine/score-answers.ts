import type { ResultLevel, SelfCheck } from '../../../schemas/self-check.ts';
import { destinationElements, elements, recruitmentElements, type Element, type Strength } from '../../../lib/indicators.ts';
import { getAnswer, type Answers } from './get-answer.ts';
import { getVisibleQuestions, type ScoredCheck } from './get-visible-questions.ts';
import { isElementPositive } from './is-element-positive.ts';

/** One indicator the person answered "Yes" to. */
export interface Sign {
  /** Id of the question, so the UI can show its `sign` text. */
  questionId: string;
  /** The indicator's ILO–EC strength. */
  strength: Strength;
}

/** What was found in one ILO–EC element. */
export interface ElementResult {
  element: Element;
  /** Whether the signs meet the ILO–EC combination rule (see `isElementPositive`). */
  positive: boolean;
  /** The signs found in this element, in question order. */
  signs: readonly Sign[];
}

/** The outcome of a self-check. */
export interface SelfCheckResult {
  /** Which result text to show. */
  level: ResultLevel;
  /** The age question was answered "Yes" (under 18). */
  isChild: boolean;
  /** All six elements, always in the canonical order of `elements`. */
  elements: readonly ElementResult[];
  /** Ids of the visible questions answered "Not sure", in question order. */
  unsure: readonly string[];
}

/**
 * Scores a self-check. Only visible questions count: answers to hidden questions and to
 * ids the questionnaire does not have are ignored, and "Not sure" is never a "Yes".
 *
 * Level: `urgent` when any urgent question is answered "Yes", whatever else was found;
 * else `strong` when the questionnaire's rule is met; else `some` when any indicator is
 * answered "Yes"; else `none`. Rule `trafficking` (ILO–EC): a recruitment element and
 * exploitation positive, and for adults a destination element as well, since for
 * children the means do not matter (Palermo Protocol). Rule `recruitment`: any
 * recruitment element positive, whatever the age.
 *
 * @example
 * const result = scoreAnswers(check, { 'lied-about-job': 'yes', 'papers-taken': 'unsure' });
 * result.level // 'some'
 * result.unsure // ['papers-taken']
 */
export function scoreAnswers(check: ScoredCheck & Pick<SelfCheck, 'rule'>, answers: Answers): SelfCheckResult {
  const visible = getVisibleQuestions(check, answers);
  const answered = visible.map((question) => ({ question, answer: getAnswer(answers, question.id) }));

  const isChild = answered.some(({ question, answer }) => question.kind === 'age' && answer === 'yes');
  const unsure = answered.filter(({ answer }) => answer === 'unsure').map(({ question }) => question.id);
  const yesIndicators = answered.flatMap(({ question, answer }) =>
    question.kind === 'indicator' && answer === 'yes' ? [question] : [],
  );

  const elementResults = elements.map((element): ElementResult => {
    const signs = yesIndicators
      .filter((question) => question.element === element)
      .map((question): Sign => ({ questionId: question.id, strength: question.strength }));
    return { element, positive: isElementPositive(signs.map((sign) => sign.strength)), signs };
  });
  const positive = new Set(elementResults.filter((result) => result.positive).map((result) => result.element));
  const anyPositive = (group: readonly Element[]) => group.some((element) => positive.has(element));

  const ruleMet =
    check.rule === 'recruitment'
      ? anyPositive(recruitmentElements)
      : anyPositive(recruitmentElements) && positive.has('exploitation') && (isChild || anyPositive(destinationElements));

  const level: ResultLevel = yesIndicators.some((question) => question.urgent)
    ? 'urgent'
    : ruleMet
      ? 'strong'
      : yesIndicators.length > 0
        ? 'some'
        : 'none';

  return { level, isChild, elements: elementResults, unsure };
}
