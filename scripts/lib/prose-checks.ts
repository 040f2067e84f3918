import yaml from 'js-yaml';

/**
 * Checks on the site's prose that keep it to `shared/ALBANIAN.md` and to the facts in
 * content: a phone number in a sentence is one of the site's lines, a line is called
 * working or free only when its entry says so, Albanian uses «» and no comma before «dhe»,
 * the guides for professionals address them as «ju», and one thing has one name.
 * Pure: the caller reads the files and passes their text; every problem names the file,
 * the line, the words and the fix.
 */

/** A language the prose is written in. */
export type ProseLocale = 'sq' | 'en';

/** One piece of prose: a Markdown line, or one text of a YAML or JSON file. */
export interface ProseText {
  /** The file, as an editor finds it (`content/guides/sq/mesues.md`). */
  file: string;
  /** The line the text starts on, counted from 1. */
  line: number;
  locale: ProseLocale;
  /** Where in the file: `body`, or the field path (`do.3`, `audience.sq`). */
  field: string;
  text: string;
}

/** The checks, each named as the problem list shows it. */
export const proseCheckNames = ['phone-number', 'line-status', 'free', 'quotes', 'comma-dhe', 'ju-form', 'terms'] as const;
export type ProseCheckName = (typeof proseCheckNames)[number];

/** One thing an editor must change. */
export interface ProseProblem {
  file: string;
  line: number;
  field: string;
  check: ProseCheckName;
  /** The words as written. */
  found: string;
  /** What to write instead, or what to do. */
  fix: string;
}

/** A number the site knows, from a hotline, an abroad entry or a service. */
export interface KnownNumber {
  /** Digits as shown to readers, and as dialled (without +). A number in prose matches either. */
  digits: string[];
  /** The number as the site shows it. */
  shown: string;
  /** Set for hotlines: whether sources confirm the line works. */
  status?: 'confirmed' | 'unconfirmed';
  /** Set for hotlines: what a call costs. */
  cost?: 'free' | 'paid' | 'unknown';
  /** The entry it comes from, for messages (`content/hotlines/emergency.yaml`). */
  source: string;
}

// ---------------------------------------------------------------------------------------
// Phone numbers in prose

/** A phone number found in a text. */
export interface PhoneMatch {
  /** As written (`116 117`, `+39 800 290 290`). */
  raw: string;
  /** Only its digits (`116117`). */
  digits: string;
  index: number;
  end: number;
}

/** Words after which a bare short number is a number to call (`telefono 129`, `call 1522`). */
const phoneWords =
  /(?:^|[^\p{L}])(?:telefon\p{L}*|thirr\p{L}*|numr\p{L}*|numër|linj\p{L}*|alo|tel|sms|call\p{L}*|dial\p{L}*|ring|phone\p{L}*|number\p{L}*|line|lines|helpline\p{L}*|hotline\p{L}*|freephone|text)(?:[^\p{L}]+[\p{L}\p{N}]+){0,3}[^\p{L}\p{N}]*$/iu;
/** Words before a number that make it a law, article or order number, not a phone number. */
const referenceWords = /(?:^|[^\p{L}])(?:nr|no|neni|nenin|nenit|article|art|ligji|ligjit|law|urdhri|order|vendimi|decision)\.?\s*$/iu;
/** Words after a number that make it a count, a duration or an amount. */
const unitWords =
  /^\s*(?:%|për qind|percent|vjet\p{L}*|vjeç\p{L}*|vite|years?|ditë\p{L}*|days?|orë\p{L}*|hours?|minut\p{L}*|javë\p{L}*|weeks?|muaj\p{L}*|months?|thirrje\p{L}*|calls?|persona|people|person\p{L}*|viktima\p{L}*|victims?|raste|cases?|fëmijë|children|gra|women|burra|men|gjuhë\p{L}*|languages?|euro|lekë|km|anëtarë|members|indicators?|tregues\p{L}*)(?![\p{L}])/iu;
/** A run of digits, joined by spaces, slashes or hyphens, not inside a word, URL, time or decimal. */
const digitRun = /(?<![\p{L}\p{N}_@./:,-])\+?\d(?:\d|[ \u00a0](?=\d)|[/-](?=\d))*(?![\p{L}\p{N}_@]|[.,:]\d)/gu;
/** Spaced runs that are one number even without a leading 0 or +: 116 xxx, 800 290 290. */
const spacedPhone = /^(?:116[ \u00a0]\d{3}|\d{3}(?:[ \u00a0]\d{3}){2,})$/u;

const onlyDigits = (text: string) => text.replace(/\D/g, '');
const isYear = (digits: string) => /^(?:19|20)\d\d$/.test(digits);

/**
 * The phone numbers written in a text. A number with a leading 0 or +, a 116 xxx number or a
 * long number is always one; a bare short code (112, 1522) is one when the site knows it, when
 * a word such as «telefono», «numri», «linja» or "call" comes just before it, or when it follows
 * another number in a list («112 ose 129»). Years, law numbers and counts are not.
 * @param known digits of the numbers the site knows; a bare short code among them counts anywhere.
 * @example findPhoneNumbers('Telefononi 112 ose 129.').map((m) => m.raw) // ['112', '129']
 */
export function findPhoneNumbers(text: string, known: ReadonlySet<string> = new Set()): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  const candidates: Array<{ raw: string; index: number }> = [];
  for (const match of text.matchAll(digitRun)) {
    const raw = match[0];
    const spaced = /[ \u00a0]/.test(raw) && !/^[+0]/.test(raw) && !spacedPhone.test(raw);
    if (!spaced) {
      candidates.push({ raw, index: match.index });
      continue;
    }
    // «Në vitin 2022 110 viktima»: groups that only sit side by side are separate numbers.
    let offset = match.index;
    for (const group of raw.split(/[ \u00a0]/)) {
      candidates.push({ raw: group, index: offset });
      offset += group.length + 1;
    }
  }
  for (const { raw, index } of candidates) {
    const digits = onlyDigits(raw);
    const end = index + raw.length;
    const before = text.slice(Math.max(0, index - 60), index);
    const after = text.slice(end, end + 30);
    let isPhone: boolean;
    if (/^[+0]/.test(raw)) isPhone = digits.length >= 5;
    else if (/[/-]/.test(raw)) isPhone = false;
    else if (/^116\d{3}$/.test(digits) || digits.length >= 7 || spacedPhone.test(raw)) isPhone = true;
    else if (digits.length < 3 || digits.length > 6 || isYear(digits) || referenceWords.test(before) || unitWords.test(after)) isPhone = false;
    else {
      const previous = found.at(-1);
      const listed = previous !== undefined && /^[\s,]*(?:ose|apo|dhe|or|and|\/)?[\s,]*$/iu.test(text.slice(previous.end, index));
      const clause = before.split(/[.;:!?()]/).at(-1) ?? '';
      isPhone = known.has(digits) || listed || phoneWords.test(clause);
    }
    if (isPhone) found.push({ raw, digits, index, end });
  }
  return found;
}

/** The known entries a number in prose stands for: same digits as shown or as dialled. */
export function lookUpNumber(digits: string, known: readonly KnownNumber[]): KnownNumber[] {
  return known.filter((entry) => entry.digits.includes(digits));
}

/** The digits under which a known number is found. */
export function knownDigits(known: readonly KnownNumber[]): Set<string> {
  return new Set(known.flatMap((entry) => entry.digits));
}

// ---------------------------------------------------------------------------------------
// Helpers shared by the checks

/** Sentences (and clauses after «;») with their offset in the text. */
function sentences(text: string): Array<{ text: string; index: number }> {
  const parts: Array<{ text: string; index: number }> = [];
  const pattern = /[^.!?;]+(?:[.!?;]+|$)/g;
  for (const match of text.matchAll(pattern)) parts.push({ text: match[0], index: match.index });
  return parts;
}

/** Words that turn a status or cost word into a doubt or a question («nuk e dimë nëse…», "whether"). */
const doubtWords: Record<ProseLocale, RegExp> = {
  sq: /(?:^|[^\p{L}'])(?:nuk|s'|jo|nëse|a|si|pa)(?![\p{L}'])/iu,
  en: /(?:^|[^\p{L}'])(?:whether|not|never|if|how|unknown|cannot|no)(?![\p{L}'])|n't(?![\p{L}])/iu,
};

/** The phone number nearest to a position in a sentence. */
function nearestNumber(numbers: readonly PhoneMatch[], index: number): PhoneMatch | undefined {
  const distance = (match: PhoneMatch) => (index < match.index ? match.index - index : Math.max(0, index - match.end));
  return [...numbers].sort((a, b) => distance(a) - distance(b))[0];
}

function problem(text: ProseText, check: ProseCheckName, found: string, fix: string): ProseProblem {
  return { file: text.file, line: text.line, field: text.field, check, found: found.trim(), fix };
}

/** A few words around a match, so the editor finds it. */
function excerpt(text: string, index: number, end: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 25)) + 1);
  const stop = text.indexOf(' ', Math.min(text.length, end + 25));
  return text.slice(start, stop === -1 ? text.length : stop).trim();
}

// ---------------------------------------------------------------------------------------
// (a) phone numbers and status words

/** Words that say a line works. Said of a line whose status is unconfirmed, they overstate it. */
const statusWords = {
  sq: /(?<![\p{L}])(?:numër i konfirmuar|funksionon|funksionojnë)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:confirmed number|works|is working|working line)(?![\p{L}])/giu,
} as const;
/** A status label on its own: it cannot know whether a recent source says a line answers. */
const bareStatusLabel = /^\s*(?:funksionon|works|working)\s*\.?\s*$/iu;

/**
 * (a) Every phone number written in prose is a number of the site: a hotline's shown number, or
 * an abroad or service number in content. Words that say a line works («funksionon», «Numër i
 * konfirmuar») stand only next to a confirmed line.
 */
export function checkPhoneNumbers(text: ProseText, known: readonly KnownNumber[]): ProseProblem[] {
  const problems: ProseProblem[] = [];
  const numbers = findPhoneNumbers(text.text, knownDigits(known));
  for (const match of numbers) {
    if (lookUpNumber(match.digits, known).length === 0) {
      problems.push(
        problem(
          text,
          'phone-number',
          excerpt(text.text, match.index, match.end),
          `«${match.raw}» is not a number of the site: write a hotline's shown number (content/hotlines), an abroad emergency number or a service's number, or add the line to content/hotlines first`,
        ),
      );
    }
  }
  if (bareStatusLabel.test(text.text)) {
    problems.push(problem(text, 'line-status', text.text, text.locale === 'sq' ? 'write «Numër i konfirmuar»: a label cannot know whether a recent source says the line answers' : 'write "Confirmed number": a label cannot know whether a recent source says the line answers'));
  }
  for (const sentence of sentences(text.text)) {
    const inSentence = numbers.filter((match) => match.index >= sentence.index && match.end <= sentence.index + sentence.text.length);
    if (inSentence.length === 0) continue;
    for (const word of sentence.text.matchAll(statusWords[text.locale])) {
      if (doubtWords[text.locale].test(sentence.text.slice(0, word.index))) continue;
      const number = nearestNumber(inSentence, sentence.index + word.index);
      const entries = number ? lookUpNumber(number.digits, known) : [];
      if (number && entries.length > 0 && entries.every((entry) => entry.status === 'unconfirmed')) {
        problems.push(
          problem(
            text,
            'line-status',
            excerpt(text.text, sentence.index + word.index, sentence.index + word.index + word[0].length),
            `«${word[0]}» next to ${number.raw}, whose status is unconfirmed (${entries[0]!.source}): say what the sources say (${text.locale === 'sq' ? '«Nuk e dimë nëse funksionon sot»' : '"We do not know whether it works today"'})`,
          ),
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// (b) «falas» / "free"

const freeWords = {
  sq: /(?<![\p{L}])falas(?![\p{L}])/giu,
  en: /(?<![\p{L}-])(?:toll-free|free of charge|freephone|free)(?![\p{L}])/giu,
} as const;

/** (b) «falas» or "free" next to a line only when the line's cost in content is `free`. */
export function checkFreeClaims(text: ProseText, known: readonly KnownNumber[]): ProseProblem[] {
  const problems: ProseProblem[] = [];
  const numbers = findPhoneNumbers(text.text, knownDigits(known));
  for (const sentence of sentences(text.text)) {
    const inSentence = numbers.filter((match) => match.index >= sentence.index && match.end <= sentence.index + sentence.text.length);
    if (inSentence.length === 0) continue;
    for (const word of sentence.text.matchAll(freeWords[text.locale])) {
      if (doubtWords[text.locale].test(sentence.text.slice(0, word.index))) continue;
      const number = nearestNumber(inSentence, sentence.index + word.index)!;
      const entries = lookUpNumber(number.digits, known);
      // An unknown number is reported by the phone-number check.
      if (entries.length === 0 || entries.some((entry) => entry.cost === 'free')) continue;
      const hotlines = entries.filter((entry) => entry.cost).map((entry) => `${entry.cost} in ${entry.source}`);
      const others = entries.length - hotlines.length;
      const costs = [...hotlines, ...(others ? [`not recorded for ${others} abroad or service entr${others === 1 ? 'y' : 'ies'}`] : [])].join('; ');
      problems.push(
        problem(
          text,
          'free',
          excerpt(text.text, sentence.index + word.index, sentence.index + word.index + word[0].length),
          `«${word[0]}» next to ${number.raw}, whose cost is ${costs}: say «${word[0]}» only of a line whose cost is free, or set the cost once a source confirms it`,
        ),
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// (c) Albanian punctuation

/** (c) Albanian quotes with «»: no straight or English double quotes. */
export function checkQuotes(text: ProseText): ProseProblem[] {
  if (text.locale !== 'sq') return [];
  // A quoted phrase is one problem, not one per mark.
  return [...text.text.matchAll(/"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|["“”„]/g)].map((match) =>
    problem(text, 'quotes', excerpt(text.text, match.index, match.index + match[0].length), `write ${match[0].length > 1 ? `«${match[0].slice(1, -1)}»` : '«…»'}: Albanian quotes with «…», not "…" or “…”`),
  );
}

/** (c) No comma before «dhe». */
export function checkCommaBeforeDhe(text: ProseText): ProseProblem[] {
  if (text.locale !== 'sq') return [];
  return [...text.text.matchAll(/,\s+dhe(?![\p{L}])/giu)].map((match) =>
    problem(text, 'comma-dhe', excerpt(text.text, match.index, match.index + match[0].length), 'no comma before «dhe»: delete the comma, or split the sentence'),
  );
}

// ---------------------------------------------------------------------------------------
// (d) ju form in the guides for professionals

/** Forms of «ti» and what the «ju» form is. Matched as whole words, anywhere. */
const tiWords: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}'])ti(?![\p{L}'])/giu, '«ju»'],
  [/(?<![\p{L}'])ty(?![\p{L}'])/giu, '«ju»'],
  [/(?<![\p{L}'])(?:tënd|tënde|tëndin|tëndit|tëndes|tëndet|tëndën)(?![\p{L}'])/giu, '«tuaj» / «juaj»'],
  [/(?<![\p{L}'])(?:jote|jotja|jotes)(?![\p{L}'])/giu, '«juaj» / «tuaj»'],
  // Case matters: «KE» is the European Commission.
  [/(?<![\p{L}'])[jJ]e(?![\p{L}'])/gu, '«jeni»'],
  [/(?<![\p{L}'])[kK]e(?![\p{L}'])/gu, '«keni»'],
  [/(?<![\p{L}'])mundesh(?![\p{L}'])/giu, '«mundeni»'],
  [/(?<![\p{L}'])(?:pe|dëgjove|pate|vure|bëre)(?![\p{L}'])/giu, 'the «ju» form («patë», «dëgjuat», «vutë re», «bëtë»)'],
  [/(?<![\p{L}'])të të(?= (?!rritur|mitur|tjer|gjith|njëjt|huaj|paktën|dhën|dy|tre|parë|ve)\p{L})/giu, '«t\'ju»'],
  // Imperatives with an object: unmistakably «ti».
  [
    /(?<![\p{L}'])(?:trajtoje|pyete|vendose|dëgjoje|tregoji|kujtoji|mbaje|lëre|shkruaje|mbroje|thirre|njoftoje|ndihmoje|ruaje|referoje|referoji|printoje|sigurohu|kujdesu|qetësohu|përgatitu|bëje|pyeti|dërgoje|shoqëroje)(?![\p{L}'])/giu,
    'the «ju» imperative in -ni («trajtojeni», «pyeteni», «sigurohuni», «kujdesuni»)',
  ],
  // Subjunctive in -sh after «të»: «çfarë të bësh», «të vëresh».
  [/(?<![\p{L}'])(?:të|t')\s*(?:(?:e|i|u|ia|ua|na|ma|ta)\s+)?\p{L}+sh(?![\p{L}'])/giu, 'the «ju» form in -ni («të bëni», «të vini re», «të telefononi»)'],
  [/(?<![\p{L}'])t'(?:i|u|ia)\s+\p{L}+sh(?![\p{L}'])/giu, 'the «ju» form in -ni («t\'i thoni»)'],
];
/** Imperatives that are also other forms (përdor = "uses"): «ti» only at the start of a sentence, an item or a clause. */
const tiImperatives =
  /(?:^[\s#>*+-]*(?:\d+\.\s*)?|[.!?:;,]\s+|[«(]\s*|\*\*)(trajto|pyet|fol|dëgjo|shkruaj|vepro|gjej|përdor|telefono|thirr|njofto|kërko|mbaj|shmang|shiko|kontrollo|kujto|lexo|trego|printo|vër|jep|merr|dil|ndiq|prit|sigurohu|kujdesu|referoje|bëj|lër|lejo)(?![\p{L}'])/giu;

/** (d) A guide for professionals addresses them as «ju»: no «ti» pronouns, imperatives or verbs. */
export function checkJuForm(input: ProseText): ProseProblem[] {
  if (input.locale !== 'sq') return [];
  // Words quoted as someone said them («rregullohen kur të arrish») keep their own address.
  const text = { ...input, text: input.text.replace(/«[^«»]*»/g, (quote) => ' '.repeat(quote.length)) };
  const problems: ProseProblem[] = [];
  const seen = new Set<number>();
  const add = (index: number, length: number, fix: string) => {
    if (seen.has(index)) return;
    seen.add(index);
    problems.push(problem(text, 'ju-form', excerpt(text.text, index, index + length), `«${text.text.slice(index, index + length).trim()}» is the ti form; write ${fix}`));
  };
  for (const [pattern, fix] of tiWords) for (const match of text.text.matchAll(pattern)) add(match.index, match[0].length, fix);
  // «mos» with a verb not in -ni: «mos e pyet» → «mos e pyetni». Not «të mos…» / «se mos…» (third person).
  for (const match of text.text.matchAll(/(?<![\p{L}'])(?<!(?:të|se|që)\s)mos\s+((?:(?:e|i|u|ia|ua|ta|ma|na|ju|më|të|t'i|t'u)\s+)*)(\p{L}+)/giu)) {
    if (!/ni$/iu.test(match[2]!)) add(match.index, match[0].length, 'the «ju» form: «mos» + verb in -ni («mos e pyetni», «mos lejoni», «mos u përballni me…»)');
  }
  for (const match of text.text.matchAll(tiImperatives)) {
    const word = match[1]!;
    add(match.index + match[0].length - word.length, word.length, `the «ju» imperative in -ni («${word[0]!.toUpperCase()}${word.slice(1)}ni», «Flisni», «Shihni»…)`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// (e) one term per thing, and the calques of ALBANIAN.md

const qarkNames = 'Beratit|Dibrës|Durrësit|Elbasanit|Fierit|Gjirokastrës|Korçës|Kukësit|Lezhës|Shkodrës|Tiranës|Vlorës';

/** The glossary's pairs and the calques: the words to avoid and what to write. */
export const termRules: ReadonlyArray<{ pattern: RegExp; fix: string }> = [
  { pattern: /(?<![\p{L}])streh(?:ë|ën|ës|ët|ëve|a|at|ave)(?![\p{L}])/giu, fix: 'a shelter is «strehëz» (strehëza, strehëzën, strehëzat); a roof over one\'s head is «strehim»' },
  { pattern: /(?<![\p{L}])mosndëshk\p{L}*/giu, fix: 'write «parimi i mosdënimit» (mosdënim): one word for non-punishment' },
  { pattern: /(?<![\p{L}])numr\p{L}*\s+(?:i|e|të)\s+vetëm\s+(?:i|të)\s+(?:urgjenc|emergjenc)\p{L}*/giu, fix: 'write «numri unik i emergjencës» (112)' },
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:\\d+\\s+(?:nga\\s+\\d+\\s+)?rajon\\p{L}*|rajon\\p{L}*\\s+(?:i|e|të)\\s+(?:${qarkNames})|(?:çdo|secilin|secilit)\\s+rajon\\p{L}*)`, 'giu'),
    fix: 'write «qark» / «qarqe» for the 12 units (rajon is for other regions)',
  },
  { pattern: /(?<![\p{L}])jurist\p{L}*/giu, fix: 'write «avokat» for a lawyer' },
  { pattern: /(?<![\p{L}])ndihm\p{L}*\s+juridik\p{L}*(?![\p{L}])(?!\s+(?:e|të)\s+garantuar\s+nga\s+shteti)/giu, fix: 'write «ndihmë ligjore»; «juridike» only in the law\'s name («ndihma juridike e garantuar nga shteti»)' },
  { pattern: /(?<![\p{L}])mekanizm\p{L}*\s+kombëtar\p{L}*\s+referues/giu, fix: 'write «Mekanizmi Kombëtar i Referimit»' },
  { pattern: /(?<![\p{L}])kohë\p{L}*\s+(?:e|të)\s+vështir\p{L}*/giu, fix: 'say what is hard: «hallet e tua (s\'ke para, probleme në familje)»' },
  { pattern: /për\s+të\s+qenë\s+(?:e|i|të)\s+vërtet\p{L}*/giu, fix: 'write «tepër e mirë për t\'u besuar»' },
  { pattern: /(?<![\p{L}])pa\s+lidhje\s+telefonimi/giu, fix: 'write «nuk shfaqet si buton për të telefonuar»' },
  { pattern: /(?<![\p{L}])arrih(?:et|en)\s+përmes/giu, fix: 'write «kontaktohet përmes»' },
  { pattern: /(?<![\p{L}])nuk\s+llogarit(?:et|en)/giu, fix: 'write «nuk quhet trafikim»' },
  { pattern: /(?<![\p{L}])ji\s+aty(?![\p{L}])/giu, fix: 'write «Tregoji se mund të vijë te ti»' },
  { pattern: /me\s+në\s+qendër\s+personin/giu, fix: 'write «qasja me viktimën në qendër»' },
  { pattern: /(?<![\p{L}])(?:mos\s+u\s+përballo|mos\s+e\s+përball\p{L}*)(?![\p{L}])/giu, fix: 'write «mos u përball me…» (ju: «mos u përballni me…»)' },
  { pattern: /(?<![\p{L}])u\s+fute\s+në\s+borxh/giu, fix: 'keep the blame with the exploiter: «Të futën në borxh»' },
  { pattern: /përshkruajnë\s+raport\p{L}*/giu, fix: 'write «që përshkruhen në raporte»' },
];

/** (e) One term per thing, as the glossary of ALBANIAN.md sets them, and no calque it lists. */
export function checkTerms(text: ProseText): ProseProblem[] {
  if (text.locale !== 'sq') return [];
  return termRules.flatMap(({ pattern, fix }) =>
    [...text.text.matchAll(pattern)].map((match) => problem(text, 'terms', excerpt(text.text, match.index, match.index + match[0].length), `«${match[0]}»: ${fix}`)),
  );
}

// ---------------------------------------------------------------------------------------
// Reading prose out of content files

/** Fields that hold data, not prose (numbers as dialled, dates, ids, enums, addresses). */
const dataFields = new Set([
  'tel', 'number', 'display', 'url', 'date', 'lastVerified', 'updated', 'published', 'confidence', 'element', 'strength', 'qark',
  'scope', 'countryCode', 'cost', 'status', 'posterTarget', 'address', 'id', 'kind', 'kinds', 'channels', 'hotlines', 'referVia',
  'primaryContacts', 'quickExitUrl', 'audience', 'topic', 'rule', 'order', 'siteName', 'slug', 'city', 'consent', 'anonymised',
]);
const locales: readonly ProseLocale[] = ['sq', 'en'];
const isLocale = (key: string): key is ProseLocale => (locales as readonly string[]).includes(key);

/** Drops what is not prose from a line: URLs, e-mail addresses, HTML tags, code, link targets, heading anchors. */
export function stripMarkup(line: string): string {
  return line
    .replace(/\s*\{#[\w-]+\}\s*$/, ' ')
    .replace(/<!--.*?-->/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/\b(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:al|com|org|net|gov|eu|de|it|gr|uk|mk|int)(?:\/\S*)?/g, ' ');
}

/** The line (from 1) where a text first appears in a file at or after a line, else that line. */
function lineOf(lines: readonly string[], text: string, from: number): number {
  const probe = text.split(/["\\\n]/)[0]!.trim().slice(0, 30);
  if (probe.length < 3) return from;
  for (let index = Math.max(0, from - 1); index < lines.length; index += 1) if (lines[index]!.includes(probe)) return index + 1;
  return from;
}

interface Leaf {
  path: string[];
  value: string;
}
function leaves(node: unknown, path: string[] = []): Leaf[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, index) => leaves(item, [...path, String(index)]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]));
  return [];
}

/** The locale of a file from its folder or name (`…/sq/x.md`, `ui/en.json`), if it has one. */
export function fileLocale(file: string): ProseLocale | undefined {
  const match = /(?:^|\/)(sq|en)(?:\/|\.json$)/.exec(file);
  return match ? (match[1] as ProseLocale) : undefined;
}

/** Prose of structured data: localised leaves, or every text leaf when the whole file has one language. */
function dataProse(file: string, data: unknown, lines: readonly string[], firstLine: number, fileLang: ProseLocale | undefined): ProseText[] {
  const texts: ProseText[] = [];
  let cursor = firstLine;
  for (const { path, value } of leaves(data)) {
    const last = path.at(-1) ?? '';
    const named = [...path].reverse().find((key) => !/^\d+$/.test(key) && !isLocale(key)) ?? '';
    const locale = isLocale(last) ? last : fileLang;
    if (!locale || (dataFields.has(named) && !isLocale(last))) continue;
    // A block of several lines (`|-`) is read line by line, as Markdown is.
    for (const part of value.split('\n')) {
      if (!part.trim()) continue;
      const line = lineOf(lines, part, cursor);
      cursor = line;
      texts.push({ file, line, locale, field: path.join('.'), text: stripMarkup(part) });
    }
  }
  return texts;
}

/**
 * Every piece of prose in a content file: the texts of YAML and JSON files, and a Markdown
 * file's front matter and body lines. Numbers as dialled, URLs, dates and ids are left out.
 * @example extractProse('content/pages/sq/x.md', '---\ntitle: T\n---\nTelefono 112.')[1] // { line: 4, text: 'Telefono 112.', … }
 */
export function extractProse(file: string, raw: string): ProseText[] {
  const lines = raw.split(/\r?\n/);
  const locale = fileLocale(file);
  if (file.endsWith('.json')) return dataProse(file, JSON.parse(raw), lines, 1, locale);
  if (/\.ya?ml$/.test(file)) return dataProse(file, yaml.load(raw), lines, 1, undefined);
  if (!file.endsWith('.md') || !locale) return [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  const texts = front ? dataProse(file, yaml.load(front[1] ?? ''), lines, 2, locale) : [];
  const bodyStart = front ? front[0].split(/\r?\n/).length - (front[0].endsWith('\n') ? 1 : 0) : 0;
  let fenced = false;
  for (let index = bodyStart; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !line.trim()) continue;
    texts.push({ file, line: index + 1, locale, field: 'body', text: stripMarkup(line) });
  }
  return texts;
}

// ---------------------------------------------------------------------------------------
// Putting it together

/** The numbers content knows: hotlines (with status and cost), abroad emergency numbers, service phones. */
export function collectKnownNumbers(files: ReadonlyArray<{ file: string; raw: string }>): KnownNumber[] {
  const known: KnownNumber[] = [];
  const entry = (shown: string, tel: string, source: string, extra: Partial<KnownNumber> = {}) =>
    known.push({ digits: [...new Set([onlyDigits(shown), onlyDigits(tel)])], shown, source, ...extra });
  for (const { file, raw } of files) {
    if (!/\.ya?ml$/.test(file)) continue;
    const data = yaml.load(raw) as Record<string, unknown> | null;
    if (!data || typeof data !== 'object') continue;
    if (/(?:^|\/)hotlines\//.test(file) && typeof data.number === 'string' && typeof data.tel === 'string') {
      entry(data.number, data.tel, file, { status: data.status as NonNullable<KnownNumber['status']>, cost: data.cost as NonNullable<KnownNumber['cost']> });
    }
    const emergency = data.emergency as { number?: string; tel?: string } | undefined;
    if (/(?:^|\/)abroad\//.test(file) && emergency?.number && emergency.tel) entry(emergency.number, emergency.tel, file);
    const contacts = data.contacts as Array<{ kind?: string; display?: string; tel?: string }> | undefined;
    if (/(?:^|\/)services\//.test(file) && Array.isArray(contacts)) {
      for (const contact of contacts) if (contact.kind === 'phone' && contact.display && contact.tel) entry(contact.display, contact.tel, file);
    }
  }
  return known;
}

/** Whether a text addresses professionals (ju): the guides, and the UI words shown only on guide pages. */
export function usesJuForm(text: ProseText): boolean {
  return /(?:^|\/)guides\/sq\//.test(text.file) || (/(?:^|\/)ui\/sq\.json$/.test(text.file) && text.field.startsWith('guide.'));
}

/** Runs every check that applies on every piece of prose of the given files. */
export function checkProse(files: ReadonlyArray<{ file: string; raw: string }>, known: readonly KnownNumber[]): ProseProblem[] {
  const problems: ProseProblem[] = [];
  for (const { file, raw } of files) {
    const lines = raw.split(/\r?\n/);
    for (const text of extractProse(file, raw)) {
      const found = [
        ...checkPhoneNumbers(text, known),
        ...checkFreeClaims(text, known),
        ...checkQuotes(text),
        ...checkCommaBeforeDhe(text),
        ...(usesJuForm(text) ? checkJuForm(text) : []),
        ...checkTerms(text),
      ];
      // A long YAML text spans lines: point at the line that holds the words.
      for (const item of found) problems.push({ ...item, line: lineOf(lines, item.found, text.line) });
    }
  }
  return problems;
}

/**
 * One line per problem, as an editor acts on it.
 * @example formatProseProblem(p) // 'content/guides/sq/mesues.md:42 (do.5) [ju-form] «trajtoje si fëmijë» → …'
 */
export function formatProseProblem(item: ProseProblem): string {
  return `${item.file}:${item.line} (${item.field}) [${item.check}] «${item.found}» → ${item.fix}`;
}
