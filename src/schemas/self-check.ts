import { z } from 'astro/zod';
import { elements, strengths, type Element } from '../lib/indicators.ts';
import { hotlineId, localizedText } from './common.ts';

/** How a questionnaire turns positive elements into a `strong` result. */
export const selfCheckRules = ['trafficking', 'recruitment'] as const;

/** The answers a person can give; `Po` (yes) is always the warning sign. */
export const answerValues = ['yes', 'no', 'unsure'] as const;

/** Result levels, most serious first. */
export const resultLevels = ['urgent', 'strong', 'some', 'none'] as const;

/**
 * The result texts a questionnaire writes: one per level, and `noneUnsure` for a `none`
 * result where some answers were "I don't know", which must not read as "no signs".
 */
export const resultTexts = [...resultLevels, 'noneUnsure'] as const;

/** Show a question only when an earlier question got a given answer. */
const showIfSchema = z.strictObject({
  /** Id of the earlier question. */
  question: z.string().min(1),
  /** The answer that makes this question appear. */
  answer: z.enum(answerValues),
});

const questionBase = {
  /** Stable id, lowercase with dashes; never reuse one for a different question. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'Question id: lowercase letters, digits and dashes'),
  /** The question, phrased so that "Yes" is the warning sign. */
  text: localizedText,
  /** An optional example or explanation under the question. */
  help: localizedText.optional(),
  /** Ask only after a given answer to an earlier question. */
  showIf: showIfSchema.optional(),
};

/** A question that maps a "Yes" to one ILO–EC indicator. */
export const indicatorQuestionSchema = z.strictObject({
  kind: z.literal('indicator'),
  ...questionBase,
  /** The ILO–EC element a "Yes" is a sign of. */
  element: z.enum(elements),
  /** How strong a sign it is. */
  strength: z.enum(strengths),
  /** A "Yes" means danger right now: the result shows emergency numbers first. */
  urgent: z.boolean().default(false),
  /**
   * The ILO–EC indicator asked about, when two questions ask about the same one (being watched,
   * being cut off): the engine counts one indicator once in its element, at its strongest.
   * Without it, the question is its own indicator.
   */
  indicator: z.string().regex(/^[a-z0-9-]+$/, 'Indicator: lowercase letters, digits and dashes').optional(),
  /**
   * The grade in another ILO–EC set, where it differs from `strength` (the adult labour set):
   * a child's answers are scored with a child set, answers with a sexual-exploitation sign with
   * a sexual set. A child sexual-exploitation grade left out falls back on the child labour one.
   */
  strengthIn: z
    .strictObject({
      adultSexual: z.enum(strengths).optional(),
      childLabour: z.enum(strengths).optional(),
      childSexual: z.enum(strengths).optional(),
    })
    .optional(),
  /** A "Yes" is a sign of sexual exploitation: the result is scored with the ILO–EC sexual-exploitation set. */
  sexual: z.boolean().optional(),
  /** How the result names this sign when found ("Your documents were taken"). */
  sign: localizedText,
});

/** The question that tells whether the person concerned is under 18. */
export const ageQuestionSchema = z.strictObject({
  kind: z.literal('age'),
  ...questionBase,
});

/** One question of a self-check. */
export const questionSchema = z.discriminatedUnion('kind', [indicatorQuestionSchema, ageQuestionSchema]);

/** What the result says at one level. */
export const resultTextSchema = z.strictObject({
  /** The result heading. */
  title: localizedText,
  /** What it means, the person's rights, and what happens when they call (Markdown). */
  body: localizedText,
});

/**
 * The panel shown at once when an urgent question gets "Yes", before the next question: the
 * lines to call (confirmed emergency lines first), a title, and what to say when calling.
 */
const dangerSchema = z.strictObject({
  /** Hotline ids to show as call links, in order; at least two. */
  hotlines: z.array(hotlineId).min(2, 'List at least two lines to call: never a single route to help'),
  title: localizedText,
  /** What to say when calling, and what to do if the person cannot speak (Markdown). */
  body: localizedText,
});

/** One line per ILO–EC element: why a sign in it counts, in the check's own words. */
const reasonsSchema = z.strictObject({
  deceptiveRecruitment: localizedText.optional(),
  coerciveRecruitment: localizedText.optional(),
  recruitmentByAbuseOfVulnerability: localizedText.optional(),
  exploitation: localizedText.optional(),
  coercionAtDestination: localizedText.optional(),
  abuseOfVulnerabilityAtDestination: localizedText.optional(),
} satisfies Record<Element, unknown>);

/** A self-check questionnaire: `content/self-checks/<id>.yaml`. */
export const selfCheckSchema = z
  .strictObject({
    /** The page title. */
    title: localizedText,
    /** What the check is and that nothing is stored, shown before the first question. */
    intro: localizedText,
    /**
     * `trafficking`: recruitment and exploitation and (for adults) coercion or vulnerability
     * at destination. `recruitment`: a positive recruitment element is enough (job offers).
     */
    rule: z.enum(selfCheckRules),
    /**
     * Shown above the full list of questions when the page runs without JavaScript:
     * "If any of these is true for you…".
     */
    listIntro: localizedText,
    /** The questions, in the order they are asked. */
    questions: z.array(questionSchema).min(1),
    /** Shown at once when an urgent question gets "Yes", before the next question. */
    danger: dangerSchema,
    /** Why each element counts, shown once per element that has signs in the result. */
    reasons: reasonsSchema,
    /** The result text for each level, and for "no signs, but some answers unsure". */
    results: z.strictObject({
      urgent: resultTextSchema,
      strong: resultTextSchema,
      some: resultTextSchema,
      none: resultTextSchema,
      /** Shown instead of `none` when some answers were "I don't know". */
      noneUnsure: resultTextSchema,
    }),
  })
  .superRefine((check, ctx) => {
    const seen = new Set<string>();
    check.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `Question id "${question.id}" is used twice` });
      }
      if (question.showIf && !seen.has(question.showIf.question)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'showIf', 'question'],
          message: `showIf must name an earlier question; "${question.showIf.question}" is not one`,
        });
      }
      seen.add(question.id);
    });
    for (const element of new Set(check.questions.flatMap((question) => (question.kind === 'indicator' ? [question.element] : [])))) {
      if (!check.reasons[element]) ctx.addIssue({ code: 'custom', path: ['reasons', element], message: `A question names ${element}: say why it counts` });
    }
    if (check.questions.filter((question) => question.kind === 'age').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'A self-check has at most one age question' });
    }
  });

/** A self-check as written in content. */
export type SelfCheck = z.infer<typeof selfCheckSchema>;
/** One question of a self-check. */
export type Question = z.infer<typeof questionSchema>;
/** One answer. */
export type AnswerValue = (typeof answerValues)[number];
/** One result level. */
export type ResultLevel = (typeof resultLevels)[number];
/** One result text of a questionnaire. */
export type ResultText = (typeof resultTexts)[number];
