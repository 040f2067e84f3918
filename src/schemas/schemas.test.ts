import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { harmfulMarkdown } from '../../tests/support/harmful-markdown.ts';
import { selfCheckSchema } from './self-check.ts';
import { validateContentFile } from './validate-content.ts';

/** A valid hotline in YAML; each bad-input case below breaks one thing in it. */
const hotline = `
name: { sq: Linja, en: Line }
shortName: { sq: Linja, en: Line }
number: "116 117"
tel: "116117"
channels: [call]
hours: { sq: Gjithmonë, en: Always }
available24h: true
status: confirmed
cost: free
audience: { sq: Të gjithë, en: Everyone }
scope: national
lastVerified: "2026-11-28"
sources:
  - { url: "https://example.org/a", date: "2023", confidence: [C2] }
`;

const fields = (collection: Parameters<typeof validateContentFile>[0], text: string) =>
  validateContentFile(collection, 'content/x/entry.yaml', text).map((problem) => problem.field);

describe('hotline schema', () => {
  test('accepts a complete entry', () => {
    expect(validateContentFile('hotlines', 'content/hotlines/line.yaml', hotline)).toEqual([]);
  });

  test.each([
    ['a phone number with spaces', hotline.replace('tel: "116117"', 'tel: "116 117"'), 'tel'],
    ['a national number without +355', hotline.replace('tel: "116117"', 'tel: "0692345678"'), 'tel'],
    ['a missing Albanian name', hotline.replace('name: { sq: Linja, en: Line }', 'name: { en: Line }'), 'name.sq'],
    ['a blank English name', hotline.replace('name: { sq: Linja, en: Line }', 'name: { sq: Linja, en: " " }'), 'name.en'],
    ['a text in a language the site does not have', hotline.replace('name: { sq: Linja, en: Line }', 'name: { sq: Linja, xx: Line }'), 'name'],
    ['an unknown status', hotline.replace('status: confirmed', 'status: maybe'), 'status'],
    ['a date written the other way', hotline.replace('"2026-11-28"', '"28.11.2026"'), 'lastVerified'],
    ['no source', hotline.replace(/sources:[\s\S]*$/, 'sources: []'), 'sources'],
    ['an unconfirmed line with no note saying why', hotline.replace('status: confirmed', 'status: unconfirmed'), 'unverifiedNote'],
    ['a field the schema does not know', `${hotline}\naddress: Rruga 1`, '(whole entry)'],
    ['a shown number that is not the number dialled', hotline.replace('tel: "116117"', 'tel: "+355690000000"'), 'number'],
    ['a line in Albania that dials abroad', hotline.replace('number: "116 117"', 'number: "+39 800 290 290"').replace('tel: "116117"', 'tel: "+39800290290"'), 'tel'],
  ])('refuses %s, naming the field', (_name, text, field) => {
    expect(fields('hotlines', text)).toContain(field);
  });

  test('accepts an entry written only in Albanian: the other languages may follow', () => {
    const albanianOnly = hotline.replace(/\{ sq: ([^,]+), en: [^}]+\}/g, '{ sq: $1 }');
    expect(albanianOnly).not.toContain('en:');
    expect(validateContentFile('hotlines', 'content/hotlines/line.yaml', albanianOnly)).toEqual([]);
  });

  test('the message tells an editor that the Albanian text is required', () => {
    const [problem] = validateContentFile('hotlines', 'content/hotlines/line.yaml', hotline.replace('name: { sq: Linja, en: Line }', 'name: { en: Line }'));
    expect(problem?.message).toMatch(/Albanian/);
  });

  test('the message tells an editor how to write a phone number', () => {
    const [problem] = validateContentFile('hotlines', 'content/hotlines/line.yaml', hotline.replace('tel: "116117"', 'tel: "116-117"'));
    expect(problem).toMatchObject({ file: 'content/hotlines/line.yaml', field: 'tel' });
    expect(problem?.message).toMatch(/\+355/);
  });
});

describe('settings schema', () => {
  const settings = `
siteName: Shenjat
tagline: { sq: a, en: b }
primaryContacts: [police, children-helpline]
quickExitUrl: { sq: "https://www.google.com/", en: "https://en.wikipedia.org/" }
`;
  test('accepts two contacts and a neutral exit in each language', () => {
    expect(fields('settings', settings)).toEqual([]);
  });
  test('accepts a language without its own exit yet: it uses the Albanian one', () => {
    expect(fields('settings', settings.replace(', en: "https://en.wikipedia.org/"', ''))).toEqual([]);
  });
  test.each([
    ['a single route to help', settings.replace('[police, children-helpline]', '[police]'), 'primaryContacts'],
    ['the same line twice', settings.replace('children-helpline', 'police'), 'primaryContacts'],
    ['a quick exit over plain http', settings.replace('https://www.google.com/', 'http://www.google.com/'), 'quickExitUrl.sq'],
    ['a quick exit with user info', settings.replace('https://www.google.com/', 'https://www.google.com@evil.example/track'), 'quickExitUrl.sq'],
    ['a javascript: exit', settings.replace('https://en.wikipedia.org/', 'javascript:alert(1)'), 'quickExitUrl.en'],
    ['a quick exit with a tracking parameter', settings.replace('https://www.google.com/', 'https://www.google.com/?ref=shenjat'), 'quickExitUrl.sq'],
    ['a site without its Albanian exit', settings.replace('sq: "https://www.google.com/", ', ''), 'quickExitUrl.sq'],
  ])('refuses %s', (_name, text, field) => {
    expect(fields('settings', text)).toContain(field);
  });
  test('says why an exit address is refused and which ones to choose', () => {
    const [problem] = validateContentFile('settings', 'content/settings/site.yaml', settings.replace('https://www.google.com/', 'https://www.google.com@evil.example/track'));
    expect(problem?.message).toMatch(/hides another site.*evil\.example.*Choose one of the neutral addresses: https:\/\/sq\.wikipedia\.org\//);
  });
});

describe('service schema', () => {
  const service = `
name: { sq: Strehëz, en: Shelter }
kinds: [shelter]
qark: vlore
referVia: [women-girls-line]
description: { sq: a, en: b }
serves: { sq: a, en: b }
lastVerified: "2026-11-28"
sources: [{ url: "https://example.org", date: undated, confidence: [S1] }]
`;
  test('accepts a shelter without an address', () => {
    expect(fields('services', service)).toEqual([]);
  });
  test("refuses a shelter's street address", () => {
    expect(fields('services', `${service}address: Rruga e Detit 5\n`)).toContain('address');
  });
  test.each([
    ['the same address without the shelter kind (the review finding)', 'kinds: [counselling]'],
    ['an NGO giving legal help', 'kinds: [legal, vocational]'],
    ['a mobile unit', 'kinds: [mobileUnit]'],
    ['a public office that also runs a shelter', 'kinds: [stateSocialService, shelter]'],
    ['a public office tagged with an NGO kind as well', 'kinds: [police, counselling]'],
  ])('refuses an address on %s, saying why', (_name, kinds) => {
    const [problem] = validateContentFile('services', 'content/services/x.yaml', `${service.replace('kinds: [shelter]', kinds)}address: Rruga e Detit 5\n`);
    expect(problem).toMatchObject({ field: 'address' });
    expect(problem?.message).toMatch(/never published|Only a public office that receives the public/);
  });
  test.each(['police', 'stateSocialService', 'labourInspection', 'regionalCommittee'])('accepts the address of a public office: %s', (kind) => {
    expect(fields('services', `${service.replace('kinds: [shelter]', `kinds: [${kind}]`)}address: Rruga e Detit 5\n`)).toEqual([]);
  });
  test('refuses a service with neither its own phone nor a line that can reach it', () => {
    expect(fields('services', service.replace('referVia: [women-girls-line]\n', ''))).toContain('referVia');
  });
  test('refuses a phone contact whose shown number is not the number dialled, naming the contact', () => {
    const withPhone = `${service}contacts:\n  - { kind: phone, display: "042 222 333", tel: "+35542222334" }\n`;
    expect(fields('services', withPhone)).toContain('contacts.0.display');
    expect(fields('services', withPhone.replace('+35542222334', '+35542222333'))).toEqual([]);
  });
  test('refuses a qark that does not exist', () => {
    expect(fields('services', service.replace('qark: vlore', 'qark: prishtine'))).toContain('qark');
  });
});

describe('story schema', () => {
  const story = `---
title: Një histori
summary: Përmbledhje.
kind: testimony
consent: true
anonymised: true
sources:
  - url: https://example.org/report
    date: "2024"
    confidence: [S1]
published: "2026-11-28"
---
Teksti.
`;
  test('accepts a story with consent and anonymisation', () => {
    expect(validateContentFile('stories', 'content/stories/sq/x.md', story)).toEqual([]);
  });
  test.each([
    ['consent', story.replace('consent: true', 'consent: false')],
    ['anonymised', story.replace('anonymised: true\n', '')],
  ])('refuses a story without %s', (field, text) => {
    expect(fields('stories', text)).toContain(field);
  });
  test('a Markdown file without front matter is named as such', () => {
    expect(validateContentFile('stories', 'content/stories/sq/x.md', 'Just text')[0]?.message).toMatch(/front matter/);
  });
});

describe('abroad schema', () => {
  const country = `
country: { sq: Italia, en: Italy }
countryCode: IT
emergency: { number: "112", tel: "112" }
consulate: { sq: a, en: b }
lastVerified: "2026-11-28"
sources: [{ url: "https://example.org", date: undated, confidence: [S1] }]
`;
  test('accepts an emergency number shown as it is dialled', () => {
    expect(fields('abroad', country)).toEqual([]);
  });
  test('refuses an emergency number shown as one number and dialled as another', () => {
    expect(fields('abroad', country.replace('tel: "112"', 'tel: "113"'))).toContain('emergency.number');
  });
});

describe('content is text, not code', () => {
  test('a source must be a web address: a javascript: source would be a link on the page', () => {
    expect(fields('hotlines', hotline.replace('https://example.org/a', 'javascript:alert(1)'))).toContain('sources.0.url');
  });
});

describe('self-check texts in Markdown refuse code, naming the field', () => {
  const check = yaml.load(readFileSync('content/self-checks/job-offer.yaml', 'utf8')) as Record<string, any>;
  const issuesOf = (entry: unknown) => (selfCheckSchema.safeParse(entry).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  test('the real check passes', () => {
    expect(issuesOf(check)).toEqual([]);
  });

  test.each([
    ['intro.sq', { ...check, intro: { ...check.intro, sq: harmfulMarkdown.script } }, /intro\.sq: Content is text, not code: remove HTML «<script>»/],
    ['results.strong.body.en', { ...check, results: { ...check.results, strong: { ...check.results.strong, body: { ...check.results.strong.body, en: harmfulMarkdown.style } } } }, /results\.strong\.body\.en: .*HTML «<style>/],
    ['danger.body.sq', { ...check, danger: { ...check.danger, body: { ...check.danger.body, sq: harmfulMarkdown.metaRefresh } } }, /danger\.body\.sq: .*HTML «<meta http-equiv/],
    ['danger.body.en', { ...check, danger: { ...check.danger, body: { ...check.danger.body, en: harmfulMarkdown.onerror } } }, /danger\.body\.en: .*onerror/],
    ['intro.en', { ...check, intro: { ...check.intro, en: harmfulMarkdown.javascriptLink } }, /intro\.en: .*a link to «javascript:alert\(1\)»/],
  ])('%s', (_field, entry, message) => {
    expect(issuesOf(entry).join('\n')).toMatch(message);
  });
});

test('the CMS preview names a shown number that dials another as soon as both are typed', () => {
  expect(fields('hotlines', 'number: "116 117"\ntel: "+355690000000"\n')).toContain('number');
  expect(fields('hotlines', 'number: "116 117"\ntel: "116117"\n')).not.toContain('number');
  expect(validateContentFile('hotlines', 'content/hotlines/x.yaml', '- a list')).not.toEqual([]);
});
