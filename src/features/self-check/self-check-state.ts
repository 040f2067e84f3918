import type { AnswerValue } from '../../schemas/self-check.ts';
import type { Answers } from './engine/get-answer.ts';
import { getVisibleQuestions, type ScoredQuestion } from './engine/get-visible-questions.ts';

/**
 * Where a person is in a self-check. It lives only in the island's memory: never in storage,
 * cookies, the URL or history.
 */
export interface SelfCheckState {
  answers: Answers;
  /** Index among the questions visible now; past the last one, the result shows. */
  position: number;
  /** The option chosen on this screen, not yet confirmed with Next. */
  selected: AnswerValue | undefined;
  /** Presses of Next without an answer, so a repeated press is announced again; 0 = no error. */
  errorCount: number;
  /** A question marked urgent just got "Yes": the lines to call show before anything else. */
  urgent: boolean;
  /** Something to announce to screen readers. */
  status: '' | 'cleared';
  /** Focus follows each new screen, but not on first load. */
  moved: boolean;
}

/** What a person can do in a self-check. */
export type SelfCheckAction =
  | { type: 'select'; value: AnswerValue }
  | { type: 'next' }
  | { type: 'continue' }
  | { type: 'goTo'; position: number }
  | { type: 'clear' };

/** A self-check before the first answer. */
export const initialState: SelfCheckState = { answers: {}, position: 0, selected: undefined, errorCount: 0, urgent: false, status: '', moved: false };

/** Which screen shows for a state: a question, the urgent lines, or the result. */
export type SelfCheckScreen<Q> = { kind: 'question'; question: Q; position: number; total: number } | { kind: 'urgent' } | { kind: 'result' };

/**
 * The screen a state shows.
 * @example getScreen(questions, initialState) // { kind: 'question', question: questions[0], position: 0, total: … }
 */
export function getScreen<Q extends ScoredQuestion>(questions: readonly Q[], state: SelfCheckState): SelfCheckScreen<Q> {
  if (state.urgent) return { kind: 'urgent' };
  const visible = getVisibleQuestions({ questions }, state.answers);
  const question = visible[state.position];
  return question ? { kind: 'question', question, position: state.position, total: visible.length } : { kind: 'result' };
}

/**
 * The reducer of a self-check's questions: pure, so every path through a check is tested
 * without a browser.
 * @example
 * const reduce = createSelfCheckReducer(questions);
 * reduce(reduce(initialState, { type: 'select', value: 'no' }), { type: 'next' }).position // 1
 */
export function createSelfCheckReducer<Q extends ScoredQuestion>(questions: readonly Q[]) {
  /** The option already given to the question at `position`, if any, so going back shows it. */
  const selectedAt = (answers: Answers, position: number) => {
    const target = getVisibleQuestions({ questions }, answers)[position];
    return target ? answers[target.id] : undefined;
  };

  return function reduce(state: SelfCheckState, action: SelfCheckAction): SelfCheckState {
    switch (action.type) {
      case 'select':
        return { ...state, selected: action.value, errorCount: 0 };
      case 'next': {
        const screen = getScreen(questions, state);
        if (screen.kind !== 'question') return state;
        if (!state.selected) return { ...state, errorCount: state.errorCount + 1 };
        const answers = { ...state.answers, [screen.question.id]: state.selected };
        // Danger now means help now: the lines come before the next question.
        const urgent = screen.question.kind === 'indicator' && screen.question.urgent && state.selected === 'yes';
        const position = urgent ? state.position : state.position + 1;
        return { ...state, answers, urgent, position, selected: selectedAt(answers, position), errorCount: 0, status: '', moved: true };
      }
      case 'continue': {
        if (!state.urgent) return state;
        const position = state.position + 1;
        return { ...state, urgent: false, position, selected: selectedAt(state.answers, position), moved: true };
      }
      case 'goTo':
        return { ...state, urgent: false, position: action.position, selected: selectedAt(state.answers, action.position), errorCount: 0, status: '', moved: true };
      case 'clear':
        return { ...initialState, status: 'cleared', moved: true };
    }
  };
}
