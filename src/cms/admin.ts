import { collectionSchemas, isMarkdownCollection, type CollectionName } from '../schemas/collections.ts';
import { buildCmsConfig, formatName, getCollectionFields, type CmsConfig, type CmsOptions } from './config.ts';
import { markdownFormat, yamlFormat, type DecapFormat } from './formats.ts';
import { getCmsLocale, type CmsLocale } from './locales/cms-locale.ts';
import { sq } from './locales/sq.ts';
import { decapPublicPath } from './paths.ts';
import type { DecapReact } from './previews/mount.tsx';
import type { PreviewData } from './previews/preview-data.ts';
import { registerPreviews, type DecapPreviewApi } from './previews/register.tsx';

/** The part of Decap's global `CMS` object this site uses. */
interface DecapCms extends DecapPreviewApi {
  registerCustomFormat(name: string, extension: string, format: DecapFormat): void;
  registerLocale(locale: string, phrases: object): void;
  /** `locale`: the language of Decap's own buttons and messages. */
  init(options: { config: CmsConfig & { locale: CmsLocale } }): void;
}

declare global {
  interface Window {
    /** Tells decap-cms.js not to start on its own (it would look for a config.yml). */
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    createClass?: DecapReact['createClass'];
    h?: DecapReact['h'];
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * Starts Decap CMS on `/admin/`: loads the prebuilt CMS from the site's own files, teaches it
 * to read and write content files the way the build does, registers the previews, and hands
 * it the configuration generated from the schemas. Its own interface is in Albanian
 * (`/admin/?lang=en` for Decap's English).
 */
export async function startCms(): Promise<void> {
  const element = document.getElementById('cms-options');
  const options = JSON.parse(element?.dataset['options'] ?? '{}') as CmsOptions;
  const previewData = JSON.parse(element?.dataset['preview'] ?? '{"hotlines":[],"primaryContacts":[],"quickExitUrl":{"sq":"","en":""},"quickExitEvent":""}') as PreviewData;

  window.CMS_MANUAL_INIT = true;
  await loadScript(`${decapPublicPath}decap-cms.js`);
  const { CMS: cms, createClass, h } = window;
  if (!cms || !createClass || !h) throw new Error('decap-cms.js did not start');

  for (const name of Object.keys(collectionSchemas) as CollectionName[]) {
    const fields = getCollectionFields(name);
    const markdown = isMarkdownCollection(name);
    cms.registerCustomFormat(formatName(name), markdown ? 'md' : 'yaml', markdown ? markdownFormat(fields) : yamlFormat(fields));
  }
  registerPreviews(cms, { createClass, h }, previewData);
  cms.registerLocale('sq', sq);
  const locale = getCmsLocale(window.location.search);
  document.documentElement.lang = locale;
  cms.init({ config: { ...buildCmsConfig(options), locale } });
}
