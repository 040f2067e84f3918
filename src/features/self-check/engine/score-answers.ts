import type { ResultLevel, SelfCheck } from '../../../schemas/self-check.ts';
import { destinationElements, elements, recruitmentElements, strengths, type Element, type IndicatorSet, type Strength } from '../../../lib/indicators.ts';
import { getAnswer, type Answers } from './get-answer.ts';
import { getVisibleQuestions, type ScoredCheck, type ScoredQuestion } from './get-visible-questions.ts';
import { isElementPositive } from './is-element-positive.ts';

/** One indicator the person answered "Yes" to. */
export interface Sign {
  /** Id of the question, so the UI can show its `sign` text. */
  questionId: string;
  /** The indicator's ILO–EC strength in the set the result was scored with. */
  strength: Strength;
}

type IndicatorQuestion = Extract<ScoredQuestion, { kind: 'indicator' }>;

/**
 * A question's grade in one ILO–EC set: its own grade for that set, else (for the child
 * sexual-exploitation set, of which only a few grades were retrieved) the child labour grade,
 * else `strength`, its grade in the adult labour set.
 *
 * @example
 * strengthIn({ strength: 'medium', strengthIn: { childLabour: 'strong' } }, 'childSexual') // 'strong'
 * strengthIn({ strength: 'medium', strengthIn: { childLabour: 'strong' } }, 'adultSexual') // 'medium'
 */
export function strengthIn(question: Pick<IndicatorQuestion, 'strength' | 'strengthIn'>, set: IndicatorSet): Strength {
  const own = set === 'adultLabour' ? undefined : question.strengthIn?.[set];
  const fallback = set === 'childSexual' ? question.strengthIn?.childLabour : undefined;
  return own ?? fallback ?? question.strength;
}

/**
 * The strengths an element counts: one per ILO–EC indicator, the strongest where several
 * questions ask about the same indicator, so two ways of asking one thing count once.
 */
function perIndicator(signs: ReadonlyArray<Sign & { indicator: string }>): Strength[] {
  const strongest = new Map<string, Strength>();
  for (const sign of signs) {
    const known = strongest.get(sign.indicator);
    if (!known || strengths.indexOf(sign.strength) < strengths.indexOf(known)) strongest.set(sign.indicator, sign.strength);
  }
  return [...strongest.values()];
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
  /**
   * The ILO–EC set the answers were scored with: a child set when the age question got "Yes",
   * a sexual-exploitation set when a question marked `sexual` got "Yes".
   */
  set: IndicatorSet;
  /**
   * Whether the questionnaire's rule is met (see `scoreAnswers`), also when an urgent answer
   * makes the level `urgent`.
   */
  ruleMet: boolean;
  /** All six elements, always in the canonical order of `elements`. */
  elements: readonly ElementResult[];
  /** Ids of the visible questions answered "Not sure", in question order. */
  unsure: readonly string[];
}

/**
 * Scores a self-check. Only visible questions count: answers to hidden questions and to
 * ids the questionnaire does not have are ignored, and "Not sure" is never a "Yes".
 *
 * Each "Yes" counts with its grade in the ILO–EC set that fits the answers (see `set`), and
 * questions that share an `indicator` count once in their element.
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

  const sexual = yesIndicators.some((question) => question.sexual === true);
  const set: IndicatorSet = isChild ? (sexual ? 'childSexual' : 'childLabour') : sexual ? 'adultSexual' : 'adultLabour';

  const elementResults = elements.map((element): ElementResult => {
    const found = yesIndicators
      .filter((question) => question.element === element)
      .map((question) => ({ questionId: question.id, strength: strengthIn(question, set), indicator: question.indicator ?? question.id }));
    const signs = found.map(({ questionId, strength }): Sign => ({ questionId, strength }));
    return { element, positive: isElementPositive(perIndicator(found)), signs };
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

  return { level, isChild, set, ruleMet, elements: elementResults, unsure };
}
