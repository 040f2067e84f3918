import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { elements, type Element } from '../../lib/indicators.ts';
import type { Answers } from './engine/get-answer.ts';
import { getResultText } from './engine/get-result-text.ts';
import { getVisibleQuestions, type ScoredCheck } from './engine/get-visible-questions.ts';
import { scoreAnswers } from './engine/score-answers.ts';
import { answerFor, beforeChecks, beforeQuestionFacts, cases, checkIds, questionFacts, type CaseCheck, type CheckId as CaseCheckId, type Fact } from './scenario-cases.ts';
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

describe('the danger panel', () => {
  const hotlines = (id: string) => yaml.load(readFileSync(`content/hotlines/${id}.yaml`, 'utf8')) as { status?: string } | undefined;
  test.each(Object.keys(checks) as CheckId[])('%s: its lines exist and are confirmed to work, so each shows as a call link', (id) => {
    expect(checks[id].danger.hotlines.map((line) => hotlines(line)?.status)).toEqual(checks[id].danger.hotlines.map(() => 'confirmed'));
  });
});

describe('hand-made scenarios on the real questionnaires', () => {
  test('my situation, "lover boy" abroad: promised marriage, taken by him, sold on, made to sell sex, money taken, watched: strong, scored with the adult sexual-exploitation set', () => {
    const answers = answer('my-situation', [
      'job-different-than-promised',
      'promised-marriage',
      'pushed-by-partner',
      'trip-arranged-by-them',
      'sold-or-handed-over',
      'forced-sex',
      'little-or-no-pay',
      'money-taken',
      'bad-living-or-working-conditions',
      'watched-or-kept-in',
    ]);
    const result = scoreAnswers(checks['my-situation'], answers);
    expect(result.set).toBe('adultSexual');
    expect(outcome('my-situation', answers)).toEqual({ level: 'strong', positive: ['deceptiveRecruitment', 'exploitation', 'coercionAtDestination'] });
  });

  test('my situation, a fixed debt to those who brought him, asked of everyone: with poverty used, a hidden crossing, documents taken on arrival and long unpaid hours in a cannabis house, strong', () => {
    const answers = answer('my-situation', [
      'hard-time-used',
      'irregular-travel',
      'trip-arranged-by-them',
      'paid-or-owe-recruiters',
      'held-for-debt',
      'documents-taken',
      'documents-taken-from-start',
      'forced-crime',
      'very-long-hours',
      'money-taken',
    ]);
    // A debt and documents taken at the start are two medium signs: coercive recruitment needs a third.
    expect(outcome('my-situation', answers)).toEqual({ level: 'strong', positive: ['recruitmentByAbuseOfVulnerability', 'exploitation', 'coercionAtDestination'] });
  });

  test('my situation, the debt question shows with no other "Yes", and a debt alone is one sign: some', () => {
    expect(scoreAnswers(checks['my-situation'], answer('my-situation', ['paid-or-owe-recruiters'])).level).toBe('some');
  });

  test('my situation, a child sold by a poor family and taken abroad to beg, kept from school, money taken: strong under the child set', () => {
    const answers = answer('my-situation', ['under-18', 'hard-time-used', 'family-involved', 'trip-arranged-by-them', 'sold-or-handed-over', 'forced-begging', 'money-taken', 'little-or-no-pay', 'kept-from-school']);
    expect(scoreAnswers(checks['my-situation'], answers)).toMatchObject({ level: 'strong', isChild: true, set: 'childLabour' });
  });

  test('my situation, "school" is asked only of a child', () => {
    const adult = getVisibleQuestions(checks['my-situation'], answer('my-situation', [])).map((question) => question.id);
    const child = getVisibleQuestions(checks['my-situation'], answer('my-situation', ['under-18'])).map((question) => question.id);
    expect([adult.includes('kept-from-school'), child.includes('kept-from-school')]).toEqual([false, true]);
  });

  test('someone else, a vanished teenager and nothing else known: some, never none', () => {
    const answers: Answers = { ...answer('someone-else', ['contact-stopped', 'under-18'], 'unsure') };
    expect(scoreAnswers(checks['someone-else'], answers).level).toBe('some');
  });

  test('someone else, being watched, saying they cannot leave and contact stopping are one ILO–EC indicator: alone, coercion at destination is not positive', () => {
    const answers = answer('someone-else', ['never-alone', 'says-cannot-leave', 'contact-stopped']);
    expect(outcome('someone-else', answers).positive).not.toContain('coercionAtDestination');
  });

  test('someone else, a son who left by small boat to work on a cannabis farm: some', () => {
    expect(scoreAnswers(checks['someone-else'], answer('someone-else', ['irregular-travel', 'illegal-work'], 'unsure')).level).toBe('some');
  });

  test('job offer: a new boyfriend promising marriage abroad with no job named, arranging the whole trip in secret: strong', () => {
    const answers = answer('job-offer', ['unclear-job-or-employer', 'promise-of-marriage', 'partner-or-online-contact', 'trip-arranged-by-them', 'irregular-travel']);
    expect(outcome('job-offer', answers)).toEqual({ level: 'strong', positive: ['deceptiveRecruitment', 'recruitmentByAbuseOfVulnerability'] });
  });

  test('job offer: a passage on credit in a small boat, with the trip arranged by them: strong', () => {
    const answers = answer('job-offer', ['recruiter-fee', 'irregular-travel', 'trip-arranged-by-them', 'hard-time-used']);
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

/**
 * Answers a check from a case's facts, screen by screen as a person would: each question shown
 * gets the answer its facts give (see `answerFor`).
 */
function answerFromFacts(check: ScoredCheck, facts: Record<string, readonly Fact[]>, known: CaseCheck): Answers {
  let answers: Answers = {};
  for (;;) {
    const next = getVisibleQuestions(check, answers).find((question) => !(question.id in answers));
    if (!next) return answers;
    answers = { ...answers, [next.id]: answerFor(facts[next.id] ?? [], known) };
  }
}

type Version = 'before' | 'after';

/** What one case gets in one check, on the questionnaires before issue 12 or today's. */
function resultOf(version: Version, checkId: CaseCheckId, known: CaseCheck) {
  const check = version === 'before' ? beforeChecks[checkId] : checks[checkId];
  const facts = version === 'before' ? beforeQuestionFacts[checkId] : questionFacts[checkId];
  return scoreAnswers(check, answerFromFacts(check, facts, known));
}

const runs = cases.flatMap((entry) => (Object.entries(entry.checks) as [CaseCheckId, CaseCheck][]).map(([checkId, known]) => ({ entry, checkId, known })));

/**
 * Per check: how many cases of trafficking, exploitation or risk reach a level an expert accepts,
 * how many of them meet the ILO–EC rule itself (whatever an urgent answer adds), and how many
 * legitimate offers stay at a level an expert accepts.
 */
function figures(version: Version) {
  return Object.fromEntries(
    checkIds.map((checkId) => {
      const here = runs.filter((run) => run.checkId === checkId);
      const problems = here.filter((run) => run.entry.kind !== 'legitimate');
      const legitimate = here.filter((run) => run.entry.kind === 'legitimate');
      const results = (list: typeof here) => list.map((run) => ({ run, result: resultOf(version, checkId, run.known) }));
      return [
        checkId,
        {
          cases: problems.length,
          acceptable: results(problems).filter(({ run, result }) => run.known.accept.includes(result.level)).length,
          ruleMet: results(problems).filter(({ result }) => result.ruleMet).length,
          legitimate: legitimate.length,
          legitimateAcceptable: results(legitimate).filter(({ run, result }) => run.known.accept.includes(result.level)).length,
        },
      ];
    }),
  ) as Record<CaseCheckId, { cases: number; acceptable: number; ruleMet: number; legitimate: number; legitimateAcceptable: number }>;
}

/** Case and check pairs that today's checks do not bring to an acceptable level (see the README). */
const MISSES = [
  'l-elbasan-older-man/my-situation',
  'er-forced-marriage-then-street/job-offer',
  'gb-sold-greece-italy/my-situation',
  'eva-fiance-brussels/my-situation',
  'vangjel-wife-milan/someone-else',
  'naim-greece-begging-marijuana/my-situation',
  'daniel-prizren-begging/someone-else',
  'a-neighbours-then-street/my-situation',
];
/** The figures in the README, "Self-checks measured on published cases". */
const AFTER = {
  'job-offer': { cases: 13, acceptable: 12, ruleMet: 3, legitimate: 5, legitimateAcceptable: 5 },
  'my-situation': { cases: 29, acceptable: 24, ruleMet: 2, legitimate: 2, legitimateAcceptable: 2 },
  'someone-else': { cases: 6, acceptable: 4, ruleMet: 0, legitimate: 1, legitimateAcceptable: 1 },
};
const BEFORE = {
  'job-offer': { cases: 13, acceptable: 10, ruleMet: 1, legitimate: 5, legitimateAcceptable: 5 },
  'my-situation': { cases: 29, acceptable: 23, ruleMet: 0, legitimate: 2, legitimateAcceptable: 2 },
  'someone-else': { cases: 6, acceptable: 1, ruleMet: 0, legitimate: 1, legitimateAcceptable: 1 },
};

describe('published cases (issue 12): data', () => {
  test('at least 25 documented trafficking or exploitation cases and at least 5 legitimate offers, each with a source', () => {
    const problems = cases.filter((entry) => entry.kind !== 'legitimate' && entry.kind !== 'risk');
    const legitimate = cases.filter((entry) => entry.kind === 'legitimate');
    expect([problems.length >= 25, legitimate.length >= 5]).toEqual([true, true]);
    for (const entry of cases) expect(entry.source.url, entry.id).toMatch(/^https?:\/\//);
  });

  test('case ids are unique', () => {
    expect(new Set(cases.map((entry) => entry.id)).size).toBe(cases.length);
  });

  test.each(checkIds)('%s: every question of today\'s questionnaire maps onto facts, and nothing else does', (checkId) => {
    expect(Object.keys(questionFacts[checkId]).sort()).toEqual(checks[checkId].questions.map((question) => question.id).sort());
  });

  test.each(checkIds)('%s: the frozen questionnaire before issue 12 maps onto facts, and nothing else does', (checkId) => {
    expect(Object.keys(beforeQuestionFacts[checkId]).sort()).toEqual(beforeChecks[checkId].questions.map((question) => question.id).sort());
  });

  test('no case says a fact both happened and did not', () => {
    const both = runs.flatMap(({ entry, checkId, known }) => known.yes.filter((fact) => known.no?.includes(fact)).map((fact) => `${entry.id}/${checkId}: ${fact}`));
    expect(both).toEqual([]);
  });
});

describe('published cases (issue 12): today\'s questionnaires', () => {
  // Cases whose published facts are too thin for today's checks to reach the level an expert
  // accepts: reported as misses in the README, and kept here so a change either way is seen.
  const misses = new Set(MISSES);
  test.each(runs.map((run) => [run.entry.id, run.checkId, run] as const))('%s, %s: an acceptable level, or a known miss', (id, checkId, { known }) => {
    const level = resultOf('after', checkId, known).level;
    expect(known.accept.includes(level), `${id}/${checkId} gives ${level}`).toBe(!misses.has(`${id}/${checkId}`));
  });

  test('every legitimate offer stays at "some" or below', () => {
    const above = runs.filter((run) => run.entry.kind === 'legitimate').filter((run) => !['none', 'some'].includes(resultOf('after', run.checkId, run.known).level));
    expect(above.map((run) => run.entry.id)).toEqual([]);
  });

  test('the figures the README reports', () => {
    expect(figures('after')).toEqual(AFTER);
  });
});

describe('published cases (issue 12): the questionnaires before issue 12', () => {
  test('the figures the README reports', () => {
    expect(figures('before')).toEqual(BEFORE);
  });
});

describe('every element a check asks about can be met', () => {
  // A job offer is checked before leaving: only the recruitment elements can be asked. Someone
  // else gets one question on dependence at destination (illegal work): it shows as a sign, but
  // alone it cannot make the element positive; coercion at destination carries the means there.
  const asked: Record<CheckId, readonly Element[]> = {
    'job-offer': ['deceptiveRecruitment', 'coerciveRecruitment', 'recruitmentByAbuseOfVulnerability'],
    'my-situation': elements,
    'someone-else': elements.filter((element) => element !== 'abuseOfVulnerabilityAtDestination'),
  };
  const signOnly: Record<CheckId, readonly Element[]> = { 'job-offer': [], 'my-situation': [], 'someone-else': ['abuseOfVulnerabilityAtDestination'] };

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
    expect([...named].sort()).toEqual([...asked[id], ...signOnly[id]].sort());
  });

  test.each([
    ['job-offer', 17],
    ['someone-else', 28],
    ['my-situation', 33],
  ] as const)('%s asks at most %i questions, every skip shown', (id, most) => {
    expect(getVisibleQuestions(checks[id], answer(id, checks[id].questions.map((question) => question.id))).length).toBeLessThanOrEqual(most);
  });
});
