import yaml from 'js-yaml';
import type { DecapField } from './decap-fields.ts';

/**
 * How the CMS reads and writes content files. Decap's own YAML writer follows YAML 1.2 and
 * leaves `lastVerified: 2026-11-28` unquoted, which the build's YAML reader (js-yaml, as
 * Astro uses) turns into a Date that the schema refuses. So the CMS writes with the same
 * library the build reads with, and leaves out optional fields an editor emptied.
 */

/** Decap's contract for a custom file format (`CMS.registerCustomFormat`). */
export interface DecapFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.values(value).every(isEmpty);
}

/**
 * A copy of an entry without the optional values an editor left empty (`city: ""`, an emptied
 * `{ sq: "", en: "" }`), in the order of the fields: an emptied field is as if never filled.
 * @example omitEmptyOptional({ city: '', qark: 'fier' }, fields) // { qark: 'fier' }
 */
export function omitEmptyOptional(data: Data, fields: readonly DecapField[]): Data {
  const result: Data = {};
  const known = new Set(fields.map((field) => field.name));
  for (const field of fields) {
    const value = cleanValue(data[field.name], field);
    if (value === undefined || (field.required === false && isEmpty(value))) continue;
    result[field.name] = value;
  }
  for (const [key, value] of Object.entries(data)) if (!known.has(key)) result[key] = value;
  return result;
}

function cleanValue(value: unknown, field: DecapField): unknown {
  if (field.fields && isObject(value)) return omitEmptyOptional(value, field.fields);
  if (!Array.isArray(value)) return value;
  return value.map((item) => {
    if (!isObject(item)) return item;
    if (field.fields) return omitEmptyOptional(item, field.fields);
    const type = field.typeKey ? field.types?.find((candidate) => candidate.name === item[field.typeKey ?? '']) : undefined;
    // The kind (`kind: phone`) comes first, as in the hand-written files.
    return type?.fields && field.typeKey ? { [field.typeKey]: item[field.typeKey], ...omitEmptyOptional(item, type.fields) } : item;
  });
}

/** YAML as the build reads it: a text that looks like a date or a number stays quoted. */
export function toYaml(data: Data): string {
  return yaml.dump(data, { lineWidth: -1, noRefs: true });
}

/**
 * A YAML data file (`content/hotlines/<id>.yaml`).
 * @example yamlFormat(fields).toFile({ tel: '129' }) // 'tel: \'129\'\n'
 */
export function yamlFormat(fields: readonly DecapField[]): DecapFormat {
  return {
    fromFile: (text) => (yaml.load(text) as Data | undefined) ?? {},
    toFile: (data) => toYaml(omitEmptyOptional(data, fields)),
  };
}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * A Markdown file with front matter (`content/guidance/sq/<slug>.md`); Decap keeps the text
 * after the front matter in the `body` field.
 */
export function markdownFormat(fields: readonly DecapField[]): DecapFormat {
  return {
    fromFile(text) {
      const match = frontMatter.exec(text);
      if (!match) return { body: text };
      return { ...((yaml.load(match[1] ?? '') as Data | undefined) ?? {}), body: (match[2] ?? '').trim() };
    },
    toFile(data) {
      const { body = '', ...meta } = omitEmptyOptional(data, fields);
      return `---\n${toYaml(meta)}---\n\n${String(body).trim()}\n`;
    },
  };
}
