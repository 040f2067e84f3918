import type { Question } from '../../../schemas/self-check.ts';
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
