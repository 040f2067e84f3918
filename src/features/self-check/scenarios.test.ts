import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { elements, type Element } from '../../lib/indicators.ts';
import type { Answers } from './engine/get-answer.ts';
import { getResultText } from './engine/get-result-text.ts';
import { getVisibleQuestions } from './engine/get-visible-questions.ts';
import { scoreAnswers } from './engine/score-answers.ts';
import { selfCheckSchema, type AnswerValue, type SelfCheck } from '../../schemas/self-check.ts';

/**
 * Realistic cases run through the real questionnaires in content/ and the real engine: the
 * questions must let the ILO–EC rule be met where the case is clear, and not where it is not.
 */
const load = (id: string): SelfCheck => selfCheckSchema.parse(yaml.load(readFileSync(`content/self-checks/${id}.yaml`, 'utf8')));
const checks = { 'job-offer': load('job-offer'), 'my-situation': load('my-situation'), 'someone-else': load('someone-else') };
type CheckId = keyof typeof checks;

/**
 * Answers a check as a person would, screen by screen: "Yes" to the named questions, `rest`
 * to every other question shown. Fails when a named question does not exist or never shows,
 * so a renamed or re-skipped question cannot silently drop out of a scenario.
 */
function answer(id: CheckId, yes: readonly string[], rest: AnswerValue = 'no'): Answers {
  const check = checks[id];
  const unknown = yes.filter((questionId) => !check.questions.some((question) => question.id === questionId));
  expect(unknown, `questions ${id} does not have`).toEqual([]);
  let answers: Answers = {};
  for (;;) {
    const next = getVisibleQuestions(check, answers).find((question) => !(question.id in answers));
    if (!next) break;
    answers = { ...answers, [next.id]: yes.includes(next.id) ? 'yes' : rest };
  }
  const unseen = yes.filter((questionId) => !(questionId in answers));
  expect(unseen, `questions of ${id} that never showed`).toEqual([]);
  return answers;
}

/** The level a check gives, and the elements that met the ILO–EC rule. */
function outcome(id: CheckId, answers: Answers) {
  const { level, elements } = scoreAnswers(checks[id], answers);
  return { level, positive: elements.filter((result) => result.positive).map((result) => result.element) };
}

describe('realistic scenarios on the real questionnaires', () => {
  // A partner pushes her into sex work, says she owes him, took her passport on the way and has
  // watched her ever since; no pay, long hours. Nothing urgent answered.
  const loverBoy = [
    'pushed-by-partner',
    'debt-keeps-growing',
    'debt-from-recruitment',
    'documents-taken',
    'documents-taken-from-start',
    'watched-or-kept-in',
    'watched-from-start',
    'made-to-do-things-not-agreed',
    'little-or-no-pay',
    'very-long-hours',
  ];

  test('my situation, "lover boy": strong, through coercive recruitment', () => {
    const answers = answer('my-situation', loverBoy);
    expect(outcome('my-situation', answers)).toEqual({ level: 'strong', positive: ['coerciveRecruitment', 'exploitation', 'coercionAtDestination'] });
  });

  test('my situation, "lover boy" at home: a partner, a hard time, a trip he arranged: strong, through abuse of vulnerability', () => {
    const answers = answer('my-situation', [
      'pushed-by-partner',
      'hard-time-used',
      'trip-arranged-by-them',
      'made-to-do-things-not-agreed',
      'little-or-no-pay',
      'very-long-hours',
      'watched-or-kept-in',
    ]);
    expect(scoreAnswers(checks['my-situation'], answers).level).toBe('strong');
    expect(outcome('my-situation', answers).positive).toContain('recruitmentByAbuseOfVulnerability');
  });

  test('my situation, debt bondage: a debt to those who brought him that grows, passport taken and locked in from the trip on, pay withheld: strong', () => {
    const answers = answer('my-situation', [
      'debt-keeps-growing',
      'debt-from-recruitment',
      'documents-taken',
      'documents-taken-from-start',
      'watched-or-kept-in',
      'watched-from-start',
      'little-or-no-pay',
      'very-long-hours',
    ]);
    expect(outcome('my-situation', answers)).toEqual({ level: 'strong', positive: ['coerciveRecruitment', 'exploitation', 'coercionAtDestination'] });
  });

  test('my situation, a debt that began at the workplace is asked of everyone, and counts at destination', () => {
    // `answer` fails if a named question never shows: with no other "Yes", this one must.
    const answers = answer('my-situation', ['debt-keeps-growing']);
    expect(scoreAnswers(checks['my-situation'], answers).elements.find((result) => result.element === 'coercionAtDestination')?.signs.map((sign) => sign.questionId)).toContain('debt-keeps-growing');
  });

  test('my situation, debt bondage with nothing known of how it started but the debt: some (one coercive-recruitment medium is not enough)', () => {
    const answers = answer('my-situation', ['debt-keeps-growing', 'debt-from-recruitment', 'watched-or-kept-in', 'little-or-no-pay', 'very-long-hours']);
    expect(scoreAnswers(checks['my-situation'], answers).level).toBe('some');
  });

  test('my situation, deceived about the job, exploited, documents taken and watched: strong; without the coercion answers: some', () => {
    const deceivedAndExploited = ['job-different-than-promised', 'pay-or-conditions-worse', 'very-long-hours', 'little-or-no-pay'];
    expect(scoreAnswers(checks['my-situation'], answer('my-situation', [...deceivedAndExploited, 'documents-taken', 'watched-or-kept-in'])).level).toBe('strong');
    expect(scoreAnswers(checks['my-situation'], answer('my-situation', deceivedAndExploited)).level).toBe('some');
  });

  test('my situation, the same "lover boy" aged 16: strong even without any control at destination', () => {
    const answers = answer('my-situation', ['pushed-by-partner', 'hard-time-used', 'trip-arranged-by-them', 'little-or-no-pay', 'very-long-hours', 'under-18']);
    const result = scoreAnswers(checks['my-situation'], answers);
    expect(result).toMatchObject({ level: 'strong', isChild: true });
  });

  // What a friend sees: never alone since the day she left, no documents since the trip, endless
  // unpaid hours, a debt to those who took her there that never goes down, says she cannot leave.
  const observed = [
    'never-alone',
    'watched-from-start',
    'no-own-documents',
    'documents-taken-from-start',
    'very-long-hours',
    'little-or-no-pay',
    'debt-never-goes-down',
    'debt-to-recruiters',
    'says-cannot-leave',
  ];

  test('someone else, what a friend can observe: strong', () => {
    const answers = answer('someone-else', observed);
    expect(outcome('someone-else', answers)).toEqual({ level: 'strong', positive: ['coerciveRecruitment', 'exploitation', 'coercionAtDestination'] });
  });

  test('someone else, the same control but "I don\'t know" how it started: some, with those questions listed as unsure', () => {
    const fromStart = ['watched-from-start', 'documents-taken-from-start', 'debt-to-recruiters'];
    const answers: Answers = { ...answer('someone-else', observed), ...Object.fromEntries(fromStart.map((id) => [id, 'unsure' as const])) };
    const result = scoreAnswers(checks['someone-else'], answers);
    expect(result.level).toBe('some');
    expect(result.unsure).toEqual(fromStart);
  });

  test('someone else, taken away by a new boyfriend in a hard time, trip arranged by others, exploited, watched, without documents: strong', () => {
    const answers = answer('someone-else', ['pushed-by-partner', 'hard-time-used', 'trip-arranged-by-others', 'very-long-hours', 'little-or-no-pay', 'never-alone', 'no-own-documents']);
    expect(scoreAnswers(checks['someone-else'], answers).level).toBe('strong');
  });

  test('job offer: employer keeps the passport, a fee or debt to the recruiter, told to lie at the border and keep it secret: strong', () => {
    const answers = answer('job-offer', ['keep-passport', 'recruiter-fee', 'told-to-lie', 'told-to-keep-secret']);
    expect(outcome('job-offer', answers)).toEqual({ level: 'strong', positive: ['coerciveRecruitment'] });
  });

  test('job offer: passport, fee and lying at the border alone: some (two coercive mediums and one deceptive medium meet no element)', () => {
    const answers = answer('job-offer', ['keep-passport', 'recruiter-fee', 'told-to-lie']);
    expect(scoreAnswers(checks['job-offer'], answers).level).toBe('some');
  });

  test('job offer: a new boyfriend promising marriage, in a hard time, who arranges the whole trip: strong', () => {
    const answers = answer('job-offer', ['partner-or-online-contact', 'promise-of-marriage', 'hard-time-used', 'trip-arranged-by-them']);
    expect(outcome('job-offer', answers)).toEqual({ level: 'strong', positive: ['recruitmentByAbuseOfVulnerability'] });
  });

  test.each(Object.keys(checks) as CheckId[])('%s, all "I don\'t know": none, every question listed as unsure, and the unsure text', (id) => {
    const answers = answer(id, [], 'unsure');
    const result = scoreAnswers(checks[id], answers);
    expect(result.level).toBe('none');
    expect(result.unsure).toEqual(Object.keys(answers));
    expect(result.unsure.length).toBeGreaterThan(0);
    expect(getResultText(result)).toBe('noneUnsure');
  });

  test.each(Object.keys(checks) as CheckId[])('%s, all "No": none, and the plain "no signs" text', (id) => {
    const result = scoreAnswers(checks[id], answer(id, []));
    expect(result.level).toBe('none');
    expect(getResultText(result)).toBe('none');
  });
});

describe('every element a check asks about can be met', () => {
  // Someone else is asked what an observer sees; dependence at destination is left out to keep
  // the check short, and coercion at destination covers the destination means.
  const asked: Record<CheckId, readonly Element[]> = {
    'job-offer': ['deceptiveRecruitment', 'coerciveRecruitment', 'recruitmentByAbuseOfVulnerability'],
    'my-situation': elements,
    'someone-else': elements.filter((element) => element !== 'abuseOfVulnerabilityAtDestination'),
  };

  test.each(Object.keys(checks) as CheckId[])('%s: each of its elements is positive from its own questions', (id) => {
    for (const element of asked[id]) {
      const own = checks[id].questions.flatMap((question) => (question.kind === 'indicator' && question.element === element ? [question.id] : []));
      // Answer "Yes" to this element's questions only (and to the questions they hang on).
      const parents = checks[id].questions.flatMap((question) => (question.showIf && own.includes(question.id) ? [question.showIf.question] : []));
      expect(outcome(id, answer(id, [...own, ...parents])).positive, element).toContain(element);
    }
  });

  test.each(Object.keys(checks) as CheckId[])('%s: no question names an element the check does not mean to ask', (id) => {
    const named = new Set(checks[id].questions.flatMap((question) => (question.kind === 'indicator' ? [question.element] : [])));
    expect([...named].sort()).toEqual([...asked[id]].sort());
  });

  test.each([
    ['job-offer', 16],
    ['someone-else', 18],
    ['my-situation', 23],
  ] as const)('%s asks at most %i questions, every skip shown', (id, most) => {
    expect(getVisibleQuestions(checks[id], answer(id, checks[id].questions.map((question) => question.id))).length).toBeLessThanOrEqual(most);
  });
});
