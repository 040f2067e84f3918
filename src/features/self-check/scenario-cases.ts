import type { Element, Strength } from '../../lib/indicators.ts';
import type { ScoredCheck, ScoredQuestion } from './engine/get-visible-questions.ts';
import type { AnswerValue, ResultLevel, SelfCheck } from '../../schemas/self-check.ts';

/**
 * Published cases run through the self-checks (issue 12). Each case records the facts its source
 * supports, per check and from that check's point of view: what the person could say of their
 * own situation (`my-situation`), what a relative could know from a call, a message or a visit
 * (`someone-else`), or what was known when the offer was made (`job-offer`). A fact the source is
 * silent on is left out and answered "Nuk e di". Questions map onto facts below, once for the
 * questionnaires before issue 12 and once for today's, so both are measured on the same facts.
 */

/** The checks, by content file name. */
export const checkIds = ['job-offer', 'my-situation', 'someone-else'] as const;
export type CheckId = (typeof checkIds)[number];

/** What a published case can say happened. */
export type Fact =
  // How it started
  | 'liedAboutJob' // told one thing (a job, a life together), made to do another, elsewhere or for someone else
  | 'liedAboutPayOrConditions'
  | 'promisedMarriage' // marriage or a life together
  | 'partnerTookThem' // a boyfriend, partner or loved one took them away or pushed them
  | 'olderCompanion' // left suddenly with someone much older
  | 'troublesUsed' // poverty, no work, nowhere to live, violence at home, used to recruit
  | 'familyInvolved' // a family member sent, pushed or profited
  | 'tripArranged' // others arranged the trip and took them where they wanted
  | 'irregularTravel' // lorry, small boat, speedboat, "illegally", false documents
  | 'paidRecruiters' // a fee or the passage paid to those who moved them or found the work
  | 'owesRecruiters' // a debt to those who moved them or found the work
  | 'abductedOrSold' // abducted, sold, handed over, married off by force
  | 'forcedToGo' // violence or threats to make them go
  // Only known before leaving (job offers)
  | 'payTooGood'
  | 'unclearJob'
  | 'noWrittenContract'
  | 'toldToLie'
  | 'employerKeepsPassport'
  | 'toldToKeepSecret'
  | 'rushed'
  // The exploitation
  | 'longHours'
  | 'noPay' // little or no money for what they do
  | 'moneyTaken' // earnings taken, kept for debts or fines, a daily sum handed over
  | 'badConditions' // bad or dangerous living or working conditions
  | 'keptFromSchool'
  // Control at destination
  | 'inDangerNow' // held by force or in danger at the time
  | 'hurtOrThreatened' // violence or threats of violence against them
  | 'documentsTaken'
  | 'documentsTakenAtStart'
  | 'confined' // locked in, watched, not allowed out
  | 'confinedFromStart'
  | 'heldForDebt' // kept until a debt is paid, fixed or growing
  | 'debtGrowing' // a debt described as never shrinking or growing
  | 'threatsToFamilyOrPolice' // the exploiters threaten the family, or to report them
  | 'forcedSex'
  | 'forcedBegging'
  | 'forcedCrime'
  | 'drugsOrAlcohol' // drugs or alcohol used to control them
  // What a relative sees
  | 'neverAlone'
  | 'saysCannotLeave'
  | 'injuries'
  | 'contactStopped'
  | 'familyThreatened'
  | 'illegalWork'
  // Dependence at destination
  | 'dependsOnThem'
  | 'unfamiliarPlace'
  | 'afraidOfPolice'
  | 'fearsShame'
  // Age
  | 'under18';

/** Which facts make each question "Yes" ("No" when the source rules all of them out). */
type QuestionFacts = Record<string, readonly Fact[]>;

/** Today's questionnaires. A test checks that every question is mapped, and nothing else. */
export const questionFacts: Record<CheckId, QuestionFacts> = {
  'job-offer': {
    'in-danger-now': ['inDangerNow', 'forcedToGo'],
    'under-18': ['under18'],
    'pay-too-good': ['payTooGood'],
    'unclear-job-or-employer': ['unclearJob'],
    'no-written-contract': ['noWrittenContract'],
    'told-to-lie': ['toldToLie'],
    'promise-of-marriage': ['promisedMarriage'],
    'recruiter-fee': ['paidRecruiters', 'owesRecruiters'],
    'keep-passport': ['employerKeepsPassport'],
    'told-to-keep-secret': ['toldToKeepSecret'],
    'threatened-to-accept': ['forcedToGo'],
    'partner-or-online-contact': ['partnerTookThem'],
    'hard-time-used': ['troublesUsed'],
    'family-pushing': ['familyInvolved'],
    'trip-arranged-by-them': ['tripArranged'],
    'irregular-travel': ['irregularTravel'],
    'pressure-to-leave-fast': ['rushed'],
  },
  'my-situation': {
    'in-danger-now': ['inDangerNow'],
    'hurt-or-threatened-now': ['hurtOrThreatened'],
    'under-18': ['under18'],
    'job-different-than-promised': ['liedAboutJob'],
    'pay-or-conditions-worse': ['liedAboutPayOrConditions'],
    'promised-marriage': ['promisedMarriage'],
    'pushed-by-partner': ['partnerTookThem'],
    'hard-time-used': ['troublesUsed'],
    'family-involved': ['familyInvolved'],
    'trip-arranged-by-them': ['tripArranged'],
    'irregular-travel': ['irregularTravel'],
    'paid-or-owe-recruiters': ['paidRecruiters', 'owesRecruiters'],
    'sold-or-handed-over': ['abductedOrSold'],
    'forced-or-threatened': ['forcedToGo'],
    'very-long-hours': ['longHours'],
    'little-or-no-pay': ['noPay'],
    'money-taken': ['moneyTaken'],
    'bad-living-or-working-conditions': ['badConditions'],
    'kept-from-school': ['keptFromSchool'],
    'documents-taken': ['documentsTaken'],
    'documents-taken-from-start': ['documentsTakenAtStart'],
    'watched-or-kept-in': ['confined'],
    'watched-from-start': ['confinedFromStart'],
    'held-for-debt': ['heldForDebt'],
    'threats-to-family-or-police': ['threatsToFamilyOrPolice'],
    'forced-sex': ['forcedSex'],
    'forced-begging': ['forcedBegging'],
    'forced-crime': ['forcedCrime'],
    'drugs-or-alcohol': ['drugsOrAlcohol'],
    'depend-on-them-for-daily-life': ['dependsOnThem'],
    'unfamiliar-place-or-language': ['unfamiliarPlace'],
    'afraid-of-police-because-of-papers': ['afraidOfPolice'],
    'fear-of-shame': ['fearsShame'],
  },
  'someone-else': {
    'in-danger-now': ['inDangerNow'],
    'family-threatened': ['familyThreatened'],
    'contact-stopped': ['contactStopped'],
    'under-18': ['under18'],
    'stopped-school': ['keptFromSchool'],
    'job-different-than-promised': ['liedAboutJob'],
    'promised-marriage': ['promisedMarriage'],
    'pushed-by-partner': ['partnerTookThem'],
    'left-with-older-person': ['olderCompanion'],
    'hard-time-used': ['troublesUsed'],
    'family-involved': ['familyInvolved'],
    'trip-arranged-by-others': ['tripArranged'],
    'irregular-travel': ['irregularTravel'],
    'forced-to-go': ['abductedOrSold', 'forcedToGo'],
    'paid-or-owes-recruiters': ['paidRecruiters', 'owesRecruiters'],
    'held-for-debt': ['heldForDebt'],
    'never-alone': ['neverAlone'],
    'says-cannot-leave': ['saysCannotLeave'],
    'no-own-documents': ['documentsTaken'],
    'documents-taken-from-start': ['documentsTakenAtStart'],
    'very-long-hours': ['longHours'],
    'little-or-no-pay': ['noPay'],
    'money-taken': ['moneyTaken'],
    'forced-sex': ['forcedSex'],
    'forced-begging': ['forcedBegging'],
    'forced-crime': ['forcedCrime'],
    'unexplained-injuries': ['injuries'],
    'illegal-work': ['illegalWork', 'forcedCrime'],
  },
};

/**
 * The questionnaires as they were before issue 12 (commit 749190a), as the engine reads them, and
 * their questions mapped onto the same facts, read generously: a partner's plan with no job counts
 * for the old "work abroad" questions, and a parent counts as "someone you depended on".
 */
function indicator(id: string, element: Element, strength: Strength, options: { urgent?: boolean; showIf?: [string, AnswerValue] } = {}): ScoredQuestion {
  return { kind: 'indicator', id, element, strength, urgent: options.urgent ?? false, ...(options.showIf && { showIf: { question: options.showIf[0], answer: options.showIf[1] } }) };
}
function age(id: string): ScoredQuestion {
  return { kind: 'age', id };
}

export const beforeChecks: Record<CheckId, ScoredCheck & Pick<SelfCheck, 'rule'>> = {
  'job-offer': {
    rule: 'recruitment',
    questions: [
      indicator('in-danger-now', 'coerciveRecruitment', 'medium', { urgent: true }),
      indicator('pay-too-good', 'deceptiveRecruitment', 'medium'),
      indicator('unclear-job-or-employer', 'deceptiveRecruitment', 'strong'),
      indicator('no-written-contract', 'deceptiveRecruitment', 'medium'),
      indicator('told-to-lie', 'deceptiveRecruitment', 'medium'),
      indicator('promise-of-marriage', 'deceptiveRecruitment', 'medium'),
      indicator('recruiter-fee', 'coerciveRecruitment', 'medium'),
      indicator('keep-passport', 'coerciveRecruitment', 'medium'),
      indicator('told-to-keep-secret', 'coerciveRecruitment', 'medium'),
      indicator('threatened-to-accept', 'coerciveRecruitment', 'medium'),
      indicator('partner-or-online-contact', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('hard-time-used', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('trip-arranged-by-them', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('pressure-to-leave-fast', 'recruitmentByAbuseOfVulnerability', 'medium'),
      age('under-18'),
    ],
  },
  'my-situation': {
    rule: 'trafficking',
    questions: [
      indicator('in-danger-now', 'coercionAtDestination', 'strong', { urgent: true }),
      indicator('hurt-or-threatened-now', 'coercionAtDestination', 'medium', { urgent: true }),
      indicator('job-different-than-promised', 'deceptiveRecruitment', 'strong'),
      indicator('pay-or-conditions-worse', 'deceptiveRecruitment', 'medium'),
      indicator('forced-or-threatened', 'coerciveRecruitment', 'medium'),
      indicator('debt-keeps-growing', 'coercionAtDestination', 'strong'),
      indicator('debt-from-recruitment', 'coerciveRecruitment', 'medium', { showIf: ['debt-keeps-growing', 'yes'] }),
      indicator('pushed-by-partner', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('hard-time-used', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('trip-arranged-by-them', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('very-long-hours', 'exploitation', 'strong'),
      indicator('little-or-no-pay', 'exploitation', 'medium'),
      indicator('bad-living-or-working-conditions', 'exploitation', 'medium'),
      indicator('documents-taken', 'coercionAtDestination', 'strong'),
      indicator('documents-taken-from-start', 'coerciveRecruitment', 'medium', { showIf: ['documents-taken', 'yes'] }),
      indicator('watched-or-kept-in', 'coercionAtDestination', 'strong'),
      indicator('watched-from-start', 'coerciveRecruitment', 'medium', { showIf: ['watched-or-kept-in', 'yes'] }),
      indicator('threats-to-family-or-police', 'coercionAtDestination', 'medium'),
      indicator('made-to-do-things-not-agreed', 'coercionAtDestination', 'medium'),
      indicator('depend-on-them-for-daily-life', 'abuseOfVulnerabilityAtDestination', 'medium'),
      indicator('unfamiliar-place-or-language', 'abuseOfVulnerabilityAtDestination', 'medium'),
      indicator('afraid-of-police-because-of-papers', 'abuseOfVulnerabilityAtDestination', 'medium'),
      age('under-18'),
    ],
  },
  'someone-else': {
    rule: 'trafficking',
    questions: [
      indicator('in-danger-now', 'coercionAtDestination', 'strong', { urgent: true }),
      indicator('job-different-than-promised', 'deceptiveRecruitment', 'strong'),
      indicator('pay-or-conditions-worse', 'deceptiveRecruitment', 'medium'),
      indicator('pushed-by-partner', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('hard-time-used', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('trip-arranged-by-others', 'recruitmentByAbuseOfVulnerability', 'medium'),
      indicator('never-alone', 'coercionAtDestination', 'strong'),
      indicator('watched-from-start', 'coerciveRecruitment', 'medium', { showIf: ['never-alone', 'yes'] }),
      indicator('no-own-documents', 'coercionAtDestination', 'strong'),
      indicator('documents-taken-from-start', 'coerciveRecruitment', 'medium', { showIf: ['no-own-documents', 'yes'] }),
      indicator('very-long-hours', 'exploitation', 'strong'),
      indicator('little-or-no-pay', 'exploitation', 'medium'),
      indicator('debt-never-goes-down', 'coercionAtDestination', 'strong'),
      indicator('debt-to-recruiters', 'coerciveRecruitment', 'medium', { showIf: ['debt-never-goes-down', 'yes'] }),
      indicator('says-cannot-leave', 'coercionAtDestination', 'strong'),
      indicator('made-to-do-things-not-agreed', 'coercionAtDestination', 'medium'),
      indicator('unexplained-injuries', 'coercionAtDestination', 'strong'),
      age('under-18'),
    ],
  },
};

export const beforeQuestionFacts: Record<CheckId, QuestionFacts> = {
  'job-offer': {
    'in-danger-now': ['inDangerNow', 'forcedToGo'],
    'pay-too-good': ['payTooGood'],
    'unclear-job-or-employer': ['unclearJob'],
    'no-written-contract': ['noWrittenContract'],
    'told-to-lie': ['toldToLie'],
    'promise-of-marriage': ['promisedMarriage'],
    'recruiter-fee': ['paidRecruiters', 'owesRecruiters'],
    'keep-passport': ['employerKeepsPassport'],
    'told-to-keep-secret': ['toldToKeepSecret'],
    'threatened-to-accept': ['forcedToGo'],
    'partner-or-online-contact': ['partnerTookThem'],
    'hard-time-used': ['troublesUsed'],
    'trip-arranged-by-them': ['tripArranged'],
    'pressure-to-leave-fast': ['rushed'],
    'under-18': ['under18'],
  },
  'my-situation': {
    'in-danger-now': ['inDangerNow'],
    'hurt-or-threatened-now': ['hurtOrThreatened'],
    'job-different-than-promised': ['liedAboutJob'],
    'pay-or-conditions-worse': ['liedAboutPayOrConditions'],
    'forced-or-threatened': ['forcedToGo', 'abductedOrSold'],
    'debt-keeps-growing': ['debtGrowing'],
    'debt-from-recruitment': ['owesRecruiters'],
    'pushed-by-partner': ['partnerTookThem', 'familyInvolved'],
    'hard-time-used': ['troublesUsed'],
    'trip-arranged-by-them': ['tripArranged'],
    'very-long-hours': ['longHours'],
    'little-or-no-pay': ['noPay', 'moneyTaken'],
    'bad-living-or-working-conditions': ['badConditions'],
    'documents-taken': ['documentsTaken'],
    'documents-taken-from-start': ['documentsTakenAtStart'],
    'watched-or-kept-in': ['confined'],
    'watched-from-start': ['confinedFromStart'],
    'threats-to-family-or-police': ['threatsToFamilyOrPolice'],
    'made-to-do-things-not-agreed': ['forcedSex', 'forcedBegging', 'forcedCrime'],
    'depend-on-them-for-daily-life': ['dependsOnThem'],
    'unfamiliar-place-or-language': ['unfamiliarPlace'],
    'afraid-of-police-because-of-papers': ['afraidOfPolice'],
    'under-18': ['under18'],
  },
  'someone-else': {
    'in-danger-now': ['inDangerNow'],
    'job-different-than-promised': ['liedAboutJob'],
    'pay-or-conditions-worse': ['liedAboutPayOrConditions'],
    'pushed-by-partner': ['partnerTookThem', 'familyInvolved'],
    'hard-time-used': ['troublesUsed'],
    'trip-arranged-by-others': ['tripArranged'],
    'never-alone': ['neverAlone'],
    'watched-from-start': ['confinedFromStart'],
    'no-own-documents': ['documentsTaken'],
    'documents-taken-from-start': ['documentsTakenAtStart'],
    'very-long-hours': ['longHours'],
    'little-or-no-pay': ['noPay', 'moneyTaken'],
    'debt-never-goes-down': ['debtGrowing'],
    'debt-to-recruiters': ['owesRecruiters'],
    'says-cannot-leave': ['saysCannotLeave'],
    'made-to-do-things-not-agreed': ['forcedSex', 'forcedBegging', 'forcedCrime'],
    'unexplained-injuries': ['injuries'],
    'under-18': ['under18'],
  },
};

/** Where a case was published. */
export interface CaseSource {
  title: string;
  publisher: string;
  year: string;
  url: string;
}

/** One case seen through one check. */
export interface CaseCheck {
  /** Facts the source supports; each makes the questions it maps to "Po". */
  yes: readonly Fact[];
  /** Facts the source rules out; a question is "Jo" only when all its facts are ruled out. */
  no?: readonly Fact[];
  /** The levels an expert would accept for what this check can know of the case. */
  accept: readonly ResultLevel[];
}

export interface SelfCheckCase {
  id: string;
  /**
   * `trafficking`: documented as trafficking or forced exploitation. `contested`: exploitation is
   * documented but an authority or the person rejected the label. `risk`: a vanished person or a
   * dangerous route with no exploitation documented. `legitimate`: a real, regulated offer.
   */
  kind: 'trafficking' | 'contested' | 'risk' | 'legitimate';
  /** The published facts in one or two sentences, for whoever checks the answers. */
  summary: string;
  source: CaseSource;
  checks: Partial<Record<CheckId, CaseCheck>>;
}

const danger = ['strong', 'urgent'] as const satisfies readonly ResultLevel[];
const atLeastSome = ['some', 'strong', 'urgent'] as const satisfies readonly ResultLevel[];
const notAboveSome = ['none', 'some'] as const satisfies readonly ResultLevel[];

/** Everything a legitimate, regulated offer rules out when it is made. */
const regulatedOffer: readonly Fact[] = [
  'inDangerNow',
  'forcedToGo',
  'payTooGood',
  'unclearJob',
  'toldToLie',
  'promisedMarriage',
  'employerKeepsPassport',
  'toldToKeepSecret',
  'partnerTookThem',
  'irregularTravel',
  'rushed',
  'under18',
];

export const cases: readonly SelfCheckCase[] = [
  // ─── UK cannabis farms, a fixed debt, lorries and small boats ───
  {
    id: 'lala-newport-cannabis',
    kind: 'trafficking',
    summary:
      'Paid £10,000 to come from Belgium in the back of a lorry to work as a bricklayer; his passport was taken on arrival and he was ordered to stay in a cannabis house until the £10,000 debt was paid. Police had been told people were forced to work there as slaves.',
    source: { title: 'Illegal immigrant brought to UK by human traffickers jailed after police uncovered cannabis factory in Newport', publisher: 'South Wales Argus', year: '2018', url: 'https://southwalesargus.co.uk/news/17211542.illegal-immigrant-brought-uk-human-traffickers-jailed-police-uncovered-cannabis-factory-newports-chepstow-road' },
    checks: {
      'my-situation': {
        yes: ['owesRecruiters', 'irregularTravel', 'tripArranged', 'documentsTaken', 'documentsTakenAtStart', 'heldForDebt', 'confined', 'inDangerNow', 'forcedCrime', 'noPay', 'moneyTaken', 'unfamiliarPlace'],
        no: ['under18'],
        accept: danger,
      },
      'job-offer': { yes: ['owesRecruiters', 'irregularTravel'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'vraja-xhaja-thame-cannabis',
    kind: 'trafficking',
    summary:
      'Two 21-year-olds from rural Albania, driven through Belgium and France in the back of a lorry, with a debt of many thousands of pounds (£20,000 for one) to work off; locked for a month in a cannabis factory, food delivered.',
    source: { title: 'Albanians trafficked to Thame locked in cannabis factory', publisher: 'Oxford Mail', year: '2023', url: 'https://oxfordmail.co.uk/news/23208635.albanians-trafficked-thame-locked-cannabis-factory' },
    checks: {
      'my-situation': {
        yes: ['irregularTravel', 'tripArranged', 'owesRecruiters', 'heldForDebt', 'confined', 'inDangerNow', 'forcedCrime', 'noPay', 'moneyTaken', 'dependsOnThem'],
        no: ['under18'],
        accept: danger,
      },
    },
  },
  {
    id: 'besmir-sula-kent-cannabis',
    kind: 'trafficking',
    summary:
      'A 19-year-old baker on €300 a month borrowed €4,500 from a man in his village for a small-boat crossing; the lender had him collected from a Home Office hotel and "sealed" inside a building with 500 cannabis plants to pay off the debt.',
    source: { title: 'Besmir Sula, 19, paid £4,000 to gangsters to be smuggled into the UK, locked up for 15 months', publisher: 'Daily Mail (Ferrari Press Agency court report)', year: '2023', url: 'https://www.dailymail.co.uk/news/article-11924099/Besmir-Sula-19-paid-4-000-gangsters-smuggled-UK-locked-15-months.html' },
    checks: {
      'my-situation': {
        yes: ['owesRecruiters', 'irregularTravel', 'troublesUsed', 'tripArranged', 'heldForDebt', 'confined', 'inDangerNow', 'forcedCrime', 'noPay', 'moneyTaken'],
        no: ['under18'],
        accept: danger,
      },
      'job-offer': { yes: ['owesRecruiters', 'irregularTravel', 'troublesUsed'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'plaku-northampton-cannabis',
    kind: 'trafficking',
    summary: 'Paid £15,000 to be brought to the UK, thinking he would work as a "gardener"; ordered to work on a cannabis farm under threats of harm to himself and his family.',
    source: { title: 'Albanian man trafficked to UK to work on cannabis farm thanks judge for sentence', publisher: 'Exit News', year: 'undated', url: 'https://exit.al/en/albanian-man-trafficked-to-uk-to-work-on-cannabis-farm-thanks-judge-for-sentence' },
    checks: {
      'my-situation': { yes: ['paidRecruiters', 'liedAboutJob', 'hurtOrThreatened', 'threatsToFamilyOrPolice', 'forcedCrime'], no: ['under18'], accept: danger },
      'job-offer': { yes: ['paidRecruiters'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'trota-shrewsbury-cannabis',
    kind: 'trafficking',
    summary:
      'Brought in the back of a lorry by a man called "Niko"; on arrival told he had a debt of several thousand pounds, threatened, and made to stay and work as a cannabis "gardener". The judge accepted he had been exploited.',
    source: { title: "Illegal immigrant forced to act as a 'gardener' at Shrewsbury cannabis factory is jailed", publisher: 'Shropshire Star', year: '2017', url: 'https://shropshirestar.com/news/2017/05/10/illegal-immigrant-who-was-forced-to-act-as-a-gardener-at-an-established-cannabis-factory-is-jailed' },
    checks: {
      'my-situation': { yes: ['tripArranged', 'irregularTravel', 'owesRecruiters', 'hurtOrThreatened', 'heldForDebt', 'forcedCrime', 'confined'], no: ['under18'], accept: danger },
    },
  },
  {
    id: 'borici-hartlepool-cannabis',
    kind: 'contested',
    summary:
      'Came by lorry and worked on building sites; when the job ended he was offered similar work in Newcastle but driven to a cannabis house, where a gang threatened to harm his family if he refused; paid £100 every 10 days for food. He said he was smuggled, not trafficked; his barrister said he was exploited and forced.',
    source: { title: 'Albanian cannabis farmer caught in Hartlepool arrived in the UK in the back of a lorry, court hearing reveals', publisher: 'Hartlepool Mail', year: 'undated', url: 'http://www.Hartlepool-Mail.co.uk/news/politics/council/albanian-cannabis-farmer-caught-in-hartlepool-arrived-in-the-uk-in-the-back-of-a-lorry-court-hearing-reveals-822467' },
    checks: {
      'my-situation': { yes: ['irregularTravel', 'troublesUsed', 'liedAboutJob', 'tripArranged', 'threatsToFamilyOrPolice', 'forcedCrime', 'noPay'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'haxhi-sula-telford-cannabis',
    kind: 'contested',
    summary:
      'Smuggled in the back of a lorry by a gang to pay off a €35,000 debt his disabled brother owed, under pressure on the family; slept on a bed on the floor of a cannabis house. The national assessment unit decided he was not a modern slave because he could leave.',
    source: { title: 'Cannabis farmer was Albanian smuggled into country to pay off gang debt', publisher: 'Express & Star', year: '2023', url: 'https://expressandstar.com/news/crime/2023/02/16/cannabis-farmer-was-albanian-smuggled-into-country-to-pay-off-gang-debt' },
    checks: {
      'my-situation': { yes: ['irregularTravel', 'tripArranged', 'owesRecruiters', 'familyInvolved', 'troublesUsed', 'badConditions', 'forcedCrime'], no: ['under18', 'confined'], accept: atLeastSome },
    },
  },
  {
    id: 'regret-small-boat-cannabis',
    kind: 'risk',
    summary:
      'Crossed by small boat for "easy money" on a rural cannabis farm; kept in the house for weeks, sometimes without food, out only when the boss allowed, once or twice a week; robbed at knife- and gunpoint; earned far below what was promised.',
    source: { title: "'I regret coming on a small boat to UK - this is why I'm now desperate to return home'", publisher: 'Daily Express', year: '2024', url: 'https://express.co.uk/news/uk/1950265/small-boats-English-Channel-Albania' },
    checks: {
      'my-situation': { yes: ['irregularTravel', 'liedAboutPayOrConditions', 'confined', 'badConditions', 'noPay', 'afraidOfPolice'], no: ['under18', 'forcedCrime'], accept: atLeastSome },
    },
  },
  {
    id: 'gzim-tiktok-small-boat',
    kind: 'risk',
    summary: 'Found a smuggler on TikTok; his cousins paid £3,500 for a small boat to Dover; not paid on a cannabis farm that was robbed, then felt forced to take low wages on building sites.',
    source: { title: "Albanian migrant says illegal working in the UK was 'unbearable'", publisher: 'BBC South East Investigations Team (as republished)', year: '2024', url: 'https://worldreporttv.com/albanian-migrant-says-illegal-working-in-the-uk-was-unbearable' },
    checks: {
      'my-situation': { yes: ['irregularTravel', 'paidRecruiters', 'noPay'], no: ['under18', 'forcedCrime'], accept: ['some', 'strong'] },
      'job-offer': { yes: ['irregularTravel', 'paidRecruiters'], no: ['under18'], accept: ['some', 'strong'] },
    },
  },
  {
    id: 'father-son-quit-degree-small-boat',
    kind: 'risk',
    summary:
      'A father tells how his son, a year from an economics degree, said he would work in a restaurant, then revealed from France that he was crossing the Channel by small boat to work on a cannabis farm.',
    source: { title: "'My son quit his economics degree to earn more money in a UK cannabis factory'", publisher: 'Daily Express (as republished)', year: 'undated', url: 'https://theoneworldnews.com/world-news/my-son-quit-his-economics-degree-to-earn-more-money-in-a-uk-cannabis-factory/' },
    checks: {
      'someone-else': { yes: ['irregularTravel', 'illegalWork'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'burim-hove-hotel',
    kind: 'risk',
    summary: 'A 16-year-old unaccompanied asylum-seeking child vanished near a Home Office hotel in Hove, one of several children who went missing from the same hotel.',
    source: { title: "'They just vanish': whistleblowers met by wall of complacency over missing migrant children", publisher: 'The Observer', year: '2023', url: 'https://tramp-v2.herokuapp.com/news/uk-news/2023_jan_21_they-just-vanish-whistleblowers-met-by-wall-of-complacency-over-missing-migrant-children' },
    checks: {
      'someone-else': { yes: ['contactStopped', 'under18'], accept: atLeastSome },
    },
  },

  // ─── A boyfriend, a promise of marriage, sexual exploitation abroad ───
  {
    id: 'v-13-italy-proposal',
    kind: 'trafficking',
    summary:
      'At 13, a 21-year-old who said he loved her proposed, told her not to tell her parents and to leave for Italy the next day, where she would not have to work; there she was locked in a hotel room, raped, beaten and forced into prostitution for three weeks.',
    source: { title: 'V (narrative)', publisher: 'Antislavery Usable Past, University of Nottingham', year: '2020', url: 'http://antislavery.nottingham.ac.uk/items/show/2762' },
    checks: {
      'my-situation': { yes: ['under18', 'promisedMarriage', 'partnerTookThem', 'tripArranged', 'liedAboutJob', 'inDangerNow', 'hurtOrThreatened', 'confined', 'forcedSex', 'badConditions'], accept: danger },
      'job-offer': { yes: ['under18', 'promisedMarriage', 'partnerTookThem', 'toldToKeepSecret', 'rushed', 'tripArranged'], accept: danger },
    },
  },
  {
    id: 'l-elbasan-older-man',
    kind: 'trafficking',
    summary:
      'A schoolgirl from Elbasan in love with a married man ten years older; he proposed they escape to Italy for a perfect life together; they left illegally and stayed at his friend’s house, where he pushed her into prostitution.',
    source: { title: 'L (narrative)', publisher: 'Antislavery Usable Past, University of Nottingham', year: '2020', url: 'http://antislavery.nottingham.ac.uk/items/show/2756' },
    checks: {
      'my-situation': { yes: ['promisedMarriage', 'partnerTookThem', 'irregularTravel', 'tripArranged', 'liedAboutJob', 'forcedSex'], accept: danger },
      'job-offer': { yes: ['promisedMarriage', 'partnerTookThem', 'irregularTravel', 'tripArranged'], accept: danger },
    },
  },
  {
    id: 'er-forced-marriage-then-street',
    kind: 'trafficking',
    summary:
      'Married by her parents at 15 to a man of 35; when she left him her family would not take her back; with nowhere to go, a 20-year-old promised to marry her and took her to Italy, where she was made to work on the street for nearly three years and beaten when she did not bring home the sum demanded.',
    source: { title: 'E.R. (narrative)', publisher: 'Antislavery Usable Past, University of Nottingham', year: '2020', url: 'http://antislavery.nottingham.ac.uk/items/show/2763' },
    checks: {
      'my-situation': { yes: ['familyInvolved', 'fearsShame', 'troublesUsed', 'promisedMarriage', 'partnerTookThem', 'liedAboutJob', 'forcedSex', 'hurtOrThreatened', 'moneyTaken'], accept: danger },
      'job-offer': { yes: ['promisedMarriage', 'partnerTookThem', 'troublesUsed'], accept: danger },
    },
  },
  {
    id: 'engagement-ring-london-brothel',
    kind: 'trafficking',
    summary:
      'At 18, an engagement ring and the promise of a better life abroad, a night-time speedboat to Italy, then five years in a London brothel; her trafficker taped her mouth, drugged her and threatened to kill her family.',
    source: { title: 'Albania’s illicit sex trade flares', publisher: 'Cayman Compass', year: '2009', url: 'https://www.caymancompass.com/2009/08/02/albania-s-illicit-sex-trade-flares/' },
    checks: {
      'my-situation': { yes: ['promisedMarriage', 'partnerTookThem', 'irregularTravel', 'tripArranged', 'liedAboutJob', 'forcedSex', 'hurtOrThreatened', 'drugsOrAlcohol', 'threatsToFamilyOrPolice'], no: ['under18'], accept: danger },
      'job-offer': { yes: ['promisedMarriage', 'partnerTookThem', 'irregularTravel', 'tripArranged'], no: ['under18'], accept: danger },
    },
  },
  {
    id: 'gb-sold-greece-italy',
    kind: 'trafficking',
    summary:
      'At 20 she went to Greece with a boyfriend who said he would marry her; he sold her to traffickers for 500,000 lek and she was forced into prostitution; two years later she was sold on to Italy. Her family, who had opposed the relationship, cut her off.',
    source: { title: 'Sex trafficking victims in Shkoder lack support', publisher: 'BIRN (Prishtina Insight)', year: 'undated', url: 'https://prishtinainsight.com/sex-trafficking-victims-mag' },
    checks: {
      'my-situation': { yes: ['promisedMarriage', 'partnerTookThem', 'tripArranged', 'liedAboutJob', 'abductedOrSold', 'forcedSex', 'fearsShame'], no: ['under18'], accept: danger },
    },
  },
  {
    id: 'elsa-sold-italy-drugged',
    kind: 'trafficking',
    summary:
      'At 19, pregnant, she went to Italy with her boyfriend to have the baby there; a week later his "friend" drove her off, said her boyfriend had handed her over, hit her with a gun, drugged her and forced her to see violent clients; food was withheld when clients complained and she was locked up when ill.',
    source: { title: 'Elsa’s story', publisher: 'Mary Ward Loreto (Albania Hope)', year: 'undated', url: 'https://www.albaniahope.com/albanian-story/elsas-story/' },
    checks: {
      'my-situation': {
        yes: ['partnerTookThem', 'promisedMarriage', 'liedAboutJob', 'abductedOrSold', 'hurtOrThreatened', 'drugsOrAlcohol', 'forcedSex', 'badConditions', 'confined', 'inDangerNow'],
        no: ['under18'],
        accept: danger,
      },
      'job-offer': { yes: ['partnerTookThem', 'promisedMarriage'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'eva-fiance-brussels',
    kind: 'trafficking',
    summary: 'She came to Brussels with her fiancé, who told her she had to make a "sacrifice for the sake of our love" and have sex with other men to earn money for them as a couple.',
    source: { title: 'Albanian women trafficked in EU, abused, disowned', publisher: 'EUobserver (BIRN), as reposted', year: '2016', url: 'http://smarkos.blogspot.com/2016/01/albanian-women-trafficked-in-eu-abused.html' },
    checks: {
      'my-situation': { yes: ['promisedMarriage', 'partnerTookThem', 'liedAboutJob', 'forcedSex', 'moneyTaken'], accept: danger },
    },
  },
  {
    id: 'ak-besim-athens',
    kind: 'trafficking',
    summary:
      'After her father beat and threatened her over her relationship with Besim, she went with him to a house where two men raped her and she was locked in a room for two days and told she would work for Besim as a prostitute; she was taken to Greece and handed over to another group in Athens. (Her account, as the tribunal records it.)',
    source: { title: 'AA/13632/2015 (Ms A K v Secretary of State for the Home Department)', publisher: 'Upper Tribunal (Immigration and Asylum Chamber)', year: '2016', url: 'https://tribunalsdecisions.service.gov.uk/utiac/aa-13632-2015' },
    checks: {
      'my-situation': { yes: ['troublesUsed', 'partnerTookThem', 'hurtOrThreatened', 'confined', 'inDangerNow', 'forcedSex', 'tripArranged', 'abductedOrSold'], no: ['under18'], accept: danger },
    },
  },
  {
    id: 'hannah-london-locked-room',
    kind: 'trafficking',
    summary:
      'Her boyfriend of a few months, whom her family knew, took her to his house in Italy, became violent, drugged her food; she woke locked in a room in London and was made to see men under threats to kill her family and set her on fire; a guard beat her.',
    source: { title: 'Slaves on our Streets: woman kidnapped by boyfriend and forced into sex work in London shares her story', publisher: 'The Independent', year: '2017', url: 'https://www.independent.co.uk/news/uk/crime/slaves-our-streets-hannah-case-study-sex-trafficking-prostitution-kidnapping-london-albania-italy-a8039781.html' },
    checks: {
      'my-situation': { yes: ['partnerTookThem', 'tripArranged', 'liedAboutJob', 'hurtOrThreatened', 'drugsOrAlcohol', 'confined', 'inDangerNow', 'forcedSex', 'threatsToFamilyOrPolice'], accept: danger },
    },
  },
  {
    id: 'drita-alcohol-uk-house',
    kind: 'trafficking',
    summary:
      'Leaving an abusive husband, she trusted a man who promised to look after her; he kept her drunk and drugged, brought men and threatened to kill her daughter; ashamed, she was sure her family would disown her; a helper then promised a good job in the UK and arranged the trip, and there she was beaten, starved, burnt and made to have sex with men.',
    source: { title: 'People-trafficking case studies', publisher: 'Church Times (Salvation Army case studies)', year: '2018', url: 'https://www.churchtimes.co.uk/articles/2018/3-august/features/features/people-trafficking-case-studies' },
    checks: {
      'my-situation': {
        yes: ['troublesUsed', 'partnerTookThem', 'promisedMarriage', 'drugsOrAlcohol', 'confined', 'forcedSex', 'threatsToFamilyOrPolice', 'fearsShame', 'liedAboutJob', 'tripArranged', 'hurtOrThreatened', 'badConditions'],
        no: ['under18'],
        accept: danger,
      },
      'job-offer': { yes: ['troublesUsed', 'tripArranged'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'birmingham-boyfriend-bbc',
    kind: 'trafficking',
    summary: 'Lured to the UK by her boyfriend, driven to Birmingham and told "now you are a prostitute… if you run away I will kill you"; she escaped a locked room through a window.',
    source: { title: "'You work for me, you are a prostitute now'", publisher: 'BBC News (Radio 4 Today)', year: '2013', url: 'https://www.bbc.co.uk/news/av/uk-24577513/you-work-for-me-you-are-a-prostitute-now' },
    checks: {
      'my-situation': { yes: ['partnerTookThem', 'liedAboutJob', 'tripArranged', 'forcedSex', 'confined', 'inDangerNow', 'hurtOrThreatened'], accept: danger },
    },
  },
  {
    id: 'sara-sold-as-debt-italy',
    kind: 'trafficking',
    summary:
      'Shamed in her family after a teacher tried to rape her at 13 (an uncle wanted to kill her), she later fled an arranged marriage; "sold as a debt", she was locked in a room in Italy for two years and abused as a sex slave.',
    source: { title: "'I'm terrified to go back': Albanian sex trafficking victim tells of despair as Home Office rejects asylum claim", publisher: 'The Independent', year: '2018', url: 'https://www.independent.co.uk/news/uk/home-news/dark-realities-of-country-home-office-deems-safe-a8219901.html' },
    checks: {
      'my-situation': { yes: ['fearsShame', 'abductedOrSold', 'confined', 'inDangerNow', 'forcedSex'], no: ['under18'], accept: danger },
    },
  },
  {
    id: 'majlinda-abducted-greece',
    kind: 'trafficking',
    summary:
      'Abducted at 13 by three men, taken across into Greece, confined to a flat from 8pm to 5am with a quota of about 20 clients a night, beaten and raped, her family threatened with death; later taken by speedboat to Italy and sold on.',
    source: { title: 'Sex trade’s children (Ed Vulliamy), as reposted', publisher: 'The Observer', year: '2004', url: 'http://r7fel.blogspot.com/2004_10_03_archive.html' },
    checks: {
      'my-situation': {
        yes: ['under18', 'abductedOrSold', 'forcedToGo', 'tripArranged', 'irregularTravel', 'threatsToFamilyOrPolice', 'hurtOrThreatened', 'confined', 'inDangerNow', 'longHours', 'moneyTaken', 'forcedSex'],
        accept: danger,
      },
    },
  },
  {
    id: 'mariana-lleshi-shkoder-italy',
    kind: 'trafficking',
    summary:
      'At 15 a local shop owner said he would take her to Italy and marry her; her parents heard nothing for three weeks, then a letter: in Shkodër he said there would be no marriage, he would sell her as a prostitute, and forced her at knifepoint; she ended up trapped in Italy. One sister was also kidnapped, another killed after naming the kidnappers.',
    source: { title: 'Albanian girls trafficked for sex', publisher: 'ABC News', year: '2001', url: 'https://abcnews.go.com/WNT/story?id=131011&page=1' },
    checks: {
      'my-situation': { yes: ['under18', 'promisedMarriage', 'liedAboutJob', 'forcedToGo', 'hurtOrThreatened', 'abductedOrSold', 'forcedSex', 'tripArranged', 'inDangerNow'], accept: danger },
      'someone-else': { yes: ['under18', 'promisedMarriage', 'liedAboutJob', 'contactStopped', 'forcedToGo', 'forcedSex', 'tripArranged', 'inDangerNow', 'familyThreatened'], accept: danger },
      'job-offer': { yes: ['under18', 'promisedMarriage'], accept: atLeastSome },
    },
  },
  {
    id: 'valentina-bicaku-vanished',
    kind: 'risk',
    summary: 'A teenage girl vanished from her home in a village where girls were being taken to Italy; more than a year later her father had heard nothing.',
    source: { title: 'Albanian girls trafficked for sex', publisher: 'ABC News', year: '2001', url: 'https://abcnews.go.com/WNT/story?id=131011&page=1' },
    checks: {
      'someone-else': { yes: ['contactStopped', 'under18'], accept: atLeastSome },
    },
  },
  {
    id: 'vangjel-wife-milan',
    kind: 'trafficking',
    summary:
      'A poor family’s mother was duped with a promise of waitressing work in Italy and sent into prostitution in Milan; no money ever came home and her husband believes she is now somewhere in France.',
    source: { title: "Hidden victims of Albania's mafia", publisher: 'BBC News (Crossing Continents)', year: '2005', url: 'http://news.bbc.co.uk/2/hi/programmes/crossing_continents/4309454.stm' },
    checks: {
      'someone-else': { yes: ['liedAboutJob', 'troublesUsed', 'forcedSex', 'contactStopped'], accept: danger },
      'job-offer': { yes: ['troublesUsed'], accept: atLeastSome },
    },
  },

  // ─── Children: forced begging, forced crime, a family that sends them ───
  {
    id: 'dritan-greece-begging',
    kind: 'trafficking',
    summary:
      'A child trafficked to Greece who begged, stole, washed car windows and sold flowers; on days he did not bring 50 or 60 euros he was left hungry, made to sleep on the street and beaten.',
    source: { title: 'Albanian children forced to beg in Greece find safety back home', publisher: 'USAID Albania (Terre des hommes project)', year: '2005', url: 'https://webarchive.library.unt.edu/web/20130214085626/http://albania.usaid.gov/shfaqart/157/49/Albanian_Children_Forced_to_Beg_in_Greece_Find_Safety_Back_Home.htm' },
    checks: {
      'my-situation': { yes: ['under18', 'tripArranged', 'forcedBegging', 'forcedCrime', 'moneyTaken', 'hurtOrThreatened', 'badConditions'], accept: danger },
    },
  },
  {
    id: 'mario-athens-begging',
    kind: 'trafficking',
    summary: 'Kidnapped from Tirana at 9 and made to beg and steal in Athens for bosses 14 hours a day; his bosses came looking for him after each arrest.',
    source: { title: "Child slaves kidnapped, bought or rented then sent to work the streets for 'bosses'", publisher: 'Kathimerini', year: 'undated', url: 'https://www.ekathimerini.com/news/15273/child-slaves-kidnapped-bought-or-rented-then-sent-to-work-the-streets-for-bosses/' },
    checks: {
      'my-situation': { yes: ['under18', 'abductedOrSold', 'forcedToGo', 'tripArranged', 'forcedBegging', 'forcedCrime', 'longHours', 'moneyTaken'], accept: danger },
    },
  },
  {
    id: 'naim-greece-begging-marijuana',
    kind: 'trafficking',
    summary: 'A 14-year-old brought to Greece to beg more times than he can count; his bosses coax him to carry 10 kilos of marijuana across the border.',
    source: { title: "Child slaves kidnapped, bought or rented then sent to work the streets for 'bosses'", publisher: 'Kathimerini', year: 'undated', url: 'https://www.ekathimerini.com/news/15273/child-slaves-kidnapped-bought-or-rented-then-sent-to-work-the-streets-for-bosses/' },
    checks: {
      'my-situation': { yes: ['under18', 'tripArranged', 'forcedBegging', 'forcedCrime'], accept: danger },
    },
  },
  {
    id: 'daniel-prizren-begging',
    kind: 'trafficking',
    summary:
      'A 7-year-old from Tirana made by his parents to beg in a Prizren car park from early morning to late evening, so the family can eat and pay rent; NGOs say such children’s schooling is sacrificed.',
    source: { title: 'Coins and risks: the harsh reality of Roma beggars in Kosovo streets', publisher: 'Albanian Center for Quality Journalism (ACQJ)', year: 'undated', url: 'https://acqj.al/coins-and-risks-the-harsh-reality-of-roma-beggars-in-kosovo-streets/' },
    checks: {
      'someone-else': { yes: ['under18', 'familyInvolved', 'tripArranged', 'forcedBegging', 'longHours', 'moneyTaken', 'keptFromSchool'], accept: danger },
    },
  },
  {
    id: 'a-neighbours-then-street',
    kind: 'trafficking',
    summary: 'As a young girl her mother, too poor to keep her, sent her to live with neighbours, who began to withhold food and exploit her for a year; at 13 she was selling sex.',
    source: { title: 'A. (narrative, theme: domestic slavery)', publisher: 'Antislavery Usable Past, University of Nottingham', year: '2020', url: 'http://antislavery.ac.uk/items/browse?advanced%5B0%5D%5Belement_id%5D=59&advanced%5B0%5D%5Btype%5D=contains&advanced%5B0%5D%5Bterms%5D=Domestic+slavery' },
    checks: {
      'my-situation': { yes: ['under18', 'familyInvolved', 'tripArranged', 'badConditions', 'forcedSex'], accept: danger },
    },
  },

  // ─── Labour exploitation in Albania ───
  {
    id: 'uganda-orikum-resort',
    kind: 'contested',
    summary:
      'Promised a one-year contract and a good salary at a resort in Orikum, she paid a €2,000 agency fee; on arrival the job did not exist, she handed over her passport and was made to do other menial work, unable to move, "like prison".',
    source: { title: "'Like prison': how African migrant workers suffer exploitation in Albania", publisher: 'BIRN', year: '2024', url: 'https://reflectiigeopolitice.ro/like-prison-how-african-migrant-workers-suffer-exploitation-in-albania' },
    checks: {
      'my-situation': { yes: ['paidRecruiters', 'liedAboutJob', 'documentsTaken', 'documentsTakenAtStart', 'confined'], no: ['under18'], accept: atLeastSome },
      'job-offer': { yes: ['paidRecruiters'], no: ['under18'], accept: atLeastSome },
    },
  },
  {
    id: 'filipino-restaurant-passports',
    kind: 'contested',
    summary:
      'Three women recruited to a restaurant on two-year contracts had their passports taken on arrival; they sometimes begged for food; when they wanted to leave, the owner kept the passports until each paid €4,300 in "damages". An NGO counts at least 40 such potential trafficking cases.',
    source: { title: 'Restaurant workers’ passports withheld (BIRN investigation), as republished', publisher: 'BIRN', year: '2025', url: 'http://albania.de/2025/08/05/die-edi-rama-mafia-betreibt-mit-mafia-hotel-lokal-besitzern-uebelste-sklaverei-wie-in-zwangsbordellen-indem-man-die-auslaenderinnen-betruegt-ihnen-den-pass-wegnimmt/comment-page-1' },
    checks: {
      'my-situation': { yes: ['documentsTaken', 'documentsTakenAtStart', 'heldForDebt', 'badConditions'], no: ['under18'], accept: atLeastSome },
    },
  },

  // ─── Real, regulated offers and situations ───
  {
    id: 'germany-western-balkans-regulation',
    kind: 'legitimate',
    summary:
      'A job in Germany under the Western Balkans regulation: a binding job offer or contract is required, the Federal Employment Agency checks that conditions equal those of German workers, and the only fee is the €75 visa fee paid at the embassy; no agency is needed.',
    source: { title: 'Westbalkanregelung / Arbeitsaufnahme nach der Westbalkanregelung', publisher: 'Bundesagentur für Arbeit; Auswärtiges Amt (Embassy Pristina)', year: '2024', url: 'https://www.arbeitsagentur.de/unternehmen/arbeitskraefte/fachkraefte-ausland/westbalkanregelung' },
    checks: {
      'job-offer': { yes: [], no: [...regulatedOffer, 'noWrittenContract', 'paidRecruiters', 'owesRecruiters', 'tripArranged', 'troublesUsed', 'familyInvolved'], accept: notAboveSome },
      'someone-else': {
        yes: [],
        no: ['inDangerNow', 'familyThreatened', 'contactStopped', 'under18', 'liedAboutJob', 'promisedMarriage', 'partnerTookThem', 'irregularTravel', 'abductedOrSold', 'forcedToGo', 'paidRecruiters', 'owesRecruiters', 'heldForDebt', 'documentsTaken', 'forcedSex', 'forcedBegging', 'forcedCrime', 'illegalWork'],
        accept: notAboveSome,
      },
    },
  },
  {
    id: 'italy-seasonal-decreto-flussi',
    kind: 'legitimate',
    summary:
      'Seasonal farm or tourism work in Italy under the quota decree: Albania has reserved quotas, the employer obtains the nulla osta, the worker gets a visa at the consulate and signs the contract at the immigration desk within eight days of arriving.',
    source: { title: 'Seasonal employment work: the Flow Decree', publisher: 'Insurance Italy (summary of the Decreto Flussi procedure)', year: '2023', url: 'https://insuranceitaly.it/en/news/seasonal-employment-work-the-flow-decree' },
    checks: {
      'job-offer': { yes: ['noWrittenContract'], no: [...regulatedOffer, 'paidRecruiters', 'owesRecruiters', 'tripArranged'], accept: notAboveSome },
    },
  },
  {
    id: 'germany-au-pair',
    kind: 'legitimate',
    summary: 'An au pair year in Germany: a signed contract with the host family, 30 hours a week, at least one day off, €280 pocket money a month plus room, board and €50 towards a language course.',
    source: { title: 'Au Pair in Germany', publisher: 'EduTest (summary of the Bundesagentur für Arbeit rules)', year: '2023', url: 'https://edutestonline.com/au-pair-in-germany/' },
    checks: {
      'job-offer': { yes: [], no: [...regulatedOffer, 'noWrittenContract', 'paidRecruiters', 'owesRecruiters', 'tripArranged', 'troublesUsed', 'familyInvolved'], accept: notAboveSome },
      'my-situation': {
        // Pocket money is little money, and room and board come from the family: both are "Po".
        yes: ['noPay', 'dependsOnThem'],
        no: ['inDangerNow', 'hurtOrThreatened', 'under18', 'liedAboutJob', 'liedAboutPayOrConditions', 'promisedMarriage', 'partnerTookThem', 'familyInvolved', 'tripArranged', 'irregularTravel', 'paidRecruiters', 'owesRecruiters', 'abductedOrSold', 'forcedToGo', 'longHours', 'moneyTaken', 'badConditions', 'documentsTaken', 'confined', 'heldForDebt', 'threatsToFamilyOrPolice', 'forcedSex', 'forcedBegging', 'forcedCrime', 'drugsOrAlcohol', 'afraidOfPolice'],
        accept: notAboveSome,
      },
    },
  },
  {
    id: 'greece-seasonal-agreement',
    kind: 'legitimate',
    summary:
      'Seasonal farm work in Greece under the Albania–Greece agreement: the employer applies, signs a contract stating hours and pay (at least an unskilled worker’s wage) and provides housing; the paperwork is free of charge; the permit is tied to that employer.',
    source: { title: '10.3 Third-country nationals working in agriculture (Law 4251/2014, art. 13A); Greece opens borders to Albanian seasonal workers', publisher: 'Decentralised Administration of Attica; Greek Reporter', year: '2020–2023', url: 'https://apdattikis.gov.gr/en/process/10-3-irregular-third-country-nationals-working-in-agriculture-article-13a-law-4251-2014' },
    checks: {
      'job-offer': { yes: [], no: [...regulatedOffer, 'noWrittenContract', 'paidRecruiters', 'owesRecruiters', 'tripArranged'], accept: notAboveSome },
      'my-situation': {
        // Housing comes from the employer, and a farm abroad is an unfamiliar place.
        yes: ['dependsOnThem', 'unfamiliarPlace'],
        no: ['inDangerNow', 'hurtOrThreatened', 'under18', 'liedAboutJob', 'promisedMarriage', 'partnerTookThem', 'irregularTravel', 'paidRecruiters', 'owesRecruiters', 'abductedOrSold', 'forcedToGo', 'moneyTaken', 'documentsTaken', 'confined', 'heldForDebt', 'threatsToFamilyOrPolice', 'forcedSex', 'forcedBegging', 'forcedCrime', 'drugsOrAlcohol', 'afraidOfPolice'],
        accept: notAboveSome,
      },
    },
  },
  {
    id: 'erasmus-traineeship',
    kind: 'legitimate',
    summary: 'An Erasmus+ traineeship: before leaving, the student, the university and the host organisation sign a learning agreement stating the programme and the weekly hours; a grant helps with travel and living costs.',
    source: { title: 'Guidelines on how to use the Erasmus+ Learning Agreement for Traineeships (KA131)', publisher: 'European Commission', year: '2023', url: 'https://erasmus-plus.ec.europa.eu/resources-and-tools/mobility-and-learning-agreements/learning-agreements/traineeships-agreement-guidelines-ka131' },
    checks: {
      'job-offer': { yes: [], no: [...regulatedOffer, 'noWrittenContract', 'paidRecruiters', 'owesRecruiters', 'tripArranged', 'troublesUsed', 'familyInvolved'], accept: notAboveSome },
    },
  },
];

// Working off a debt to those who brought them means the work earns them nothing and its value is
// kept for the debt: the three cannabis cases above answer "Po" to both pay questions.

/**
 * A case's answer to one question: "Po" when the case supports one of its facts, "Jo" when the
 * case rules all of them out, "Nuk e di" otherwise.
 */
export function answerFor(facts: readonly Fact[], check: CaseCheck): AnswerValue {
  if (facts.some((fact) => check.yes.includes(fact))) return 'yes';
  if (facts.length > 0 && facts.every((fact) => check.no?.includes(fact))) return 'no';
  return 'unsure';
}
