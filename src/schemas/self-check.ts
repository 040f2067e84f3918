import { z } from 'astro/zod';
import { strengths, type Element } from '../lib/indicators.ts';
import { elementSchema, hotlineList, localizedText, markdownText, strengthSchema } from './common.ts';

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
  question: z.string().min(1).meta({ label: 'Kodi i pyetjes së mëparshme' }),
  /** The answer that makes this question appear (choices named as on the site). */
  answer: z.enum(answerValues).meta({ label: 'Përgjigjja' }),
});

const questionBase = {
  /** Stable id, lowercase with dashes; never reuse one for a different question. */
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'Question id: lowercase letters, digits and dashes')
    .meta({
      label: 'Kodi i pyetjes',
      hint: 'Shkronja të vogla, shifra dhe viza. Mos e ndryshoni dhe mos e përdorni për një pyetje tjetër.',
      patternMessage: 'Vetëm shkronja të vogla, shifra dhe viza',
    }),
  /** The question, phrased so that "Yes" is the warning sign. */
  text: localizedText.meta({ label: 'Teksti', multiline: true }),
  /** An optional example or explanation under the question. */
  help: localizedText.meta({ label: 'Shpjegim nën pyetje', multiline: true }).optional(),
  /** Ask only after a given answer to an earlier question. */
  showIf: showIfSchema.meta({ label: 'Shfaqet vetëm pas një përgjigjeje', hint: 'Lëreni bosh që pyetja të dalë gjithmonë.' }).optional(),
};

/** A question that maps a "Yes" to one ILO–EC indicator. */
export const indicatorQuestionSchema = z
  .strictObject({
    /** Which kind of question: the editor picks it when adding one. */
    kind: z.literal('indicator'),
    ...questionBase,
    /** The ILO–EC element a "Yes" is a sign of. */
    element: elementSchema,
    /** How strong a sign it is. */
    strength: strengthSchema,
    /** A "Yes" means danger right now: the result shows emergency numbers first. */
    urgent: z
      .boolean()
      .default(false)
      .meta({ label: 'Rrezik tani', hint: '«Po» do të thotë rrezik i menjëhershëm: rezultati tregon së pari 112 dhe 129.' }),
    /**
     * The ILO–EC indicator asked about, when two questions ask about the same one (being watched,
     * being cut off): the engine counts one indicator once in its element, at its strongest.
     * Without it, the question is its own indicator.
     */
    indicator: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'Indicator: lowercase letters, digits and dashes')
      .meta({
        label: 'Treguesi ILO–KE i përbashkët',
        hint: 'Vetëm kur dy pyetje pyesin për të njëjtin tregues (p.sh. «confinement»): numërohet një herë.',
        patternMessage: 'Vetëm shkronja të vogla, shifra dhe viza',
      })
      .optional(),
    /**
     * The grade in another ILO–EC set, where it differs from `strength` (the adult labour set):
     * a child's answers are scored with a child set, answers with a sexual-exploitation sign with
     * a sexual set. A child sexual-exploitation grade left out falls back on the child labour one.
     */
    strengthIn: z
      .strictObject({
        /** Adults, sexual exploitation. */
        adultSexual: z.enum(strengths).meta({ label: 'Të rritur, shfrytëzim seksual' }).optional(),
        /** Children, labour exploitation. */
        childLabour: z.enum(strengths).meta({ label: 'Fëmijë, shfrytëzim në punë' }).optional(),
        /** Children, sexual exploitation; empty: the child labour grade applies. */
        childSexual: z.enum(strengths).meta({ label: 'Fëmijë, shfrytëzim seksual', hint: 'Bosh: vlen forca për fëmijët në punë.' }).optional(),
      })
      .meta({ label: 'Forca në grupet e tjera ILO–KE', hint: 'Vetëm aty ku ndryshon nga forca për të rriturit në punë. Shkruani burimin në shënim.' })
      .optional(),
    /** A "Yes" is a sign of sexual exploitation: the result is scored with the ILO–EC sexual-exploitation set. */
    sexual: z
      .boolean()
      .meta({ label: 'Shenjë shfrytëzimi seksual', hint: '«Po» këtu e vlerëson rezultatin me grupin ILO–KE të shfrytëzimit seksual.' })
      .optional(),
    /** How the result names this sign when found ("Your documents were taken"). */
    sign: localizedText.meta({ label: 'Si e emërton rezultati këtë shenjë', hint: '«Të morën dokumentet».' }),
  })
  .meta({ label: 'Pyetje për një shenjë' });

/** The question that tells whether the person concerned is under 18. */
export const ageQuestionSchema = z
  .strictObject({
    /** Which kind of question: the editor picks it when adding one. */
    kind: z.literal('age'),
    ...questionBase,
  })
  .meta({ label: 'Pyetja për moshën' });

/** One question of a self-check. */
export const questionSchema = z.discriminatedUnion('kind', [indicatorQuestionSchema, ageQuestionSchema]);

/** What the result says at one level. */
export const resultTextSchema = z.strictObject({
  /** The result heading. */
  title: localizedText.meta({ label: 'Titulli' }),
  /** What it means, the person's rights, and what happens when they call (Markdown). */
  body: markdownText.meta({ label: 'Teksti', markdown: true }),
});

/**
 * The panel shown at once when an urgent question gets "Yes", before the next question: the
 * lines to call (confirmed emergency lines first; the build refuses one not confirmed), a
 * title, and what to say when calling.
 */
const dangerSchema = z
  .strictObject({
    /** Hotline ids to show as call links, in order; at least two. */
    hotlines: hotlineList.min(2, 'List at least two lines to call: never a single route to help'),
    /** The panel's heading. */
    title: localizedText.meta({ label: 'Titulli' }),
    /** What to say when calling, and what to do if the person cannot speak (Markdown). */
    body: markdownText.meta({ label: 'Çfarë të thotë', markdown: true }),
  })
  .meta({
    label: 'Paneli i rrezikut',
    hint: 'Del menjëherë kur një pyetje «Rrezik tani» merr «Po»: linjat për të telefonuar dhe çfarë të thotë personi.',
  });

/** One line per ILO–EC element: why a sign in it counts, in the check's own words. */
const reasonsSchema = z
  .strictObject({
    /** Why deception when recruited counts. */
    deceptiveRecruitment: localizedText.meta({ label: 'Mashtrim gjatë rekrutimit' }).optional(),
    /** Why coercion when recruited counts. */
    coerciveRecruitment: localizedText.meta({ label: 'Detyrim gjatë rekrutimit' }).optional(),
    /** Why abuse of vulnerability when recruited counts. */
    recruitmentByAbuseOfVulnerability: localizedText.meta({ label: 'Përfitim nga hallet e personit' }).optional(),
    /** Why exploitation counts. */
    exploitation: localizedText.meta({ label: 'Shfrytëzim' }).optional(),
    /** Why coercion at destination counts. */
    coercionAtDestination: localizedText.meta({ label: 'Kontroll dhe detyrim' }).optional(),
    /** Why abuse of vulnerability at destination counts. */
    abuseOfVulnerabilityAtDestination: localizedText.meta({ label: 'Varësi nga ata që kontrollojnë punën' }).optional(),
  } satisfies Record<Element, unknown>)
  .meta({ label: 'Pse ka rëndësi çdo element', hint: 'Një rresht për çdo element që pyet kontrolli.' });

/** A self-check questionnaire: `content/self-checks/<id>.yaml`. */
export const selfCheckSchema = z
  .strictObject({
    /** The page title. */
    title: localizedText.meta({ label: 'Titulli' }),
    /** What the check is and that nothing is stored, shown before the first question. */
    intro: markdownText.meta({ label: 'Hyrja', hint: 'Çfarë është kontrolli dhe që asgjë nuk ruhet.', multiline: true }),
    /**
     * `trafficking`: recruitment and exploitation and (for adults) coercion or vulnerability
     * at destination. `recruitment`: a positive recruitment element is enough (job offers).
     */
    rule: z.enum(selfCheckRules).meta({
      label: 'Rregulli i rezultatit',
      choices: {
        trafficking: 'Trafikim: rekrutim + shfrytëzim + detyrim (për të rriturit)',
        recruitment: 'Rekrutim: mjafton një shenjë rekrutimi (ofertat e punës)',
      } satisfies Record<(typeof selfCheckRules)[number], string>,
    }),
    /**
     * Shown above the full list of questions when the page runs without JavaScript:
     * "If any of these is true for you…".
     */
    listIntro: localizedText.meta({
      label: 'Hyrja e listës pa JavaScript',
      hint: '«Nëse ndonjë nga këto është e vërtetë për ty…»',
      multiline: true,
    }),
    /** The questions, in the order they are asked. */
    questions: z
      .array(questionSchema)
      .min(1)
      .meta({ label: 'Pyetjet', singular: 'pyetje', hint: 'Me radhën që pyeten. «Po» është gjithmonë shenja e rrezikut.' }),
    /** Shown at once when an urgent question gets "Yes", before the next question. */
    danger: dangerSchema,
    /** Why each element counts, shown once per element that has signs in the result. */
    reasons: reasonsSchema,
    /** The result text for each level, and for "no signs, but some answers unsure". */
    results: z
      .strictObject({
        /** When a "Yes" means danger right now. */
        urgent: resultTextSchema.meta({ label: 'Rrezik i menjëhershëm' }),
        /** When the answers show strong signs. */
        strong: resultTextSchema.meta({ label: 'Shenja të forta' }),
        /** When the answers show some signs. */
        some: resultTextSchema.meta({ label: 'Disa shenja' }),
        /** When the answers show no sign and none was "I don't know". */
        none: resultTextSchema.meta({ label: 'Asnjë shenjë' }),
        /** Shown instead of `none` when some answers were "I don't know". */
        noneUnsure: resultTextSchema.meta({
          label: 'Asnjë shenjë, por me «Nuk e di»',
          hint: 'Del në vend të «Asnjë shenjë» kur disa përgjigje ishin «Nuk e di». Mos shkruani që nuk ka shenja.',
        }),
      })
      .meta({ label: 'Tekstet e rezultatit' }),
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
