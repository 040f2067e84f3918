import type { AnswerValue } from '../../../schemas/self-check.ts';

/** The answers given so far, keyed by question id. A question without a key is unanswered. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * The answer given to one question, or `undefined` when it has none.
 *
 * @example
 * getAnswer({ 'papers-taken': 'yes' }, 'papers-taken') // 'yes'
 * getAnswer({}, 'constructor') // undefined
 */
export function getAnswer(answers: Answers, questionId: string): AnswerValue | undefined {
  // Own keys only: ids are free lowercase words, and `constructor` would otherwise read
  // Object.prototype and look answered.
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}
