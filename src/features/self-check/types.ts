import type { ResultText, SelfCheck } from '../../schemas/self-check.ts';
import type { Element } from '../../lib/indicators.ts';
import type { CallLine } from '../hotlines/to-call-lines.ts';
import type { ScoredQuestion } from './engine/get-visible-questions.ts';

/** A question already translated into the page's language: the island ships one language only. */
export type PageQuestion = ScoredQuestion & { text: string; help?: string; sign?: string };

/** The UI strings the island uses, already translated (no dictionary is shipped). */
export interface SelfCheckStrings {
  progress: string;
  yes: string;
  no: string;
  unsure: string;
  next: string;
  back: string;
  clear: string;
  cleared: string;
  chooseAnswer: string;
  seeResult: string;
  signsHeading: string;
  unsureHeading: string;
  unsureText: string;
  childNote: string;
  contactsHeading: string;
  /** Heading of the lines shown first when the person may be in danger now. */
  callNowHeading: string;
  /** The choice to go on with the check after the lines for danger. */
  urgentContinue: string;
  changeAnswers: string;
  /** The line before the link to what comes after the first call. */
  afterHelp: string;
  listHeading: string;
}

/** Everything the self-check island needs, in one language. */
export interface SelfCheckProps {
  /** A prefix for element ids, so two checks could share a page. */
  id: string;
  rule: SelfCheck['rule'];
  listIntro: string;
  questions: PageQuestion[];
  results: Record<ResultText, { title: string; bodyHtml: string }>;
  elementTexts: Record<Element, { title: string; why: string }>;
  /** The lines every result ends with. */
  lines: CallLine[];
  /** Shown at once after "Yes" to a question about danger now: the lines to call and what to say. */
  danger: { lines: CallLine[]; title: string; bodyHtml: string };
  /**
   * The quick exit, repeated where danger is answered, and the event it fires before leaving
   * (passed in, so the island's bundle shares no module with the quick-exit script, which
   * stays small enough to be inline on every page).
   */
  quickExit: { url: string; label: string; event: string };
  strings: SelfCheckStrings;
  /** The page on what comes after the first call: every result links to it. */
  afterHelpLink: { href: string; label: string };
}
