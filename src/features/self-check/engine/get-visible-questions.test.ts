import { describe, expect, test } from 'vitest';
import type { AnswerValue, Question, SelfCheck } from '../../../schemas/self-check.ts';
import type { Answers } from './get-answer.ts';
import { getVisibleQuestions } from './get-visible-questions.ts';

const text = { sq: 'Tekst', en: 'Text' };

/** An indicator question; `showIf` given as `[questionId, answer]`. */
function question(id: string, showIf?: [string, AnswerValue]): Question {
  return {
    kind: 'indicator',
    id,
    text,
    element: 'exploitation',
    strength: 'medium',
    urgent: false,
    sign: text,
    ...(showIf && { showIf: { question: showIf[0], answer: showIf[1] } }),
  };
}

function selfCheck(questions: Question[]): SelfCheck {
  const result = { title: text, body: text };
  return {
    title: text,
    intro: text,
    listIntro: text,
    rule: 'trafficking',
    questions,
    danger: { hotlines: ['emergency', 'police'], title: text, body: text },
    reasons: {},
    results: { urgent: result, strong: result, some: result, none: result, noneUnsure: result },
  };
}

/**
 * abroad ─yes→ where ─yes→ papers        (a chain)
 *        └─no──→ home                    (the other branch)
 * last                                   (always)
 */
const branching = selfCheck([
  question('abroad'),
  question('where', ['abroad', 'yes']),
  question('papers', ['where', 'yes']),
  question('home', ['abroad', 'no']),
  question('last'),
]);

describe('getVisibleQuestions', () => {
  test.each<{ name: string; answers: Answers; visible: string[] }>([
    { name: 'nothing answered: only questions without showIf', answers: {}, visible: ['abroad', 'last'] },
    { name: 'showIf met by "yes"', answers: { abroad: 'yes' }, visible: ['abroad', 'where', 'last'] },
    { name: 'showIf met by "no"', answers: { abroad: 'no' }, visible: ['abroad', 'home', 'last'] },
    { name: '"Not sure" meets neither branch', answers: { abroad: 'unsure' }, visible: ['abroad', 'last'] },
    {
      name: 'a chain opens step by step',
      answers: { abroad: 'yes', where: 'yes' },
      visible: ['abroad', 'where', 'papers', 'last'],
    },
    {
      name: 'a chain stops where its answer differs',
      answers: { abroad: 'yes', where: 'no', papers: 'yes' },
      visible: ['abroad', 'where', 'last'],
    },
    {
      name: 'a hidden question hides its dependants even with a stale matching answer',
      answers: { abroad: 'no', where: 'yes', papers: 'yes' },
      visible: ['abroad', 'home', 'last'],
    },
    { name: 'unknown ids change nothing', answers: { elsewhere: 'yes' }, visible: ['abroad', 'last'] },
  ])('$name', ({ answers, visible }) => {
    expect(getVisibleQuestions(branching, answers).map((q) => q.id)).toEqual(visible);
  });

  test('a showIf naming a question that is not earlier in the list keeps it hidden', () => {
    const check = selfCheck([question('early', ['late', 'yes']), question('late'), question('ghost', ['missing', 'yes'])]);
    expect(getVisibleQuestions(check, { late: 'yes', missing: 'yes' }).map((q) => q.id)).toEqual(['late']);
  });

  test('returns the questions themselves, in questionnaire order', () => {
    const visible = getVisibleQuestions(branching, { abroad: 'yes' });
    expect(visible[1]).toBe(branching.questions[1]);
  });
});
