import { describe, expect, test } from 'vitest';
import { getAnswer, type Answers } from './get-answer.ts';

describe('getAnswer', () => {
  test.each<{ name: string; answers: Answers; id: string; expected: string | undefined }>([
    { name: 'a given answer', answers: { a: 'yes', b: 'no' }, id: 'b', expected: 'no' },
    { name: '"Not sure" is an answer', answers: { a: 'unsure' }, id: 'a', expected: 'unsure' },
    { name: 'no answer yet', answers: { a: 'yes' }, id: 'b', expected: undefined },
    { name: 'an id that Object.prototype also has', answers: {}, id: 'constructor', expected: undefined },
    // `as const`: TypeScript widens the value of a `constructor` key to string despite the context.
    { name: 'an id that Object.prototype also has, answered', answers: { constructor: 'no' as const }, id: 'constructor', expected: 'no' },
  ])('$name', ({ answers, id, expected }) => {
    expect(getAnswer(answers, id)).toBe(expected);
  });
});
