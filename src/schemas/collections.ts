import type { EntrySection } from '../i18n/routes.ts';
import { abroadSchema } from './abroad.ts';
import { guidanceSchema } from './guidance.ts';
import { guideSchema } from './guide.ts';
import { hotlineSchema } from './hotline.ts';
import { pageSchema } from './page.ts';
import { selfCheckSchema } from './self-check.ts';
import { serviceSchema } from './service.ts';
import { settingsSchema } from './settings.ts';
import { storySchema } from './story.ts';

/**
 * Every content collection and its schema. The name is also the folder under `content/`
 * and the collection's name in Astro and in the CMS.
 */
export const collectionSchemas = {
  settings: settingsSchema,
  hotlines: hotlineSchema,
  services: serviceSchema,
  abroad: abroadSchema,
  'self-checks': selfCheckSchema,
  guidance: guidanceSchema,
  guides: guideSchema,
  stories: storySchema,
  pages: pageSchema,
} as const;

/** A content collection's name. */
export type CollectionName = keyof typeof collectionSchemas;

/**
 * Collections of Markdown files, one folder per language (`content/<name>/<locale>/<slug>.md`).
 * The others are YAML files holding every language at once (`content/<name>/<id>.yaml`).
 */
export const markdownCollections = ['guidance', 'guides', 'stories', 'pages'] as const satisfies readonly CollectionName[];

/** Whether a collection is Markdown with one folder per language. */
export function isMarkdownCollection(name: CollectionName): boolean {
  return (markdownCollections as readonly string[]).includes(name);
}

/**
 * Which Markdown collection each hub-and-entries section of the URL contract shows
 * (`/shenjat/<slug>/` is `content/guidance/sq/<slug>.md`).
 */
export const sectionCollections = {
  signs: 'guidance',
  guides: 'guides',
  stories: 'stories',
} as const satisfies Record<EntrySection, (typeof markdownCollections)[number]>;
