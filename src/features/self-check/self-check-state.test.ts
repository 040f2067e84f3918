import { describe, expect, test } from 'vitest';
import type { ScoredQuestion } from './engine/get-visible-questions.ts';
import { createSelfCheckReducer, getScreen, initialState, type SelfCheckAction, type SelfCheckState } from './self-check-state.ts';

const questions: ScoredQuestion[] = [
  { id: 'danger', kind: 'indicator', element: 'coercionAtDestination', strength: 'strong', urgent: true },
  { id: 'abroad', kind: 'indicator', element: 'deceptiveRecruitment', strength: 'weak', urgent: false },
  { id: 'where', kind: 'indicator', element: 'deceptiveRecruitment', strength: 'medium', urgent: false, showIf: { question: 'abroad', answer: 'yes' } },
  { id: 'pay', kind: 'indicator', element: 'exploitation', strength: 'strong', urgent: false },
];
const reduce = createSelfCheckReducer(questions);
const run = (...actions: SelfCheckAction[]): SelfCheckState => actions.reduce(reduce, initialState);
const answer = (value: 'yes' | 'no' | 'unsure'): SelfCheckAction[] => [{ type: 'select', value }, { type: 'next' }];
const screenOf = (state: SelfCheckState) => {
  const screen = getScreen(questions, state);
  return screen.kind === 'question' ? `${screen.question.id} ${screen.position + 1}/${screen.total}` : screen.kind;
};

describe('a self-check, step by step', () => {
  test.each([
    ['the first question shows first, focus stays put', [], 'danger 1/3', false],
    ['Next without an answer stays, with an error', [{ type: 'next' }], 'danger 1/3', false],
    ['"No" moves on', answer('no'), 'abroad 2/3', true],
    ['"Yes" to an urgent question shows the lines first', answer('yes'), 'urgent', true],
    ['…and Continue goes on to the next question', [...answer('yes'), { type: 'continue' }], 'abroad 2/3', true],
    ['"Not sure" to an urgent question is not danger', answer('unsure'), 'abroad 2/3', true],
    ['an answer that opens a question adds it', [...answer('no'), ...answer('yes')], 'where 3/4', true],
    ['the last answer shows the result', [...answer('no'), ...answer('no'), ...answer('no')], 'result', true],
    ['going back shows the question again', [...answer('no'), { type: 'goTo', position: 0 }], 'danger 1/3', true],
    ['clearing starts again', [...answer('no'), ...answer('yes'), { type: 'clear' }], 'danger 1/3', true],
  ] as Array<[string, SelfCheckAction[], string, boolean]>)('%s', (_name, actions, screen, moved) => {
    const state = run(...actions);
    expect(screenOf(state)).toBe(screen);
    expect(state.moved).toBe(moved);
  });

  test('Next without an answer counts each press, so each is announced', () => {
    expect(run({ type: 'next' }, { type: 'next' }).errorCount).toBe(2);
    expect(run({ type: 'next' }, { type: 'select', value: 'no' }).errorCount).toBe(0);
  });

  test('the urgent answer is kept and counts in the result', () => {
    expect(run(...answer('yes'), { type: 'continue' }).answers).toEqual({ danger: 'yes' });
  });

  test('going back shows the answer given before; a new question starts unselected', () => {
    const back = run(...answer('no'), ...answer('yes'), { type: 'goTo', position: 1 });
    expect(back.selected).toBe('yes');
    expect(run(...answer('no')).selected).toBeUndefined();
  });

  test('an answer that hides a question drops it from what follows', () => {
    const state = run(...answer('no'), ...answer('yes'), ...answer('yes'), { type: 'goTo', position: 1 }, ...answer('no'));
    expect(screenOf(state)).toBe('pay 3/3');
  });

  test('clearing forgets every answer and says so', () => {
    const state = run(...answer('yes'), { type: 'continue' }, ...answer('yes'), { type: 'clear' });
    expect(state).toEqual({ ...initialState, status: 'cleared', moved: true });
  });

  test('Continue does nothing unless the lines are showing', () => {
    const state = run(...answer('no'));
    expect(reduce(state, { type: 'continue' })).toBe(state);
  });
});
