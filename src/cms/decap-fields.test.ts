import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { buildCmsConfig, getCollectionFields, naming } from './config.ts';
import { markdownFormat, yamlFormat } from './formats.ts';
import { locales } from '../i18n/locales.ts';
import { qarks } from '../lib/qarks.ts';
import { collectionSchemas, isMarkdownCollection, type CollectionName } from '../schemas/collections.ts';
import { schemaToDecapFields, type DecapField } from './decap-fields.ts';
import { telSchema } from '../schemas/common.ts';
import { neutralExitAddresses } from '../schemas/settings.ts';
import { validateContentFile } from '../schemas/validate-content.ts';

const names = Object.keys(collectionSchemas) as CollectionName[];

/** A zod schema without its optional/default wrapper, and whether an editor may leave it out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (inner.def.type === 'optional' || inner.def.type === 'default') {
    optional = true;
    inner = inner.def.type === 'optional' ? (inner as z.ZodOptional<z.ZodType>).unwrap() : (inner as z.ZodDefault<z.ZodType>).unwrap();
  }
  return { inner, optional };
}

const shapeOf = (schema: z.ZodType) => (schema as z.ZodObject).shape as Record<string, z.ZodType>;

/** A field's `.meta({ … })`, wherever it was written: on the field, or inside its optional/default wrapper. */
function metaOf(schema: z.ZodType): z.core.GlobalMeta {
  const outer = z.globalRegistry.get(schema) ?? {};
  const { inner } = unwrap(schema);
  return { ...z.globalRegistry.get(inner), ...outer };
}

/**
 * Every field of a zod schema, at any depth, that carries no `label` in its `.meta()`, as
 * paths (`questions[indicator].sign`). Walks zod itself, so it checks what the schema
 * declares, whatever the generator makes of it. A discriminated union's key (`kind`) is not a
 * field in the CMS, but each of its kinds needs a label.
 */
function unlabelled(schema: z.ZodType, path = ''): string[] {
  const { inner } = unwrap(schema);
  if (inner.def.type === 'object') {
    return Object.entries(shapeOf(inner)).flatMap(([name, field]) => {
      const here = path ? `${path}.${name}` : name;
      return [...(metaOf(field).label ? [] : [here]), ...unlabelled(field, here)];
    });
  }
  if (inner.def.type === 'array') return unlabelled((inner as z.ZodArray).element as z.ZodType, `${path}[]`);
  if (inner instanceof z.ZodDiscriminatedUnion) {
    const key = inner.def.discriminator;
    return (inner.options as z.ZodObject[]).flatMap((variant) => {
      const value = String((variant.shape[key]?.def as { values?: unknown[] }).values?.[0]);
      const here = `${path.replace(/\[\]$/, '')}[${value}]`;
      const { [key]: _key, ...fields } = variant.shape;
      return [...(metaOf(variant).label ? [] : [here]), ...unlabelled(z.strictObject(fields), here)];
    });
  }
  return [];
}

/**
 * Checks Decap fields against a zod object by walking zod itself (not the JSON Schema the
 * generator reads): the same names, the same optional fields, the same choices, and lists and
 * objects nested alike. Returns the disagreements as readable lines.
 */
function disagreements(fields: readonly DecapField[], schema: z.ZodType, path: string, skip: string[] = []): string[] {
  const shape = shapeOf(schema);
  const problems: string[] = [];
  const fieldNames = fields.map((field) => field.name).sort();
  const schemaNames = Object.keys(shape).filter((name) => !skip.includes(name)).sort();
  if (fieldNames.join() !== schemaNames.join()) problems.push(`${path}: CMS fields [${fieldNames}] ≠ schema [${schemaNames}]`);
  for (const field of fields) {
    const here = `${path}.${field.name}`;
    const zodField = shape[field.name];
    if (!zodField) continue;
    const { inner, optional } = unwrap(zodField);
    // Inside an optional object, Decap must not insist (see objectFields); elsewhere it follows the schema.
    if ((field.required === false) !== (optional || path.endsWith('?'))) problems.push(`${here}: required in CMS ${field.required !== false}, in schema ${!optional}`);
    problems.push(...agreeValue(field, inner, optional ? `${here}?` : here));
  }
  return problems;
}

function agreeValue(field: DecapField, schema: z.ZodType, path: string): string[] {
  const type = schema.def.type;
  const options = (field.options ?? []).map((option) => option.value);
  switch (field.widget) {
    case 'select': {
      const enumSchema = field.multiple ? (schema as z.ZodArray).element : schema;
      const values = (enumSchema as z.ZodEnum).options as string[];
      return values.join() === options.join() ? [] : [`${path}: options [${options}] ≠ enum [${values}]`];
    }
    case 'object':
      return type === 'object' ? disagreements(field.fields ?? [], schema, path) : [`${path}: object in CMS, ${type} in schema`];
    case 'list': {
      if (type !== 'array') return [`${path}: list in CMS, ${type} in schema`];
      const element = (schema as z.ZodArray).element as z.ZodType;
      if (field.fields) return disagreements(field.fields, element, `${path}[]`);
      if (field.types && field.typeKey) {
        const variants = (element as z.ZodDiscriminatedUnion).options as z.ZodType[];
        return field.types.flatMap((kind) => {
          const variant = variants.find((candidate) => (shapeOf(candidate)[field.typeKey ?? '']?.def as { values?: unknown[] }).values?.includes(kind.name));
          return variant ? disagreements(kind.fields ?? [], variant, `${path}[${kind.name}]`, [field.typeKey ?? '']) : [`${path}: no variant ${kind.name}`];
        });
      }
      return field.field ? agreeValue(field.field, element, `${path}[]`) : [`${path}: list without fields`];
    }
    case 'boolean':
      return type === 'boolean' || type === 'literal' ? [] : [`${path}: boolean in CMS, ${type} in schema`];
    case 'number':
      return type === 'number' ? [] : [`${path}: number in CMS, ${type} in schema`];
    case 'relation':
      return z.globalRegistry.get(schema)?.['references'] === field.collection ? [] : [`${path}: relation to ${field.collection} not declared in schema`];
    default:
      // string, text, markdown, datetime: text in the file.
      return type === 'string' || type === 'union' ? [] : [`${path}: text in CMS, ${type} in schema`];
  }
}

/** Every field, at any depth, with its choices. */
function allFields(fields: readonly DecapField[]): DecapField[] {
  return fields.flatMap((field) => [field, ...allFields([...(field.fields ?? []), ...(field.field ? [field.field] : []), ...(field.types ?? [])])]);
}

/** Every content file of a collection, as the build reads them. */
function contentFiles(name: CollectionName): string[] {
  const dir = join('content', name);
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.filter((file) => /\.(md|ya?ml)$/.test(file)).map((file) => join(dir, file));
}

const formatFor = (name: CollectionName) => (isMarkdownCollection(name) ? markdownFormat : yamlFormat)(getCollectionFields(name));

describe('the CMS fields agree with the schemas', () => {
  test.each(names)('%s', (name) => {
    const fields = getCollectionFields(name).filter((field) => !(isMarkdownCollection(name) && field.name === 'body'));
    expect(disagreements(fields, collectionSchemas[name], name)).toEqual([]);
  });

  test('the qark field offers the 12 qarks and national, nothing else', () => {
    const qark = getCollectionFields('services').find((field) => field.name === 'qark');
    expect(qark?.options?.map((option) => option.value).sort()).toEqual(['national', ...qarks].sort());
  });

  test('the quick-exit address is a choice of the neutral addresses in each language, not a text box', () => {
    const exit = getCollectionFields('settings').find((field) => field.name === 'quickExitUrl');
    expect(exit?.fields?.map((field) => field.name)).toEqual(['sq', 'en']);
    for (const field of exit?.fields ?? []) {
      expect(field.widget).toBe('select');
      expect(field.options).toEqual(Object.entries(neutralExitAddresses).map(([value, label]) => ({ value, label })));
    }
  });

  test('self-check questions are a list of kinds, with element and strength as choices', () => {
    const questions = getCollectionFields('self-checks').find((field) => field.name === 'questions');
    expect(questions?.typeKey).toBe('kind');
    const indicator = questions?.types?.find((kind) => kind.name === 'indicator');
    expect(indicator?.fields?.find((field) => field.name === 'element')?.widget).toBe('select');
    expect(indicator?.fields?.find((field) => field.name === 'strength')?.options?.map((option) => option.value)).toEqual(['strong', 'medium', 'weak']);
  });

  test.each(names)('every field of the %s schema carries its label in .meta({ label })', (name) => {
    // A new field without `.meta({ label: '…' })` fails here, before an editor sees its code name.
    expect(unlabelled(collectionSchemas[name])).toEqual([]);
  });

  test('the label check finds an unlabelled field at any depth, in a list and in a kind of entry', () => {
    const kinds = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a'), x: z.string().meta({ label: 'X' }) }).meta({ label: 'A' }),
      z.strictObject({ kind: z.literal('b'), y: z.string() }),
    ]);
    const schema = z.strictObject({
      named: z.string().meta({ label: 'Emri' }).optional(),
      bare: z.string(),
      rows: z.array(z.strictObject({ cell: z.string() })).meta({ label: 'Rreshtat' }),
      entries: z.array(kinds).default([]).meta({ label: 'Hyrjet' }),
    });
    expect(unlabelled(schema)).toEqual(['bare', 'rows[].cell', 'entries[b]', 'entries[b].y']);
  });

  test('the generator takes label, hint, list word and choice names from .meta on the field', () => {
    const schema = z.strictObject({
      tone: z.enum(['calm', 'loud']).meta({ label: 'Toni', hint: 'Si tingëllon.', choices: { calm: 'I qetë', loud: 'I zhurmshëm' } }),
      notes: z.array(z.string()).meta({ label: 'Shënimet', singular: 'shënim' }),
    });
    expect(schemaToDecapFields(schema, naming)).toEqual([
      { name: 'tone', label: 'Toni', hint: 'Si tingëllon.', widget: 'select', options: [{ label: 'I qetë', value: 'calm' }, { label: 'I zhurmshëm', value: 'loud' }] },
      { name: 'notes', label: 'Shënimet', widget: 'list', label_singular: 'shënim', field: { name: 'notes', label: 'Shënimet', widget: 'string' } },
    ]);
  });

  test('a field shared from common.ts shows the one label written there, in every collection that uses it', () => {
    const telFields = names.flatMap((name) => allFields(getCollectionFields(name)).filter((field) => field.name === 'tel'));
    expect(telFields.length).toBeGreaterThanOrEqual(3);
    for (const field of telFields) expect(field).toMatchObject({ label: telSchema.meta()?.label, hint: telSchema.meta()?.hint });
  });

  test.each(names)('every field and choice of %s has an Albanian label', (name) => {
    const unlabelled = allFields(getCollectionFields(name)).flatMap((field) => [
      ...(field.label === field.name ? [field.name] : []),
      ...(field.options ?? []).filter((option) => option.label === option.value).map((option) => `${field.name}: ${option.value}`),
    ]);
    expect(unlabelled).toEqual([]);
  });
});

describe('entries written by the CMS pass the schemas', () => {
  test.each(names)('every %s file survives a CMS round trip', (name) => {
    const format = formatFor(name);
    const problems = contentFiles(name).flatMap((file) => validateContentFile(name, file, format.toFile(format.fromFile(readFileSync(file, 'utf8')))));
    expect(problems).toEqual([]);
  });

  // A hotline as the CMS form produces it: texts, a list from a multiple select, the
  // toggle's default, a date from the date picker, and optional texts typed then emptied.
  const newHotline = {
    name: { sq: 'Linja e provës', en: 'Test line' },
    shortName: { sq: 'Prova', en: 'Test' },
    number: '069 123 4567',
    tel: '+355691234567',
    channels: ['call'],
    hours: { sq: 'Çdo ditë', en: 'Every day' },
    available24h: false,
    status: 'confirmed',
    cost: 'free',
    audience: { sq: 'Të gjithë', en: 'Everyone' },
    answeredBy: { sq: '', en: '' },
    scope: 'national',
    unverifiedNote: { sq: '' },
    lastVerified: '2026-11-29',
    sources: [{ url: 'https://example.org/a', date: '2026', confidence: ['S1'] }],
  };

  test('a new hotline as Decap hands it over is written so that the build accepts it', () => {
    const text = formatFor('hotlines').toFile(newHotline);
    expect(validateContentFile('hotlines', 'content/hotlines/test.yaml', text)).toEqual([]);
    // Dates and numbers stay text (unquoted, the build's YAML reader would turn them into a Date and a number).
    expect(text).toMatch(/^lastVerified: '2026-11-29'$/m);
    expect(text).not.toMatch(/answeredBy|unverifiedNote/);
  });

  test('a new hotline written in Albanian only, English left empty, is accepted without English', () => {
    const albanianOnly = JSON.parse(JSON.stringify(newHotline), (key, value) => (key === 'en' ? '' : value)) as typeof newHotline;
    const text = formatFor('hotlines').toFile(albanianOnly);
    expect(validateContentFile('hotlines', 'content/hotlines/test.yaml', text)).toEqual([]);
    expect(text).not.toMatch(/\ben:/);
    expect(text).toMatch(/sq: Linja e provës/);
  });

  test('a new service with a phone contact and an emptied city is accepted, the city left out', () => {
    const service = {
      name: { sq: 'Qendra', en: 'Centre' },
      kinds: ['counselling'],
      qark: 'korce',
      city: '',
      description: { sq: 'a', en: 'b' },
      serves: { sq: 'a', en: 'b' },
      contacts: [{ kind: 'phone', display: '082 123 456', tel: '+35582123456' }],
      lastVerified: '2026-11-29',
      sources: [{ url: 'https://example.org/a', date: '2026', confidence: ['S1'] }],
    };
    const text = formatFor('services').toFile(service);
    expect(validateContentFile('services', 'content/services/test.yaml', text)).toEqual([]);
    expect(text).not.toMatch(/city/);
  });

  test('a new article keeps its Markdown text after the front matter', () => {
    const article = { title: 'Titull', summary: 'Përmbledhje.', topic: 'basics', audience: ['self'], updated: '2026-11-29', order: 5, body: '## Nëntitull\n\nTekst.' };
    const text = formatFor('guidance').toFile(article);
    expect(validateContentFile('guidance', 'content/guidance/sq/test.md', text)).toEqual([]);
    expect(formatFor('guidance').fromFile(text)).toEqual(article);
  });
});

describe('the CMS configuration', () => {
  const config = buildCmsConfig();

  test('covers every collection, in its content folder, plus the UI strings', () => {
    const folders = Object.fromEntries(config.collections.map((collection) => [collection.name, 'folder' in collection ? collection.folder : undefined]));
    for (const name of names) if (name !== 'settings') expect(folders[name]).toBe(`content/${name}`);
    expect(Object.keys(folders).sort()).toEqual([...names, 'ui'].sort());
  });

  test('publishes through review on GitHub, Albanian first, with no local backend unless asked', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'shenjat/shenjat', branch: 'main' });
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales, default_locale: 'sq' });
    expect(locales.slice(0, 2)).toEqual(['sq', 'en']);
    expect(config).not.toHaveProperty('local_backend');
    expect(buildCmsConfig({ localBackendUrl: 'http://127.0.0.1:8081/api/v1' }).local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });

  test('a text asks for Albanian; the other languages may wait, and a new file is named from the Albanian', () => {
    const name = getCollectionFields('hotlines').find((field) => field.name === 'name');
    expect(name?.fields?.map((field) => field.required !== false)).toEqual(locales.map((locale) => locale === 'sq'));
    expect(name?.fields?.slice(0, 2).map((field) => field.label)).toEqual(['Shqip', 'English (anglisht)']);
    // An optional text (who answers) asks for nothing, Albanian included.
    const answeredBy = getCollectionFields('hotlines').find((field) => field.name === 'answeredBy');
    expect(answeredBy?.fields?.map((field) => field.required)).toEqual(locales.map(() => false));
    const slugs = Object.fromEntries(config.collections.map((collection) => [collection.name, 'slug' in collection ? collection.slug : undefined]));
    expect(slugs).toMatchObject({ hotlines: '{{fields.shortName.sq}}', services: '{{fields.name.sq}}', abroad: '{{fields.country.sq}}' });
  });

  test('UI strings: one file per language, named in Albanian, each string with another language as a hint', () => {
    const ui = config.collections.find((collection) => collection.name === 'ui');
    const files = ui && 'files' in ui ? ui.files : [];
    expect(files.map((file) => file.file)).toEqual(locales.map((locale) => `content/ui/${locale}.json`));
    expect(files.slice(0, 2).map((file) => file.label)).toEqual(['Tekstet e faqes — shqip', 'Tekstet e faqes — anglisht']);
    const label = (file: (typeof files)[number]) => file.fields.find((field) => field.name === 'quickExit')?.fields?.find((field) => field.name === 'label');
    expect(label(files[0]!)).toMatchObject({ hint: 'English: Exit quickly' });
    expect(label(files[1]!)).toMatchObject({ hint: 'Shqip: Dil shpejt' });
    // English is complete (locales.ts): every string required, as Decap's default.
    expect(label(files[1]!)).not.toHaveProperty('required');
  });

  test('Markdown collections are translated per field: texts per language, choices and dates copied', () => {
    const guidance = getCollectionFields('guidance');
    expect(guidance.find((field) => field.name === 'title')?.i18n).toBe(true);
    expect(guidance.find((field) => field.name === 'topic')?.i18n).toBe('duplicate');
    expect(guidance.find((field) => field.name === 'updated')?.i18n).toBe('duplicate');
    expect(getCollectionFields('hotlines').some((field) => field.i18n)).toBe(false);
  });
});
