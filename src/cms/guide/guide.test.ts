import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import type { DecapField } from '../decap-fields.ts';
import { hotlineSchema } from '../../schemas/hotline.ts';
import { selfCheckSchema } from '../../schemas/self-check.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { buildCmsConfig } from '../config.ts';
import { sq } from '../locales/sq.ts';

/**
 * The editors' guide names what editors see and quotes what the site says when it refuses.
 * These tests keep it true: a renamed field or a reworded refusal fails here, not in an
 * editor's hands.
 */
const guides = { sq: readFileSync('src/cms/guide/sq.md', 'utf8'), en: readFileSync('src/cms/guide/en.md', 'utf8') };
const load = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Every label the generated CMS shows: collections, files, fields, kinds and choices. */
function collectCmsLabels(): Set<string> {
  const labels = new Set<string>();
  const walk = (fields: readonly DecapField[] = []) => {
    for (const field of fields) {
      labels.add(field.label);
      for (const option of field.options ?? []) labels.add(option.label);
      walk(field.fields);
      walk(field.types);
      if (field.field) walk([field.field]);
    }
  };
  for (const collection of buildCmsConfig().collections) {
    labels.add(collection.label);
    if ('label_singular' in collection && collection.label_singular) labels.add(`＋ ${collection.label_singular}`);
    if ('files' in collection) for (const file of collection.files) labels.add(file.label);
    if ('fields' in collection) walk(collection.fields as DecapField[]);
    if ('files' in collection) for (const file of collection.files) walk(file.fields as DecapField[]);
  }
  return labels;
}

/** The first field of a name, searched through nested fields and kinds. */
function findField(fields: readonly DecapField[] = [], name: string): DecapField | undefined {
  for (const field of fields) {
    if (field.name === name) return field;
    const inner = findField(field.fields, name) ?? findField(field.types, name) ?? (field.field ? findField([field.field], name) : undefined);
    if (inner) return inner;
  }
  return undefined;
}

/** Every text of Decap's Albanian interface. */
function collectDecapTexts(phrases: object, into = new Set<string>()): Set<string> {
  for (const value of Object.values(phrases)) {
    if (typeof value === 'string') into.add(value);
    else collectDecapTexts(value as object, into);
  }
  return into;
}

/** The first message a schema gives for an entry. */
function refusal(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } }, entry: unknown): string {
  const result = schema.safeParse(entry);
  expect(result.success, 'the broken entry is refused').toBe(false);
  return result.error?.issues[0]?.message ?? '';
}

describe("the editors' guide", () => {
  test('names only fields, collections and buttons that the CMS shows', () => {
    const known = new Set([...collectCmsLabels(), ...collectDecapTexts(sq)]);
    // Bold is the guide's mark for a name on screen; «Gjendja → Gati» names a menu and its item.
    const named = [...guides.sq.matchAll(/\*\*([^*]+)\*\*/g)].flatMap((match) => (match[1] ?? '').split(' → '));
    const unknown = named.filter((name) => !known.has(name) && !known.has(`${name}: %{status}`));
    expect(named.length).toBeGreaterThan(30);
    expect(unknown).toEqual([]);
  });

  test('quotes the refusals of the schemas as an editor reads them', () => {
    const police = load('content/hotlines/police.yaml');
    const unconfirmed = refusal(hotlineSchema, { ...police, status: 'unconfirmed', unverifiedNote: undefined });
    const service = load('content/services/different-and-equal.yaml');
    const shelterAddress = refusal(serviceSchema, { ...service, kinds: ['shelter'], address: 'Rruga e Kavajës 1' });
    const noRoute = refusal(serviceSchema, { ...service, contacts: [], referVia: [] });
    const check = load('content/self-checks/job-offer.yaml') as { questions: Array<Record<string, unknown>> };
    const [first, second] = check.questions;
    const twice = refusal(selfCheckSchema, { ...check, questions: [first, { ...second, id: first?.['id'] }] });
    const later = refusal(selfCheckSchema, { ...check, questions: [{ ...first, showIf: { question: second?.['id'], answer: 'yes' } }, second] });
    const otherAddress = refusal(serviceSchema, { ...service, kinds: ['counselling'], address: 'Rruga e Kavajës 1' });
    const mismatch = refusal(hotlineSchema, { ...police, tel: '+355690000000' });
    const messages = [
      unconfirmed,
      shelterAddress,
      otherAddress.replace(/ \([^)]*\)/, ' (…)').replace(/;.*$/, ''),
      mismatch.replace(/\(«[^»]*»\)/, '(…)').replace(/\(\+?\d+\)/, '(…)'),
      noRoute,
      twice.replace(/"[^"]+"/, '"…"'),
      later.replace(/; .*$/, ''),
    ];
    for (const guide of Object.values(guides)) for (const message of messages) expect(guide).toContain(message);
  });

  test("quotes the CMS's own words: the phone and question id patterns, a missing field, publishing before «Gati»", () => {
    const fieldsOf = (name: string) => {
      const collection = buildCmsConfig().collections.find((candidate) => candidate.name === name);
      return collection && 'fields' in collection ? (collection.fields as DecapField[]) : [];
    };
    const tel = findField(fieldsOf('hotlines'), 'tel');
    const questionId = findField(fieldsOf('self-checks'), 'id');
    expect(guides.sq).toContain(`«${tel?.pattern?.[1]}»`);
    expect(guides.sq).toContain(`«${questionId?.pattern?.[1]}»`);
    expect(guides.sq).toContain(`«${sq.ui.toast.missingRequiredField}»`);
    expect(guides.sq).toContain(`«${sq.editor.editor.onPublishingNotReady}»`);
  });

  test('covers the same tasks in both languages, Albanian first', () => {
    const headings = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings(guides.sq)).toHaveLength(6);
    expect(headings(guides.en)).toHaveLength(headings(guides.sq).length);
    expect(guides.sq.startsWith('# Udhëzuesi për redaktorët')).toBe(true);
    // Albanian as the site writes it: «» quotes, no straight double quotes in prose.
    expect(guides.sq.replace(/`[^`]*`/g, '').match(/"/g)).toBeNull();
  });
});
