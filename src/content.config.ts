import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas as schemas, isMarkdownCollection, type CollectionName } from './schemas/collections.ts';

// `npm run bench:scale` points CONTENT_DIR at a temporary copy of content/ with extra
// entries; every other build reads content/ itself.
const contentDir = process.env.CONTENT_DIR ?? './content';

// Ids are file paths without extension, as written (`sq/selfChecks`), never re-slugged.
const loaderFor = (name: CollectionName) =>
  glob({
    pattern: isMarkdownCollection(name) ? '*/*.md' : '*.{yaml,yml}',
    base: `${contentDir}/${name}`,
    generateId: ({ entry }) => entry.replace(/\.(md|ya?ml)$/, ''),
  });

export const collections = {
  settings: defineCollection({ loader: loaderFor('settings'), schema: schemas.settings }),
  hotlines: defineCollection({ loader: loaderFor('hotlines'), schema: schemas.hotlines }),
  services: defineCollection({ loader: loaderFor('services'), schema: schemas.services }),
  abroad: defineCollection({ loader: loaderFor('abroad'), schema: schemas.abroad }),
  'self-checks': defineCollection({ loader: loaderFor('self-checks'), schema: schemas['self-checks'] }),
  guidance: defineCollection({ loader: loaderFor('guidance'), schema: schemas.guidance }),
  guides: defineCollection({ loader: loaderFor('guides'), schema: schemas.guides }),
  stories: defineCollection({ loader: loaderFor('stories'), schema: schemas.stories }),
  pages: defineCollection({ loader: loaderFor('pages'), schema: schemas.pages }),
} satisfies Record<CollectionName, unknown>;
