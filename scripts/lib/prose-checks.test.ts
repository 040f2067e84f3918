import { describe, expect, test } from 'vitest';
import {
  checkCommaBeforeDhe,
  checkFreeClaims,
  checkJuForm,
  checkPhoneNumbers,
  checkProse,
  checkQuotes,
  checkTerms,
  collectKnownNumbers,
  extractProse,
  findPhoneNumbers,
  formatProseProblem,
  type KnownNumber,
  type ProseLocale,
  type ProseText,
} from './prose-checks.ts';

const known: KnownNumber[] = [
  { digits: ['112'], shown: '112', status: 'confirmed', cost: 'unknown', source: 'content/hotlines/emergency.yaml' },
  { digits: ['129'], shown: '129', status: 'confirmed', cost: 'free', source: 'content/hotlines/police.yaml' },
  { digits: ['116117'], shown: '116 117', status: 'confirmed', cost: 'free', source: 'content/hotlines/women-girls-line.yaml' },
  { digits: ['116006'], shown: '116 006', status: 'unconfirmed', cost: 'unknown', source: 'content/hotlines/anti-trafficking-line.yaml' },
  { digits: ['800290290', '39800290290'], shown: '800 290 290', status: 'confirmed', cost: 'free', source: 'content/hotlines/it.yaml' },
  { digits: ['080011112', '38380011112'], shown: '0800 11 112', status: 'unconfirmed', cost: 'free', source: 'content/hotlines/xk.yaml' },
];
const knownDigits = new Set(known.flatMap((entry) => entry.digits));

const prose = (text: string, locale: ProseLocale = 'sq', file = 'content/pages/sq/x.md'): ProseText => ({ file, line: 1, locale, field: 'body', text });
const found = (problems: Array<{ found: string }>) => problems.map((item) => item.found);

describe('findPhoneNumbers', () => {
  test.each([
    ['Telefononi 112 ose 129.', ['112', '129']],
    ['Telefono 116 117, ditë e natë.', ['116 117']],
    ['Numri +39 800 290 290 është falas.', ['+39 800 290 290']],
    ['Në Itali: 800 290 290.', ['800 290 290']],
    ['Linja 0800 11 112 në Kosovë.', ['0800 11 112']],
    ['Burimet japin edhe numrin 02/2777-070.', ['02/2777-070']],
    ['ALO 116 111 për fëmijët.', ['116 111']],
    ['Numri i policisë është 192.', ['192']],
    ['Policia (129) dhe 116006.', ['129', '116006']],
  ])('finds the numbers in %j', (text, numbers) => {
    expect(findPhoneNumbers(text, knownDigits).map((match) => match.raw)).toEqual(numbers);
  });

  test.each([
    ['Në vitin 2022 110 viktima të mundshme.'],
    ['Ligji nr. 18/2017 dhe Ligji nr. 111/2017.'],
    ['Kodi Penal, neni 110/a dhe neni 128/b.'],
    ['Burimet e viteve 2010–2013; orari 08:00–20:00; 24/7.'],
    ['Ligji nr. 7986 i 13.9.1995.'],
    ['Linja mori rreth 2 000 thirrje; 9.800 viktima; 534 raste.'],
    ['Aplikacioni ALO116111 dhe faqja alo116.al.'],
    ['Ka 12 komitete dhe 126 viktima u identifikuan në 2021.'],
  ])('finds no number to call in %j', (text) => {
    expect(findPhoneNumbers(text, knownDigits)).toEqual([]);
  });

  test('gives the digits of each number, so a check can compare it with the number dialled', () => {
    expect(findPhoneNumbers('Telefono +49 30 263 911 76.')[0]).toMatchObject({ raw: '+49 30 263 911 76', digits: '4930263911 76'.replace(/\D/g, ''), index: 9 });
  });
});

describe('(a) phone numbers and status words', () => {
  test.each([
    ['Telefononi 116 117 ose 129.', []],
    ['Në Itali telefononi +39 800 290 290.', []],
    ['Telefono 0800 1212, linjën e vjetër.', ['0800 1212']],
    ['Në Kosovë, numri i policisë është 192.', ['192']],
  ])('%j: unknown numbers %j', (text, unknown) => {
    const problems = checkPhoneNumbers(prose(text), known).filter((item) => item.check === 'phone-number');
    expect(problems.map((item) => item.fix.match(/«([^»]+)»/)?.[1])).toEqual(unknown);
  });

  test.each<[string, ProseLocale, number]>([
    ['Linja 116 006 funksionon ditë e natë.', 'sq', 1],
    ['116 006: Numër i konfirmuar.', 'sq', 1],
    ['Nuk e dimë nëse 116 006 funksionon sot.', 'sq', 0],
    ['Linja 116 117 funksionon ditë e natë.', 'sq', 0],
    ['Numri 112 funksionon; linja 0800 11 112 nuk dihet.', 'sq', 0],
    ['The line 116 006 works day and night.', 'en', 1],
    ['We do not know whether 116 006 works today.', 'en', 0],
  ])('%j (%s): %i status problems', (text, locale, count) => {
    expect(checkPhoneNumbers(prose(text, locale), known).filter((item) => item.check === 'line-status')).toHaveLength(count);
  });

  test('a status label on its own must say «Numër i konfirmuar»', () => {
    expect(checkPhoneNumbers(prose('Funksionon'), known).map((item) => item.check)).toEqual(['line-status']);
    expect(checkPhoneNumbers(prose('Numër i konfirmuar'), known)).toEqual([]);
  });
});

describe('(b) «falas» next to a line', () => {
  test.each<[string, ProseLocale, string[]]>([
    ['Telefono 116 117, falas, ditë e natë.', 'sq', []],
    ['Thirrja në 112 është falas.', 'sq', ['falas']],
    ['Linja 116 006 është falas.', 'sq', ['falas']],
    ['Nuk e dimë nëse 116 006 është falas sot.', 'sq', []],
    ['Ndihma ligjore mund të jetë falas.', 'sq', []],
    ['Call 112 free of charge.', 'en', ['free of charge']],
    ['Call 129, free.', 'en', []],
    ['We do not know whether 112 is free.', 'en', []],
  ])('%j (%s)', (text, locale, words) => {
    const problems = checkFreeClaims(prose(text, locale), known);
    expect(problems.map((item) => item.fix.match(/^«([^»]+)»/)?.[1])).toEqual(words);
  });

  test('names where the cost is written', () => {
    expect(checkFreeClaims(prose('Thirrja në 112 është falas.'), known)[0]?.fix).toContain('unknown in content/hotlines/emergency.yaml');
  });
});

describe('(c) Albanian punctuation', () => {
  test.each<[string, ProseLocale, number]>([
    ['Ajo tha "po".', 'sq', 1],
    ['Ajo tha “po”.', 'sq', 1],
    ['Ajo tha «po».', 'sq', 0],
    ['She said "yes".', 'en', 0],
  ])('quotes in %j (%s): %i', (text, locale, count) => {
    expect(checkQuotes(prose(text, locale))).toHaveLength(count);
  });

  test('a quoted phrase is reported once, with the «» to write', () => {
    expect(checkQuotes(prose('Ajo tha "po" dhe iku.'))[0]?.fix).toMatch(/^write «po»/);
  });

  test.each<[string, ProseLocale, number]>([
    ['Miq, partnerë, dhe të afërm.', 'sq', 1],
    ['Miq, partnerë dhe të afërm.', 'sq', 0],
    ['Ai erdhi, edhe ajo.', 'sq', 0],
    ['Friends, partners, and relatives.', 'en', 0],
  ])('comma before «dhe» in %j (%s): %i', (text, locale, count) => {
    expect(checkCommaBeforeDhe(prose(text, locale))).toHaveLength(count);
  });
});

describe('(d) the ju form', () => {
  test.each([
    ['Nëse mosha nuk dihet, trajtoje si fëmijë.', ['trajtoje']],
    ['Mos e pyet para shoqëruesit.', ['Mos e pyet']],
    ['Pse ka rëndësi në punën tënde.', ['tënde']],
    ['Ti sheh rezervimet.', ['Ti']],
    ['Shkruaj faktet: çfarë pe dhe dëgjove.', ['pe', 'dëgjove', 'Shkruaj']],
    ['Kontakti i parë: fol me personin.', ['fol']],
    ['Çfarë të bësh', ['të bësh']],
    ['Nëse je prokuror, njofto policinë.', ['je', 'njofto']],
    ['Kjo mund të të ndihmojë.', ['të të']],
  ])('%j uses ti: %j', (text, words) => {
    const problems = checkJuForm(prose(text, 'sq', 'content/guides/sq/x.md'));
    for (const word of words) expect(problems.some((item) => item.fix.startsWith(`«${word}»`))).toBe(true);
    expect(problems).toHaveLength(words.length);
  });

  test.each([
    ['Trajtojeni si fëmijë. Mos e pyetni para shoqëruesit.'],
    ['Pse ka rëndësi në punën tuaj.'],
    ['Shkruani faktet: çfarë patë dhe dëgjuat.'],
    ['Mos u përballni me shoqëruesin; mos lejoni që të përkthejë.'],
    ['Treguesit për shfrytëzimin në punë të të rriturve dhe baza e të të dhënave.'],
    ['Udhëtarit i thanë se letrat «rregullohen kur të arrish».'],
    ['Forca e shenjave ndjek treguesit ILO–KE (2009).'],
    ['Që personi të mos e tregojë historinë shumë herë.'],
  ])('%j is in the ju form', (text) => {
    expect(found(checkJuForm(prose(text, 'sq', 'content/guides/sq/x.md')))).toEqual([]);
  });
});

describe('(e) one term per thing', () => {
  test.each([
    ['Ajo jeton në një strehë.', 'strehëz'],
    ['## Mosndëshkimi', 'parimi i mosdënimit'],
    ['Telefono numrin e vetëm të urgjencës.', 'numri unik i emergjencës'],
    ['Njësitë punonin në 9 rajone.', 'qark'],
    ['Kërko një jurist.', 'avokat'],
    ['Ndihma juridike falas.', 'ndihmë ligjore'],
    ['Në një kohë të vështirë.', 'hallet e tua'],
    ['Duket tepër e mirë për të qenë e vërtetë.', "t'u besuar"],
    ['Linja shfaqet pa lidhje telefonimi.', 'buton'],
    ['Komiteti arrihet përmes Prefekturës.', 'kontaktohet'],
    ['Mos u përballo me ta.', 'mos u përball me'],
    ['U fute në borxh.', 'Të futën në borxh'],
    ['Raste që përshkruajnë raportet.', 'përshkruhen në raporte'],
  ])('%j → %s', (text, fix) => {
    const problems = checkTerms(prose(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.fix).toContain(fix);
  });

  test.each([
    ['Ajo jeton në një strehëz; strehimi është falas.'],
    ['Sipas parimit të mosdënimit.'],
    ['Ligji «Për ndihmën juridike të garantuar nga shteti».'],
    ['Drejtoria rajonale; vendet e rajonit; Rajoni i Venetos.'],
    ['Kërko një avokat.'],
  ])('%j keeps to the terms', (text) => {
    expect(checkTerms(prose(text))).toEqual([]);
  });
});

describe('reading prose out of content files', () => {
  test('Markdown: front matter texts and body lines, with their lines; links, code and HTML left out', () => {
    const raw = '---\ntitle: "Titulli"\ndo:\n  - "Telefononi 112."\nupdated: "2026-11-30"\n---\n\nShihni [MKR](/fjalori/#mkr) te `kodi` <h2 id="x">Koka</h2>\n';
    const texts = extractProse('content/guides/sq/x.md', raw);
    expect(texts.map((text) => [text.line, text.field, text.text.trim()])).toEqual([
      [2, 'title', 'Titulli'],
      [4, 'do.0', 'Telefononi 112.'],
      [8, 'body', expect.stringMatching(/^Shihni \[MKR\] te\s+Koka$/)],
    ]);
  });

  test('YAML: only localised texts, each in its language; numbers as dialled are data', () => {
    const raw = 'number: "116 117"\ntel: "116117"\nhours:\n  sq: Ditë e natë.\n  en: Day and night.\n';
    expect(extractProse('content/hotlines/x.yaml', raw).map((text) => [text.line, text.locale, text.text])).toEqual([
      [4, 'sq', 'Ditë e natë.'],
      [5, 'en', 'Day and night.'],
    ]);
  });

  test('a block of several lines is read line by line', () => {
    const raw = 'intro:\n  sq: |-\n    Rreshti i parë.\n\n    Rreshti i dytë, dhe i treti.\n';
    expect(extractProse('content/self-checks/x.yaml', raw).map((text) => text.line)).toEqual([3, 5]);
  });

  test('known numbers come from hotlines, abroad emergency numbers and service phones', () => {
    const numbers = collectKnownNumbers([
      { file: 'content/hotlines/a.yaml', raw: 'number: "800 290 290"\ntel: "+39800290290"\nstatus: confirmed\ncost: free\n' },
      { file: 'content/abroad/b.yaml', raw: 'emergency:\n  number: "112"\n  tel: "112"\n' },
      { file: 'content/services/c.yaml', raw: 'contacts:\n  - kind: phone\n    display: "129"\n    tel: "129"\n' },
    ]);
    expect(numbers.map((entry) => [entry.digits, entry.status, entry.cost])).toEqual([
      [['800290290', '39800290290'], 'confirmed', 'free'],
      [['112'], undefined, undefined],
      [['129'], undefined, undefined],
    ]);
  });

  test('each problem names the file, the line, the words and the fix', () => {
    const files = [{ file: 'content/guides/sq/x.md', raw: '---\ntitle: "T"\n---\n\nTrajtoje si fëmijë, dhe thirr 112.\n' }];
    const lines = checkProse(files, known).map(formatProseProblem);
    expect(lines).toContain('content/guides/sq/x.md:5 (body) [comma-dhe] «Trajtoje si fëmijë, dhe thirr 112.» → no comma before «dhe»: delete the comma, or split the sentence');
    expect(lines.some((line) => line.startsWith('content/guides/sq/x.md:5 (body) [ju-form] «Trajtoje si fëmijë, dhe thirr') && line.includes('trajtojeni'))).toBe(true);
  });

  test('the ju form is asked only of the guides for professionals', () => {
    const body = '---\ntitle: "T"\n---\n\nTrajtoje si fëmijë.\n';
    expect(checkProse([{ file: 'content/guidance/sq/x.md', raw: body }], known)).toEqual([]);
    expect(checkProse([{ file: 'content/guides/sq/x.md', raw: body }], known).map((item) => item.check)).toEqual(['ju-form']);
  });
});
