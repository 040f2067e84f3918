import { z } from 'astro/zod';

/**
 * Turns a zod schema into Decap CMS field definitions, so the CMS asks for exactly what the
 * build accepts: the same field names, what is required, the choices of every enum, lists
 * and objects nested the same way. Labels come in from the caller (`src/cms/labels.ts`).
 */

/** One Decap CMS field (the options this project uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'number' | 'boolean' | 'select' | 'datetime' | 'object' | 'list' | 'relation';
  required?: false;
  hint?: string;
  default?: unknown;
  /** `[regex, message]`: Decap refuses a value that does not match. */
  pattern?: [string, string];
  /** In a translated collection: `true` is written per language, `duplicate` copied from Albanian. */
  i18n?: true | 'duplicate';
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: DecapField[];
  field?: DecapField;
  types?: DecapField[];
  typeKey?: string;
  summary?: string;
  /** A list's name for one item ("Add source"). */
  label_singular?: string;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  editor_components?: string[];
  buttons?: string[];
}

/** What the caller says about presentation: labels, hints, and how to show text. */
export interface FieldNaming {
  /** Label and hint of a field by its name and the name of the field it sits in. */
  fieldText(name: string, parent?: string):
    | { label: string; hint?: string; singular?: string; multiline?: boolean; markdown?: boolean; patternMessage?: string }
    | undefined;
  /** Label of one choice of an enum field. */
  optionLabel(field: string, value: string): string;
  /** Label of one kind of entry in a list that mixes kinds. */
  typeLabel(value: string): string;
  /** The site's languages: an object with exactly these keys is one text per language. */
  locales: readonly string[];
  /** How to search and show entries of a collection a field refers to (`meta({ references })`). */
  relations: Record<string, { searchFields: string[]; displayFields: string[] }>;
}

/** The parts of the JSON Schema that `z.toJSONSchema` writes and this module reads. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  /** From `.meta({ references: 'hotlines' })`: the value is an entry id of that collection. */
  references?: string;
}

/** Markdown toolbar without images or embeds: content carries no media. */
export const markdownOptions: Pick<DecapField, 'buttons' | 'editor_components'> = { buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'], editor_components: [] };

/**
 * The Decap fields of a schema of content entries.
 * @param options.i18n mark each field as translated or copied, for Markdown collections with one file per language.
 * @example schemaToDecapFields(pageSchema, naming) // [{ name: 'title', label: 'Titulli', widget: 'string' }, …]
 */
export function schemaToDecapFields(schema: z.ZodType, naming: FieldNaming, options: { i18n?: boolean } = {}): DecapField[] {
  // The input side: a field with a default may be left out, as an editor may leave it out.
  const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  const fields = objectFields(json, undefined, true, naming);
  return options.i18n ? fields.map((field, index) => markI18n(field, hasText(Object.values(json.properties ?? {})[index]) ? true : 'duplicate')) : fields;
}

function objectFields(node: JsonSchema, parent: string | undefined, parentRequired: boolean, naming: FieldNaming): DecapField[] {
  const required = new Set(node.required ?? []);
  // Decap checks the subfields of an optional object even when it is left empty, so they are
  // optional in the CMS; the schema still refuses an object filled in halfway.
  return Object.entries(node.properties ?? {}).map(([name, child]) => toField(name, child, parentRequired && required.has(name), parent, naming));
}

function toField(name: string, node: JsonSchema, required: boolean, parent: string | undefined, naming: FieldNaming): DecapField {
  const text = naming.fieldText(name, parent);
  const field: DecapField = { name, label: text?.label ?? name, widget: 'string' };
  if (text?.hint) field.hint = text.hint;
  if (!required) field.required = false;
  if (node.default !== undefined) field.default = node.default;
  return Object.assign(field, widgetFor(name, node, required, naming, text));
}

type FieldText = ReturnType<FieldNaming['fieldText']>;

function widgetFor(name: string, node: JsonSchema, required: boolean, naming: FieldNaming, text: FieldText): Partial<DecapField> {
  const choices = node.anyOf ?? node.oneOf;
  if (choices) return { widget: 'string', pattern: [anyOfPattern(choices), text?.patternMessage ?? 'Vlerë e pavlefshme'] };
  if (node.references) return relation(node.references, naming);
  if (node.type === 'object' && isLocalized(node, naming.locales)) {
    return {
      widget: 'object',
      collapsed: false,
      fields: naming.locales.map((locale) => ({
        name: locale,
        label: naming.fieldText(locale)?.label ?? locale,
        ...textWidget(text),
        ...(required ? {} : { required: false as const }),
      })),
    };
  }
  if (node.type === 'object') return { widget: 'object', collapsed: false, fields: objectFields(node, name, required, naming) };
  if (node.type === 'array') return listWidget(name, node, naming, text);
  if (node.type === 'boolean') return node.const === undefined && node.default === undefined ? { widget: 'boolean', default: false } : { widget: 'boolean' };
  if (node.type === 'integer' || node.type === 'number') {
    return {
      widget: 'number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(node.minimum !== undefined && Number.isSafeInteger(node.minimum) ? { min: node.minimum } : {}),
      ...(node.maximum !== undefined && Number.isSafeInteger(node.maximum) ? { max: node.maximum } : {}),
    };
  }
  if (node.enum) return { widget: 'select', options: node.enum.map((value) => ({ label: naming.optionLabel(name, value), value })) };
  // Dates are stored as YYYY-MM-DD text and shown the Albanian way.
  if (node.format === 'date') return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };
  return { ...textWidget(text), ...stringPattern(node, text?.patternMessage) };
}

function listWidget(name: string, node: JsonSchema, naming: FieldNaming, text: FieldText): Partial<DecapField> {
  const items = node.items ?? {};
  const bounds = {
    ...(node.minItems ? { min: node.minItems } : {}),
    ...(node.maxItems ? { max: node.maxItems } : {}),
    ...(text?.singular ? { label_singular: text.singular } : {}),
  };
  if (items.enum) {
    const { label_singular: _singular, ...selectBounds } = bounds;
    return { widget: 'select', multiple: true, options: items.enum.map((value) => ({ label: naming.optionLabel(name, value), value })), ...selectBounds };
  }
  const kinds = items.oneOf ?? items.anyOf;
  const typeKey = kinds && discriminator(kinds);
  if (kinds && typeKey) {
    return {
      widget: 'list',
      typeKey,
      types: kinds.map((kind) => {
        const value = String(kind.properties?.[typeKey]?.const);
        const { [typeKey]: _discriminator, ...properties } = kind.properties ?? {};
        const fields = objectFields({ ...kind, properties }, name, true, naming);
        return { name: value, label: naming.typeLabel(value), widget: 'object', fields, ...summaryOf(fields) };
      }),
      ...bounds,
    };
  }
  if (items.type === 'object') {
    const fields = objectFields(items, name, true, naming);
    return { widget: 'list', fields, ...summaryOf(fields), ...bounds };
  }
  // A list of single values: texts, or ids of entries of another collection.
  const field: DecapField = { name, label: text?.label ?? name, widget: 'string', ...widgetFor(name, items, true, naming, text) };
  return { widget: 'list', field, ...bounds };
}

/** A short line for each item of a collapsed list: its first text. */
function summaryOf(fields: DecapField[]): Pick<DecapField, 'summary'> {
  const first = fields.find((field) => field.widget === 'string' || field.widget === 'text' || field.widget === 'object');
  if (!first) return {};
  return { summary: first.widget === 'object' ? `{{fields.${first.name}.${first.fields?.[0]?.name}}}` : `{{fields.${first.name}}}` };
}

function relation(collection: string, naming: FieldNaming): Partial<DecapField> {
  const how = naming.relations[collection];
  if (!how) throw new Error(`No search and display fields given for references to "${collection}"`);
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: how.searchFields, display_fields: how.displayFields, options_length: 100 };
}

function textWidget(text: FieldText): Pick<DecapField, 'widget'> & Partial<DecapField> {
  if (text?.markdown) return { widget: 'markdown', ...markdownOptions };
  return { widget: text?.multiline ? 'text' : 'string' };
}

/** Decap's `pattern` for a text: the schema's regex, its e-mail or web-address form, or its length. */
function stringPattern(node: JsonSchema, message: string | undefined): Pick<DecapField, 'pattern'> {
  if (node.pattern) return { pattern: [node.pattern, message ?? 'Shkruaje në formën e kërkuar'] };
  if (node.format === 'uri') return { pattern: ['^https?://\\S+$', message ?? 'Shkruaj adresën e plotë, që fillon me https://'] };
  if (node.maxLength) return { pattern: [`^[\\s\\S]{0,${node.maxLength}}$`, `Jo më shumë se ${node.maxLength} shenja`] };
  return {};
}

/** One regex for a union of fixed words and patterns (`national` or a country code). */
function anyOfPattern(choices: JsonSchema[]): string {
  const parts = choices.map((choice) => {
    if (typeof choice.const === 'string') return choice.const.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (choice.pattern) return choice.pattern.replace(/^\^/, '').replace(/\$$/, '');
    throw new Error(`Cannot offer this choice in the CMS: ${JSON.stringify(choice)}`);
  });
  return `^(?:${parts.map((part) => `(?:${part})`).join('|')})$`;
}

/** The key whose fixed value tells the kinds of a list apart (`kind: phone`). */
function discriminator(kinds: JsonSchema[]): string | undefined {
  const keys = Object.keys(kinds[0]?.properties ?? {});
  return keys.find((key) => kinds.every((kind) => kind.properties?.[key]?.const !== undefined));
}

function isLocalized(node: JsonSchema, locales: readonly string[]): boolean {
  const keys = Object.keys(node.properties ?? {});
  return keys.length === locales.length && locales.every((locale) => node.properties?.[locale]?.type === 'string');
}

/** Whether a value holds words to translate (rather than choices, dates, numbers or ids). */
function hasText(node: JsonSchema | undefined): boolean {
  if (!node) return false;
  if (node.type === 'string') return !node.enum && node.format !== 'date' && node.const === undefined && !node.references;
  const children = [...Object.values(node.properties ?? {}), ...(node.items ? [node.items] : []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  return children.some(hasText);
}

/**
 * Sets `i18n` on a field and everything inside it: Decap reads it on every nested field. Lists
 * and objects accept only `true` (each language keeps its own), so only single values are copied.
 */
function markI18n(field: DecapField, value: true | 'duplicate'): DecapField {
  if (field.widget !== 'list' && field.widget !== 'object') return { ...field, i18n: value };
  return {
    ...field,
    i18n: true,
    ...(field.fields ? { fields: field.fields.map((child) => markI18n(child, true)) } : {}),
    ...(field.field ? { field: markI18n(field.field, true) } : {}),
    ...(field.types ? { types: field.types.map((child) => markI18n(child, true)) } : {}),
  };
}
