import { defaultLocale, localeSettings, locales, type Locale } from '../i18n/locales.ts';
import { dictionaries } from '../i18n/ui.ts';
import { markdownOptions, schemaToDecapFields, type DecapField, type FieldNaming } from './decap-fields.ts';
import { collectionSchemas, isMarkdownCollection, type CollectionName } from '../schemas/collections.ts';
import { bodyLabel, collectionLabels, formErrors, siteChoiceLabel, uiLabels } from './labels.ts';

/**
 * The Decap CMS configuration, built from the content schemas (`src/schemas/`): every field
 * the CMS shows, with its label and hint, comes from there. This file adds only what a schema
 * cannot say: where the files live, how entries are named and found, and where the CMS saves.
 */

/**
 * Where the CMS saves in production. `shenjat/shenjat` and `main` are placeholders: set
 * `CMS_GITHUB_REPO` and `CMS_GITHUB_BRANCH` when building for the real repository (README,
 * "Editing content"). Login goes through an OAuth service (`CMS_AUTH_BASE_URL`), so no secret
 * is in this repository.
 */
export const productionBackend = { name: 'github', repo: 'shenjat/shenjat', branch: 'main' } as const;

/** What the field generator adds to the schemas: the site's words for choices, form errors, hotline references. */
export const naming: FieldNaming = {
  siteChoiceLabel,
  errors: formErrors,
  locales,
  relations: { hotlines: { searchFields: [`name.${defaultLocale}`, `shortName.${defaultLocale}`, 'number'], displayFields: [`name.${defaultLocale}`] } },
};

interface CollectionSettings {
  /** The field that names an entry in lists (nested with a dot). */
  identifier?: string;
  /** The file name of a new entry, from its fields. */
  slug?: string;
  /** Whether editors may add and delete entries; pages and self-checks are fixed by the site's routes. */
  create?: false;
}

/**
 * How entries of each collection are named and created; their names are in `labels.ts`, their
 * fields in their schema. A new entry's file name comes from its Albanian name, the one text
 * every entry has.
 */
const collectionSettings = {
  settings: { create: false },
  hotlines: { identifier: 'name.sq', slug: '{{fields.shortName.sq}}' },
  services: { identifier: 'name.sq', slug: '{{fields.name.sq}}' },
  abroad: { identifier: 'country.sq', slug: '{{fields.country.sq}}' },
  'self-checks': { identifier: 'title.sq', create: false },
  guidance: {},
  guides: {},
  stories: {},
  pages: { create: false },
} satisfies Record<CollectionName, CollectionSettings>;

/** The name under which a collection's file format is registered with Decap. */
export function formatName(collection: CollectionName): string {
  return `shenjat-${collection}`;
}

/** Every field of a collection as the CMS shows it; Markdown collections add their text. */
export function getCollectionFields(collection: CollectionName): DecapField[] {
  const markdown = isMarkdownCollection(collection);
  const fields = schemaToDecapFields(collectionSchemas[collection], naming, { i18n: markdown });
  if (!markdown) return fields;
  return [...fields, { name: 'body', label: bodyLabel, widget: 'markdown', i18n: true, ...markdownOptions }];
}

/**
 * The UI strings of one language (`content/ui/<locale>.json`), grouped as in the file. The
 * Albanian file is the reference for the keys; each field shows another language as a hint
 * (English for Albanian, Albanian for the rest). A language not marked `complete` in
 * `locales.ts` may leave strings empty: they fall back to Albanian.
 */
export function getUiFields(locale: Locale): DecapField[] {
  const hintLocale: Locale = locale === defaultLocale ? 'en' : defaultLocale;
  const optional = localeSettings[locale].complete ? {} : { required: false as const };
  const walk = (node: Record<string, unknown>, reference: unknown): DecapField[] =>
    Object.entries(node).map(([key, value]) => {
      const there = typeof reference === 'object' && reference !== null ? (reference as Record<string, unknown>)[key] : undefined;
      if (typeof value === 'object' && value !== null) {
        return { name: key, label: key, widget: 'object', collapsed: true, ...optional, fields: walk(value as Record<string, unknown>, there) };
      }
      const hint = typeof there === 'string' ? { hint: `${localeSettings[hintLocale].name}: ${there}` } : {};
      return { name: key, label: key, widget: String(value).length > 80 ? 'text' : 'string', ...optional, ...hint };
    });
  return walk(dictionaries[defaultLocale], dictionaries[hintLocale]);
}

/** Options for one build of the configuration. */
export interface CmsOptions {
  /** Decap's local backend (`decap-server`), for editing the working copy on this computer. */
  localBackendUrl?: string | undefined;
  /** The GitHub repository, `owner/name`. */
  repo?: string | undefined;
  branch?: string | undefined;
  /** The OAuth service that logs editors in to GitHub (Decap's default is Netlify's). */
  authBaseUrl?: string | undefined;
}

/**
 * The whole Decap configuration, passed to `CMS.init` (there is no `config.yml`).
 * @example buildCmsConfig({ localBackendUrl: 'http://127.0.0.1:8081/api/v1' }).collections.length // 10
 */
export function buildCmsConfig(options: CmsOptions = {}) {
  const collections = (Object.keys(collectionSchemas) as CollectionName[]).map((name) => {
    const settings: CollectionSettings = collectionSettings[name];
    const fields = getCollectionFields(name);
    const { label, singular } = collectionLabels[name];
    const common = { name, label, label_singular: singular, format: formatName(name) };
    if (name === 'settings') {
      return { ...common, extension: 'yaml', files: [{ name: 'site', label, file: 'content/settings/site.yaml', fields }] };
    }
    const markdown = isMarkdownCollection(name);
    const identifier = settings.identifier ?? 'title';
    return {
      ...common,
      folder: `content/${name}`,
      extension: markdown ? 'md' : 'yaml',
      create: settings.create ?? true,
      delete: settings.create ?? true,
      identifier_field: identifier,
      summary: `{{${identifier}}}`,
      slug: settings.slug ?? '{{slug}}',
      ...(markdown ? { i18n: true } : {}),
      ...(name === 'services' ? { view_groups: [{ label: fields.find((field) => field.name === 'qark')?.label ?? 'qark', field: 'qark' }] } : {}),
      fields,
    };
  });
  const ui = {
    name: 'ui',
    label: uiLabels.label,
    format: 'json',
    extension: 'json',
    files: locales.map((locale) => ({ name: locale, label: uiLabels.file(locale), file: `content/ui/${locale}.json`, fields: getUiFields(locale) })),
  };
  return {
    load_config_file: false,
    backend: {
      ...productionBackend,
      ...(options.repo ? { repo: options.repo } : {}),
      ...(options.branch ? { branch: options.branch } : {}),
      ...(options.authBaseUrl ? { base_url: options.authBaseUrl } : {}),
    },
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    // Draft → in review → ready: a changed number or question is checked before it is published.
    publish_mode: 'editorial_workflow',
    // Content has no images; Decap still needs a folder for its media library.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    // File names as the site's: ASCII, dashes (`cfare-eshte-trafikimi`).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale },
    collections: [...collections, ui],
  };
}

/** The configuration object Decap receives. */
export type CmsConfig = ReturnType<typeof buildCmsConfig>;
