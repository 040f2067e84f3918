import { describe, expect, test } from 'vitest';
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
quickExitUrl: https://www.google.com/
`;
  test('accepts two contacts and an https exit', () => {
    expect(fields('settings', settings)).toEqual([]);
  });
  test.each([
    ['a single route to help', settings.replace('[police, children-helpline]', '[police]'), 'primaryContacts'],
    ['the same line twice', settings.replace('children-helpline', 'police'), 'primaryContacts'],
    ['a quick exit over plain http', settings.replace('https://www.google.com/', 'http://www.google.com/'), 'quickExitUrl'],
  ])('refuses %s', (_name, text, field) => {
    expect(fields('settings', text)).toContain(field);
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
  test('refuses a service with neither its own phone nor a line that can reach it', () => {
    expect(fields('services', service.replace('referVia: [women-girls-line]\n', ''))).toContain('referVia');
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
