import globalCss from '../../styles/global.css?raw';
import hotlineCardCss from '../../features/hotlines/hotline-card.css?raw';
import serviceCardCss from '../../features/services/service-card.css?raw';
import selfCheckCss from '../../features/self-check/self-check.css?raw';
import type { z } from 'astro/zod';
import { collectionSchemas, markdownCollections } from '../../schemas/collections.ts';
import { toDecapPreview, type DecapReact } from './mount.tsx';
import type { PreviewData } from './preview-data.ts';
import previewCss from './preview.css?raw';
import { ArticlePreview, HotlinePreview, SelfCheckPreview, ServicePreview } from './Previews.tsx';

/** The part of Decap's `CMS` object that previews use. */
export interface DecapPreviewApi {
  registerPreviewStyle(style: string, options: { raw: true }): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
}

/** Registers the site's CSS and a preview for every collection a visitor sees as cards or pages. */
export function registerPreviews(cms: DecapPreviewApi, decap: DecapReact, data: PreviewData): void {
  // The site's own CSS, so a preview looks like the page (raw text: Decap puts it in the preview frame).
  for (const css of [globalCss, hotlineCardCss, serviceCardCss, selfCheckCss, previewCss]) cms.registerPreviewStyle(css, { raw: true });
  cms.registerPreviewTemplate('hotlines', toDecapPreview(decap, collectionSchemas.hotlines, (hotline) => <HotlinePreview hotline={hotline} />));
  cms.registerPreviewTemplate('services', toDecapPreview(decap, collectionSchemas.services, (service) => <ServicePreview service={service} data={data} />));
  cms.registerPreviewTemplate('self-checks', toDecapPreview(decap, collectionSchemas['self-checks'], (check) => <SelfCheckPreview check={check} data={data} />));
  for (const name of markdownCollections) {
    // The front matter is checked by the schema; the text after it (`body`) is not part of it.
    const schema: z.ZodType<Record<string, unknown>> = collectionSchemas[name].loose();
    cms.registerPreviewTemplate(name, toDecapPreview(decap, schema, (article) => <ArticlePreview article={article} />));
  }
}
