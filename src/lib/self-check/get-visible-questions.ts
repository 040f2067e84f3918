import type { Question } from '../../schemas/self-check.ts';
import { getAnswer, type Answers } from './get-answer.ts';

type IndicatorQuestion = Extract<Question, { kind: 'indicator' }>;
type AgeQuestion = Extract<Question, { kind: 'age' }>;

/**
 * What the engine reads of a question: ids, skips and the indicator mapping, never the
 * text. The page passes questions already translated into one language; the engine does
 * not mind.
 */
export type ScoredQuestion =
  | Pick<IndicatorQuestion, 'id' | 'kind' | 'showIf' | 'element' | 'strength' | 'urgent' | 'indicator' | 'strengthIn' | 'sexual'>
  | Pick<AgeQuestion, 'id' | 'kind' | 'showIf'>;

/** The part of a questionnaire the engine needs. */
export interface ScoredCheck<Q extends ScoredQuestion = ScoredQuestion> {
  questions: readonly Q[];
}

/**
 * The questions that are asked given the answers so far, in order. A question with `showIf`
 * appears only when its earlier question is itself visible and got exactly that answer, so
 * hiding one question hides everything that hangs on it.
 *
 * @example
 * // `where` has showIf { question: 'abroad', answer: 'yes' }
 * getVisibleQuestions(check, { abroad: 'no' }).map((q) => q.id) // ['abroad']
 * getVisibleQuestions(check, { abroad: 'yes' }).map((q) => q.id) // ['abroad', 'where']
 */
export function getVisibleQuestions<Q extends ScoredQuestion>(check: ScoredCheck<Q>, answers: Answers): Q[] {
  const visibleIds = new Set<string>();
  const visible: Q[] = [];
  for (const question of check.questions) {
    const { showIf } = question;
    // One pass in order is enough because showIf may only name an earlier question; a
    // showIf naming an unknown or later question therefore keeps the question hidden.
    if (showIf && !(visibleIds.has(showIf.question) && getAnswer(answers, showIf.question) === showIf.answer)) {
      continue;
    }
    visibleIds.add(question.id);
    visible.push(question);
  }
  return visible;
}

/**
 * The question to ask now: the first visible one without an answer, or `undefined` when
 * every visible question is answered and the result can be shown.
 *
 * @example
 * getNextQuestion(check, {})?.id // the first question's id
 * getNextQuestion(check, allAnswered) // undefined
 */
export function getNextQuestion<Q extends ScoredQuestion>(check: ScoredCheck<Q>, answers: Answers): Q | undefined {
  return getVisibleQuestions(check, answers).find((question) => getAnswer(answers, question.id) === undefined);
}

/** Where the person is in the questionnaire, for "Question 3 of 12". */
export interface Progress {
  /** 1-based position of the next question among the visible ones; equals `total` when done. */
  current: number;
  /** How many questions are visible now; it can grow when an answer reveals more. */
  total: number;
}

/**
 * How far along the questionnaire the person is.
 *
 * @example
 * getProgress(check, {}) // { current: 1, total: 12 }
 * getProgress(check, { first: 'no', second: 'yes' }) // { current: 3, total: 12 }
 */
export function getProgress(check: ScoredCheck, answers: Answers): Progress {
  const visible = getVisibleQuestions(check, answers);
  const next = visible.findIndex((question) => getAnswer(answers, question.id) === undefined);
  // When done there is no next question; stay on the last one rather than say "13 of 12".
  return { current: next === -1 ? visible.length : next + 1, total: visible.length };
}
