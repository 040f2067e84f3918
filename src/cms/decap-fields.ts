import { z } from 'astro/zod';
import type { EditorMeta } from '../schemas/common.ts';

/**
 * Turns a zod schema into Decap CMS field definitions, so the CMS asks for exactly what the
 * build accepts: the same field names, what is required, the choices of every enum, lists
 * and objects nested the same way. Labels, hints and choice names come from the schema's
 * `.meta({ … })` on each field; the caller adds only the words that belong to no field.
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

/** What the caller adds to the schema's own labels: words that belong to no field. */
export interface FieldNaming {
  /** The site's own word for one choice of a list of values, for choices the schema does not name. */
  siteChoiceLabel(values: readonly string[], value: string): string | undefined;
  /** Form errors for a field whose schema gives no `patternMessage`. */
  errors: { invalid: string; pattern: string; url: string; maxLength(max: number): string };
  /** The site's languages: an object with exactly these keys is one text per language. */
  locales: readonly string[];
  /** How to search and show entries of a collection a field refers to (`meta({ references })`). */
  relations: Record<string, { searchFields: string[]; displayFields: string[] }>;
}

/**
 * The parts of the JSON Schema that `z.toJSONSchema` writes and this module reads, with each
 * node's `.meta({ … })` (label, hint, choices, `references`…) copied onto it by zod.
 */
interface JsonSchema extends EditorMeta {
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
  const fields = objectFields(json, true, naming);
  return options.i18n ? fields.map((field, index) => markI18n(field, hasText(Object.values(json.properties ?? {})[index]) ? true : 'duplicate')) : fields;
}

function objectFields(node: JsonSchema, parentRequired: boolean, naming: FieldNaming): DecapField[] {
  const required = new Set(node.required ?? []);
  // Decap checks the subfields of an optional object even when it is left empty, so they are
  // optional in the CMS; the schema still refuses an object filled in halfway.
  return Object.entries(node.properties ?? {}).map(([name, child]) => toField(name, child, parentRequired && required.has(name), naming));
}

/** A field without a label shows its code name; a unit test fails so that never ships. */
function toField(name: string, node: JsonSchema, required: boolean, naming: FieldNaming): DecapField {
  const field: DecapField = { name, label: node.label ?? name, widget: 'string' };
  if (node.hint) field.hint = node.hint;
  if (!required) field.required = false;
  if (node.default !== undefined) field.default = node.default;
  return Object.assign(field, widgetFor(name, node, required, naming, node));
}

/**
 * The widget for a value. `text` is the field's own meta: the value's node, or for one item
 * of a list of single values, the list's.
 */
function widgetFor(name: string, node: JsonSchema, required: boolean, naming: FieldNaming, text: EditorMeta): Partial<DecapField> {
  const choices = node.anyOf ?? node.oneOf;
  if (choices) return { widget: 'string', pattern: [anyOfPattern(choices), text.patternMessage ?? naming.errors.invalid] };
  if (node.references) return relation(node.references, naming);
  if (node.type === 'object' && isLocalized(node, naming.locales)) {
    // Albanian is required wherever the text is; the other languages may follow later.
    const requiredLocales = new Set(node.required ?? []);
    return {
      widget: 'object',
      collapsed: false,
      fields: naming.locales.map((locale) => {
        const value = node.properties?.[locale];
        return {
          name: locale,
          label: value?.label ?? locale,
          // A choice per language (the quick-exit address) is a select; a text, a text box.
          ...(value?.enum ? { widget: 'select' as const, options: options(value.enum, value, naming) } : textWidget(text)),
          ...(required && requiredLocales.has(locale) ? {} : { required: false as const }),
        };
      }),
    };
  }
  if (node.type === 'object') return { widget: 'object', collapsed: false, fields: objectFields(node, required, naming) };
  if (node.type === 'array') return listWidget(name, node, naming);
  if (node.type === 'boolean') return node.const === undefined && node.default === undefined ? { widget: 'boolean', default: false } : { widget: 'boolean' };
  if (node.type === 'integer' || node.type === 'number') {
    return {
      widget: 'number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(node.minimum !== undefined && Number.isSafeInteger(node.minimum) ? { min: node.minimum } : {}),
      ...(node.maximum !== undefined && Number.isSafeInteger(node.maximum) ? { max: node.maximum } : {}),
    };
  }
  if (node.enum) return { widget: 'select', options: options(node.enum, text, naming) };
  // Dates are stored as YYYY-MM-DD text and shown the Albanian way.
  if (node.format === 'date') return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };
  return { ...textWidget(text), ...stringPattern(node, text.patternMessage, naming) };
}

/** The choices of an enum, named by the field's `choices`, else by the site's own words. */
function options(values: string[], text: EditorMeta, naming: FieldNaming): NonNullable<DecapField['options']> {
  return values.map((value) => ({ label: text.choices?.[value] ?? naming.siteChoiceLabel(values, value) ?? value, value }));
}

function listWidget(name: string, node: JsonSchema, naming: FieldNaming): Partial<DecapField> {
  const items = node.items ?? {};
  const bounds = {
    ...(node.minItems ? { min: node.minItems } : {}),
    ...(node.maxItems ? { max: node.maxItems } : {}),
    ...(node.singular ? { label_singular: node.singular } : {}),
  };
  if (items.enum) {
    const { label_singular: _singular, ...selectBounds } = bounds;
    return { widget: 'select', multiple: true, options: options(items.enum, node.choices ? node : items, naming), ...selectBounds };
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
        const fields = objectFields({ ...kind, properties }, true, naming);
        return { name: value, label: kind.label ?? value, widget: 'object', fields, ...summaryOf(fields) };
      }),
      ...bounds,
    };
  }
  if (items.type === 'object') {
    const fields = objectFields(items, true, naming);
    return { widget: 'list', fields, ...summaryOf(fields), ...bounds };
  }
  // A list of single values: texts, or ids of entries of another collection.
  const field: DecapField = { name, label: node.label ?? name, widget: 'string', ...widgetFor(name, items, true, naming, node) };
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

function textWidget(text: EditorMeta): Pick<DecapField, 'widget'> & Partial<DecapField> {
  if (text.markdown) return { widget: 'markdown', ...markdownOptions };
  return { widget: text.multiline ? 'text' : 'string' };
}

/** Decap's `pattern` for a text: the schema's regex, its e-mail or web-address form, or its length. */
function stringPattern(node: JsonSchema, message: string | undefined, naming: FieldNaming): Pick<DecapField, 'pattern'> {
  if (node.pattern) return { pattern: [node.pattern, message ?? naming.errors.pattern] };
  if (node.format === 'uri') return { pattern: ['^https?://\\S+$', message ?? naming.errors.url] };
  if (node.maxLength) return { pattern: [`^[\\s\\S]{0,${node.maxLength}}$`, naming.errors.maxLength(node.maxLength)] };
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
