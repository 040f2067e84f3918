import type { ResultText } from '../../../schemas/self-check.ts';
import type { SelfCheckResult } from './score-answers.ts';

/**
 * Which of the questionnaire's result texts to show. The level alone decides, except that a
 * `none` result with "I don't know" answers gets its own text: nothing was found among the
 * answers given, which is not the same as finding no signs.
 *
 * @example
 * getResultText({ level: 'none', unsure: [] }) // 'none'
 * getResultText({ level: 'none', unsure: ['papers-taken'] }) // 'noneUnsure'
 * getResultText({ level: 'some', unsure: ['papers-taken'] }) // 'some'
 */
export function getResultText(result: Pick<SelfCheckResult, 'level' | 'unsure'>): ResultText {
  return result.level === 'none' && result.unsure.length > 0 ? 'noneUnsure' : result.level;
}
