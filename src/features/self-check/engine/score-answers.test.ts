import { describe, expect, test } from 'vitest';
import type { AnswerValue, Question, SelfCheck } from '../../../schemas/self-check.ts';
import type { Element, Strength } from '../../../lib/indicators.ts';
import type { Answers } from './get-answer.ts';
import { scoreAnswers, strengthIn, type SelfCheckResult } from './score-answers.ts';

const text = { sq: 'Tekst', en: 'Text' };

interface QuestionOptions {
  urgent?: boolean;
  showIf?: [string, AnswerValue];
  indicator?: string;
  strengthIn?: Extract<Question, { kind: 'indicator' }>['strengthIn'];
  sexual?: boolean;
}

function showIfOf(options: QuestionOptions) {
  return options.showIf ? { showIf: { question: options.showIf[0], answer: options.showIf[1] } } : {};
}

function indicator(id: string, element: Element, strength: Strength, options: QuestionOptions = {}): Question {
  const { indicator: shared, strengthIn: grades, sexual } = options;
  return {
    kind: 'indicator',
    id,
    text,
    element,
    strength,
    urgent: options.urgent ?? false,
    sign: text,
    ...showIfOf(options),
    ...(shared && { indicator: shared }),
    ...(grades && { strengthIn: grades }),
    ...(sexual !== undefined && { sexual }),
  };
}

function age(id: string, options: QuestionOptions = {}): Question {
  return { kind: 'age', id, text, ...showIfOf(options) };
}

function selfCheck(rule: SelfCheck['rule'], questions: Question[]): SelfCheck {
  const result = { title: text, body: text };
  return { title: text, intro: text, listIntro: text, rule, questions, danger: { hotlines: ['emergency', 'police'], title: text, body: text }, reasons: {}, results: { urgent: result, strong: result, some: result, none: result, noneUnsure: result } };
}

/** Short names for the six elements, used in question ids. */
const short = {
  deceptiveRecruitment: 'deceptive',
  coerciveRecruitment: 'coercive',
  recruitmentByAbuseOfVulnerability: 'vulnerable',
  exploitation: 'exploitation',
  coercionAtDestination: 'coercion',
  abuseOfVulnerabilityAtDestination: 'dependence',
} as const satisfies Record<Element, string>;

/**
 * The age question, then for every element two strong, one medium and one weak indicator
 * (`deceptive-strong-1`, `deceptive-strong-2`, `deceptive-medium`, `deceptive-weak`, …),
 * then one urgent indicator.
 */
const fullQuestions: Question[] = [
  age('under-18'),
  ...(Object.entries(short) as [Element, string][]).flatMap(([element, name]) => [
    indicator(`${name}-strong-1`, element, 'strong'),
    indicator(`${name}-strong-2`, element, 'strong'),
    indicator(`${name}-medium`, element, 'medium'),
    indicator(`${name}-weak`, element, 'weak'),
  ]),
  indicator('locked-in-now', 'coercionAtDestination', 'strong', { urgent: true }),
];
const trafficking = selfCheck('trafficking', fullQuestions);
const recruitment = selfCheck('recruitment', fullQuestions);

/** "Yes" to each id. */
function yes(...ids: string[]): Answers {
  return Object.fromEntries(ids.map((id) => [id, 'yes']));
}

/** Answers that make one element positive: "Yes" to both of its strong indicators. */
function positive(element: Element): Answers {
  return yes(`${short[element]}-strong-1`, `${short[element]}-strong-2`);
}

const child = yes('under-18');

describe('scoreAnswers: level under the trafficking rule', () => {
  test.each<{ name: string; answers: Answers; level: string }>([
    { name: 'nothing answered', answers: {}, level: 'none' },
    { name: 'everything "No"', answers: Object.fromEntries(fullQuestions.map((q) => [q.id, 'no'] as const)), level: 'none' },
    { name: 'only the age question "Yes"', answers: child, level: 'none' },
    { name: 'one weak sign', answers: yes('exploitation-weak'), level: 'some' },
    { name: 'one strong sign, no element positive', answers: yes('deceptive-strong-1'), level: 'some' },
    {
      name: 'adult: recruitment + exploitation + destination',
      answers: { ...positive('deceptiveRecruitment'), ...positive('exploitation'), ...positive('coercionAtDestination') },
      level: 'strong',
    },
    {
      name: 'adult: all six positive',
      answers: Object.assign({}, ...Object.keys(short).map((element) => positive(element as Element))) as Answers,
      level: 'strong',
    },
    {
      name: 'adult: recruitment + exploitation, no destination element',
      answers: { ...positive('coerciveRecruitment'), ...positive('exploitation') },
      level: 'some',
    },
    {
      name: 'adult: exploitation + destination, no recruitment element',
      answers: { ...positive('exploitation'), ...positive('coercionAtDestination'), ...positive('abuseOfVulnerabilityAtDestination') },
      level: 'some',
    },
    {
      name: 'adult: all three recruitment + destination, no exploitation',
      answers: {
        ...positive('deceptiveRecruitment'),
        ...positive('coerciveRecruitment'),
        ...positive('recruitmentByAbuseOfVulnerability'),
        ...positive('coercionAtDestination'),
      },
      level: 'some',
    },
    {
      name: 'adult: exploitation has signs but is not positive (medium + weak)',
      answers: {
        ...positive('deceptiveRecruitment'),
        ...yes('exploitation-medium', 'exploitation-weak'),
        ...positive('coercionAtDestination'),
      },
      level: 'some',
    },
    {
      name: 'adult: the destination element has one strong only',
      answers: { ...positive('deceptiveRecruitment'), ...positive('exploitation'), ...yes('coercion-strong-1') },
      level: 'some',
    },
    {
      name: 'adult: elements positive by a mix (strong + weak, strong + medium, strong + strong)',
      answers: yes('vulnerable-strong-1', 'vulnerable-weak', 'exploitation-strong-2', 'exploitation-medium', 'dependence-strong-1', 'dependence-strong-2'),
      level: 'strong',
    },
    {
      name: 'child: recruitment + exploitation are enough',
      answers: { ...child, ...positive('deceptiveRecruitment'), ...positive('exploitation') },
      level: 'strong',
    },
    {
      name: 'child: exploitation + destination, no recruitment element',
      answers: { ...child, ...positive('exploitation'), ...positive('coercionAtDestination') },
      level: 'some',
    },
    {
      name: 'child: recruitment + destination, no exploitation',
      answers: { ...child, ...positive('recruitmentByAbuseOfVulnerability'), ...positive('abuseOfVulnerabilityAtDestination') },
      level: 'some',
    },
    {
      name: 'age "No": recruitment + exploitation is not enough',
      answers: { 'under-18': 'no', ...positive('deceptiveRecruitment'), ...positive('exploitation') },
      level: 'some',
    },
    {
      name: 'age "Not sure" is not under 18: recruitment + exploitation is not enough',
      answers: { 'under-18': 'unsure', ...positive('deceptiveRecruitment'), ...positive('exploitation') },
      level: 'some',
    },
  ])('$name → $level', ({ answers, level }) => {
    expect(scoreAnswers(trafficking, answers).level).toBe(level);
  });

  const recruitmentElements: Element[] = ['deceptiveRecruitment', 'coerciveRecruitment', 'recruitmentByAbuseOfVulnerability'];
  const destinationElements: Element[] = ['coercionAtDestination', 'abuseOfVulnerabilityAtDestination'];
  test.each(recruitmentElements.flatMap((act) => destinationElements.map((means) => ({ act, means }))))(
    'adult: $act + exploitation + $means → strong',
    ({ act, means }) => {
      const answers = { ...positive(act), ...positive('exploitation'), ...positive(means) };
      expect(scoreAnswers(trafficking, answers).level).toBe('strong');
      expect(scoreAnswers(trafficking, { ...answers, [`${short[means]}-strong-2`]: 'no' }).level).toBe('some');
    },
  );
});

describe('scoreAnswers: level under the recruitment rule', () => {
  test.each<{ element: Element; level: string }>([
    { element: 'deceptiveRecruitment', level: 'strong' },
    { element: 'coerciveRecruitment', level: 'strong' },
    { element: 'recruitmentByAbuseOfVulnerability', level: 'strong' },
    { element: 'exploitation', level: 'some' },
    { element: 'coercionAtDestination', level: 'some' },
    { element: 'abuseOfVulnerabilityAtDestination', level: 'some' },
  ])('only $element positive → $level, whatever the age', ({ element, level }) => {
    for (const ageAnswer of [undefined, 'yes', 'no', 'unsure'] as const) {
      const answers: Answers = { ...positive(element), ...(ageAnswer && { 'under-18': ageAnswer }) };
      expect(scoreAnswers(recruitment, answers).level, `age: ${ageAnswer}`).toBe(level);
    }
  });

  test.each<{ name: string; answers: Answers; level: string }>([
    { name: 'nothing answered', answers: {}, level: 'none' },
    { name: 'a recruitment element with one strong only', answers: yes('deceptive-strong-1'), level: 'some' },
    { name: 'a recruitment element with medium + weak only', answers: yes('coercive-medium', 'coercive-weak'), level: 'some' },
    {
      name: 'exploitation and both destination elements, no recruitment',
      answers: { ...positive('exploitation'), ...positive('coercionAtDestination'), ...positive('abuseOfVulnerabilityAtDestination') },
      level: 'some',
    },
    { name: 'a recruitment element by strong + weak', answers: yes('vulnerable-strong-2', 'vulnerable-weak'), level: 'strong' },
  ])('$name → $level', ({ answers, level }) => {
    expect(scoreAnswers(recruitment, answers).level).toBe(level);
  });
});

describe('scoreAnswers: urgent wins', () => {
  const met = { ...positive('deceptiveRecruitment'), ...positive('exploitation'), ...positive('coercionAtDestination') };
  test.each<{ name: string; check: SelfCheck; answers: Answers; level: string }>([
    { name: 'urgent "Yes" alone', check: trafficking, answers: yes('locked-in-now'), level: 'urgent' },
    { name: 'urgent "Yes" alone, recruitment rule', check: recruitment, answers: yes('locked-in-now'), level: 'urgent' },
    { name: 'urgent "Yes" with the rule met', check: trafficking, answers: { ...met, ...yes('locked-in-now') }, level: 'urgent' },
    {
      name: 'urgent "Yes" with the recruitment rule met',
      check: recruitment,
      answers: { ...positive('coerciveRecruitment'), ...yes('locked-in-now') },
      level: 'urgent',
    },
    { name: 'urgent "Yes" for a child', check: trafficking, answers: { ...child, ...yes('locked-in-now') }, level: 'urgent' },
    { name: 'urgent "Not sure" is not urgent', check: trafficking, answers: { 'locked-in-now': 'unsure' }, level: 'none' },
    { name: 'urgent "No" with the rule met', check: trafficking, answers: { ...met, 'locked-in-now': 'no' }, level: 'strong' },
  ])('$name → $level', ({ check, answers, level }) => {
    expect(scoreAnswers(check, answers).level).toBe(level);
  });

  test('the urgent sign also counts in its element', () => {
    const result = scoreAnswers(trafficking, yes('coercion-strong-1', 'locked-in-now'));
    expect(result.elements.find((e) => e.element === 'coercionAtDestination')).toEqual({
      element: 'coercionAtDestination',
      positive: true,
      signs: [
        { questionId: 'coercion-strong-1', strength: 'strong' },
        { questionId: 'locked-in-now', strength: 'strong' },
      ],
    });
  });
});

describe('scoreAnswers: isChild', () => {
  test.each<{ name: string; check: SelfCheck; answers: Answers; isChild: boolean }>([
    { name: 'age "Yes"', check: trafficking, answers: child, isChild: true },
    { name: 'age "Yes", recruitment rule', check: recruitment, answers: child, isChild: true },
    { name: 'age "No"', check: trafficking, answers: { 'under-18': 'no' }, isChild: false },
    { name: 'age "Not sure"', check: trafficking, answers: { 'under-18': 'unsure' }, isChild: false },
    { name: 'age not answered', check: trafficking, answers: yes('deceptive-weak'), isChild: false },
    {
      name: 'no age question (an id "under-18" answered anyway)',
      check: selfCheck('trafficking', [indicator('only', 'exploitation', 'weak')]),
      answers: child,
      isChild: false,
    },
  ])('$name → $isChild', ({ check, answers, isChild }) => {
    expect(scoreAnswers(check, answers).isChild).toBe(isChild);
  });
});

describe('scoreAnswers: elements', () => {
  test('all six, in canonical order, with signs in question order', () => {
    const result = scoreAnswers(
      trafficking,
      yes('deceptive-weak', 'deceptive-strong-2', 'exploitation-medium', 'exploitation-weak', 'dependence-strong-1'),
    );
    expect(result.elements).toEqual([
      {
        element: 'deceptiveRecruitment',
        positive: true,
        signs: [
          { questionId: 'deceptive-strong-2', strength: 'strong' },
          { questionId: 'deceptive-weak', strength: 'weak' },
        ],
      },
      { element: 'coerciveRecruitment', positive: false, signs: [] },
      { element: 'recruitmentByAbuseOfVulnerability', positive: false, signs: [] },
      {
        element: 'exploitation',
        positive: false,
        signs: [
          { questionId: 'exploitation-medium', strength: 'medium' },
          { questionId: 'exploitation-weak', strength: 'weak' },
        ],
      },
      { element: 'coercionAtDestination', positive: false, signs: [] },
      { element: 'abuseOfVulnerabilityAtDestination', positive: false, signs: [{ questionId: 'dependence-strong-1', strength: 'strong' }] },
    ]);
  });

  test('the order of elements does not follow the order of questions', () => {
    const reversed = selfCheck('trafficking', fullQuestions.toReversed());
    const result = scoreAnswers(reversed, yes('dependence-weak', 'deceptive-medium', 'deceptive-weak'));
    expect(result.elements.map((e) => e.element)).toEqual([
      'deceptiveRecruitment',
      'coerciveRecruitment',
      'recruitmentByAbuseOfVulnerability',
      'exploitation',
      'coercionAtDestination',
      'abuseOfVulnerabilityAtDestination',
    ]);
    // Signs follow the questionnaire, which here asks weak before medium.
    expect(result.elements[0]?.signs.map((s) => s.questionId)).toEqual(['deceptive-weak', 'deceptive-medium']);
  });

  test('an element without questions is still listed, not positive', () => {
    const check = selfCheck('trafficking', [indicator('only', 'exploitation', 'strong')]);
    const result = scoreAnswers(check, yes('only'));
    expect(result.elements).toHaveLength(6);
    expect(result.elements.filter((e) => e.signs.length > 0).map((e) => e.element)).toEqual(['exploitation']);
    expect(result.elements.every((e) => !e.positive)).toBe(true);
  });
});

describe('scoreAnswers: "Not sure"', () => {
  test('is listed and not counted as "Yes"', () => {
    const result = scoreAnswers(trafficking, {
      ...positive('deceptiveRecruitment'),
      ...positive('exploitation'),
      'coercion-strong-1': 'yes',
      'coercion-strong-2': 'unsure',
      'under-18': 'unsure',
    });
    expect(result.level).toBe('some');
    expect(result.unsure).toEqual(['under-18', 'coercion-strong-2']);
    expect(result.elements[4]).toEqual({
      element: 'coercionAtDestination',
      positive: false,
      signs: [{ questionId: 'coercion-strong-1', strength: 'strong' }],
    });
  });

  test('"Not sure" to everything is level none, every question listed in order', () => {
    const answers = Object.fromEntries(fullQuestions.map((q) => [q.id, 'unsure'] as const));
    const result = scoreAnswers(trafficking, answers);
    expect(result.level).toBe('none');
    expect(result.unsure).toEqual(fullQuestions.map((q) => q.id));
    expect(result.elements.flatMap((e) => e.signs)).toEqual([]);
  });

  test('no "Not sure" gives an empty list', () => {
    expect(scoreAnswers(trafficking, { ...positive('exploitation'), 'deceptive-weak': 'no' }).unsure).toEqual([]);
  });
});

describe('scoreAnswers: skip logic', () => {
  /** abroad ─yes→ job-differs ─yes→ beaten (urgent); the age question only after abroad "Yes". */
  const skipping = selfCheck('trafficking', [
    indicator('abroad', 'deceptiveRecruitment', 'strong'),
    indicator('job-differs', 'deceptiveRecruitment', 'strong', { showIf: ['abroad', 'yes'] }),
    indicator('beaten', 'coercionAtDestination', 'strong', { urgent: true, showIf: ['job-differs', 'yes'] }),
    age('under-18', { showIf: ['abroad', 'yes'] }),
    indicator('unpaid', 'exploitation', 'medium'),
  ]);

  test.each<{ name: string; answers: Answers; level: string; signs: string[]; unsure: string[]; isChild: boolean }>([
    {
      name: 'answers to hidden questions are ignored, even an urgent one',
      answers: { abroad: 'no', 'job-differs': 'yes', beaten: 'yes', 'under-18': 'yes', unpaid: 'yes' },
      level: 'some',
      signs: ['unpaid'],
      unsure: [],
      isChild: false,
    },
    {
      name: 'a hidden question’s dependant is ignored with a stale matching answer',
      answers: { abroad: 'yes', 'job-differs': 'no', beaten: 'yes' },
      level: 'some',
      signs: ['abroad'],
      unsure: [],
      isChild: false,
    },
    {
      name: '"Not sure" to a hidden question is not listed',
      answers: { abroad: 'unsure', 'job-differs': 'unsure', 'under-18': 'unsure', unpaid: 'unsure' },
      level: 'none',
      signs: [],
      unsure: ['abroad', 'unpaid'],
      isChild: false,
    },
    {
      name: 'the whole chain visible',
      answers: { abroad: 'yes', 'job-differs': 'yes', beaten: 'yes', 'under-18': 'yes' },
      level: 'urgent',
      signs: ['abroad', 'job-differs', 'beaten'],
      unsure: [],
      isChild: true,
    },
    {
      name: 'unknown ids are ignored',
      answers: { 'not-a-question': 'yes', 'also-not': 'unsure' },
      level: 'none',
      signs: [],
      unsure: [],
      isChild: false,
    },
  ])('$name', ({ answers, level, signs, unsure, isChild }) => {
    const result = scoreAnswers(skipping, answers);
    expect(result.level).toBe(level);
    expect(result.elements.flatMap((e) => e.signs.map((s) => s.questionId))).toEqual(signs);
    expect(result.unsure).toEqual(unsure);
    expect(result.isChild).toBe(isChild);
  });

  test('unknown ids do not change any part of the result', () => {
    const answers = { ...positive('deceptiveRecruitment'), 'exploitation-weak': 'unsure' } as const;
    // `as const`: TypeScript widens the value of a `constructor` key to string despite the context.
    expect(scoreAnswers(trafficking, { ...answers, 'not-a-question': 'yes', constructor: 'yes' as const })).toEqual(
      scoreAnswers(trafficking, answers),
    );
  });
});

describe('scoreAnswers: purity', () => {
  function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object') {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  }

  test('does not change the questionnaire or the answers, and gives the same result twice', () => {
    const check = deepFreeze(structuredClone(trafficking));
    const answers = deepFreeze<Answers>({ ...child, ...positive('deceptiveRecruitment'), ...positive('exploitation'), 'coercion-weak': 'unsure' });
    const first: SelfCheckResult = scoreAnswers(check, answers);
    expect(scoreAnswers(check, answers)).toEqual(first);
    expect(check).toEqual(trafficking);
    expect(first.level).toBe('strong');
  });
});

describe('scoreAnswers: ruleMet', () => {
  test.each<{ name: string; answers: Answers; level: string; ruleMet: boolean }>([
    { name: 'nothing', answers: {}, level: 'none', ruleMet: false },
    { name: 'the rule met', answers: { ...positive('deceptiveRecruitment'), ...positive('exploitation'), ...positive('coercionAtDestination') }, level: 'strong', ruleMet: true },
    { name: 'the rule met and an urgent answer: urgent, and the rule still reported', answers: { ...positive('deceptiveRecruitment'), ...positive('exploitation'), ...positive('coercionAtDestination'), ...yes('locked-in-now') }, level: 'urgent', ruleMet: true },
    { name: 'an urgent answer alone: urgent, the rule not met', answers: yes('locked-in-now'), level: 'urgent', ruleMet: false },
    { name: 'signs without the rule', answers: { ...positive('deceptiveRecruitment'), ...positive('exploitation') }, level: 'some', ruleMet: false },
  ])('$name', ({ answers, level, ruleMet }) => {
    expect(scoreAnswers(trafficking, answers)).toMatchObject({ level, ruleMet });
  });
});

describe('strengthIn', () => {
  const graded = { strength: 'medium', strengthIn: { adultSexual: 'strong', childLabour: 'strong' } } as const;
  test.each<[string, Pick<Extract<Question, { kind: 'indicator' }>, 'strength' | 'strengthIn'>, Parameters<typeof strengthIn>[1], Strength]>([
    ['adult labour is the base grade', graded, 'adultLabour', 'medium'],
    ['a set with its own grade', graded, 'adultSexual', 'strong'],
    ['a child set with its own grade', graded, 'childLabour', 'strong'],
    ['child sexual without its own grade falls back on child labour', graded, 'childSexual', 'strong'],
    ['child sexual with its own grade keeps it', { strength: 'medium', strengthIn: { childLabour: 'strong', childSexual: 'weak' } }, 'childSexual', 'weak'],
    ['no other grades: the base everywhere', { strength: 'weak' }, 'childSexual', 'weak'],
    ['adult sexual never falls back on a child grade', { strength: 'medium', strengthIn: { childLabour: 'strong' } }, 'adultSexual', 'medium'],
  ])('%s', (_name, question, set, expected) => {
    expect(strengthIn(question, set)).toBe(expected);
  });
});

describe('scoreAnswers: ILO–EC sets', () => {
  // Forced clients: medium in the labour sets, strong in the sexual ones. Long hours: strong in
  // the labour sets, medium in the adult sexual one. A threat: medium for adults, strong for a child.
  const sets = selfCheck('trafficking', [
    age('under-18'),
    indicator('partner', 'recruitmentByAbuseOfVulnerability', 'medium'),
    indicator('threatened', 'coerciveRecruitment', 'medium', { strengthIn: { childLabour: 'strong' } }),
    indicator('sold', 'coerciveRecruitment', 'medium', { strengthIn: { childLabour: 'strong' } }),
    indicator('forced-sex', 'coercionAtDestination', 'medium', { strengthIn: { adultSexual: 'strong', childSexual: 'strong' }, sexual: true }),
    indicator('forced-begging', 'coercionAtDestination', 'medium', { strengthIn: { childLabour: 'strong' } }),
    indicator('watched', 'coercionAtDestination', 'strong'),
    indicator('long-hours', 'exploitation', 'strong', { strengthIn: { adultSexual: 'medium' } }),
    indicator('no-pay', 'exploitation', 'medium'),
  ]);
  const strengthOf = (result: SelfCheckResult, questionId: string) => result.elements.flatMap((e) => e.signs).find((s) => s.questionId === questionId)?.strength;

  test.each<{ name: string; answers: Answers; set: SelfCheckResult['set'] }>([
    { name: 'no answers: adult labour', answers: {}, set: 'adultLabour' },
    { name: 'a labour sign: adult labour', answers: yes('forced-begging'), set: 'adultLabour' },
    { name: 'a sexual sign: adult sexual', answers: yes('forced-sex'), set: 'adultSexual' },
    { name: 'a child: child labour', answers: yes('under-18', 'forced-begging'), set: 'childLabour' },
    { name: 'a child with a sexual sign: child sexual', answers: yes('under-18', 'forced-sex'), set: 'childSexual' },
    { name: '"Not sure" to the sexual sign: adult labour', answers: { 'forced-sex': 'unsure' }, set: 'adultLabour' },
  ])('$name', ({ answers, set }) => {
    expect(scoreAnswers(sets, answers).set).toBe(set);
  });

  test('forced clients count strong, and long hours medium, once the answers show sexual exploitation', () => {
    const labour = scoreAnswers(sets, yes('long-hours', 'forced-begging'));
    const sexual = scoreAnswers(sets, yes('long-hours', 'forced-sex'));
    expect([strengthOf(labour, 'long-hours'), strengthOf(sexual, 'long-hours'), strengthOf(sexual, 'forced-sex')]).toEqual(['strong', 'medium', 'strong']);
  });

  test('adult sexual exploitation: long hours and no pay are two medium signs, not enough for exploitation', () => {
    const result = scoreAnswers(sets, yes('forced-sex', 'long-hours', 'no-pay'));
    expect(result.elements.find((e) => e.element === 'exploitation')?.positive).toBe(false);
  });

  test('the same exploitation under the labour set: long hours strong, so positive', () => {
    const result = scoreAnswers(sets, yes('forced-begging', 'long-hours', 'no-pay'));
    expect(result.elements.find((e) => e.element === 'exploitation')?.positive).toBe(true);
  });

  test('forced clients (strong in the sexual set) with forced begging (medium) make coercion at destination positive; forced begging with a medium sign alone would not', () => {
    const coercion = (answers: Answers) => scoreAnswers(sets, answers).elements.find((e) => e.element === 'coercionAtDestination')?.positive;
    expect([coercion(yes('forced-sex', 'forced-begging')), coercion(yes('forced-sex')), coercion(yes('forced-begging'))]).toEqual([true, false, false]);
  });

  test('a child threatened and sold: coercive recruitment positive (two strong); the same adult: not (two medium)', () => {
    const coercive = (answers: Answers) => scoreAnswers(sets, answers).elements.find((e) => e.element === 'coerciveRecruitment')?.positive;
    expect([coercive(yes('under-18', 'threatened', 'sold')), coercive(yes('threatened', 'sold'))]).toEqual([true, false]);
  });

  test('a child forced to beg, threatened and sold, with no pay and long hours: strong', () => {
    expect(scoreAnswers(sets, yes('under-18', 'threatened', 'sold', 'forced-begging', 'long-hours', 'no-pay')).level).toBe('strong');
  });
});

describe('scoreAnswers: one indicator asked twice counts once', () => {
  const twice = selfCheck('trafficking', [
    indicator('never-alone', 'coercionAtDestination', 'strong', { indicator: 'confinement' }),
    indicator('contact-stopped', 'coercionAtDestination', 'strong', { indicator: 'confinement' }),
    indicator('documents', 'coercionAtDestination', 'strong'),
    indicator('threat', 'coercionAtDestination', 'medium', { indicator: 'threats' }),
    indicator('threat-again', 'coercionAtDestination', 'weak', { indicator: 'threats' }),
  ]);
  const coercion = (answers: Answers) => scoreAnswers(twice, answers).elements.find((e) => e.element === 'coercionAtDestination');

  test.each<{ name: string; answers: Answers; positive: boolean }>([
    { name: 'two questions on one strong indicator: one strong, not positive', answers: yes('never-alone', 'contact-stopped'), positive: false },
    { name: 'two strong indicators: positive', answers: yes('never-alone', 'documents'), positive: true },
    { name: 'the shared indicator counts at its strongest: strong + medium, positive', answers: yes('never-alone', 'contact-stopped', 'threat', 'threat-again'), positive: true },
    { name: 'medium and weak of one indicator are one medium: not positive', answers: yes('threat', 'threat-again'), positive: false },
  ])('$name', ({ answers, positive }) => {
    expect(coercion(answers)?.positive).toBe(positive);
  });

  test('every question answered "Yes" is still listed as a sign', () => {
    expect(coercion(yes('never-alone', 'contact-stopped'))?.signs.map((s) => s.questionId)).toEqual(['never-alone', 'contact-stopped']);
  });
});
