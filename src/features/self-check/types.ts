import type { ResultText, SelfCheck } from '../../schemas/self-check.ts';
import type { Element } from '../../lib/indicators.ts';
import type { ScoredQuestion } from './engine/get-visible-questions.ts';

/** A question already translated into the page's language: the island ships one language only. */
export type PageQuestion = ScoredQuestion & { text: string; help?: string; sign?: string };

/** A line to call, as the result lists it. */
export interface PageHotline {
  id: string;
  number: string;
  tel: string;
  name: string;
  /** "Free · 24/7", or why the line is not confirmed. */
  meta: string;
  confirmed: boolean;
}

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
  changeAnswers: string;
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
  hotlines: PageHotline[];
  strings: SelfCheckStrings;
}
