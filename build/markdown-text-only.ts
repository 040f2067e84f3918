import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { MdastPluginDefinition } from 'satteri';
import { isSafeHref } from '../src/lib/markdown.ts';

/**
 * How Astro renders the `.md` files of content/ (guidance, guides, stories, pages): as text,
 * never code — the same rules as `src/lib/markdown.ts` for Markdown in YAML fields and CMS
 * previews. Raw HTML becomes the text it is, a link to anything but the site, http(s), tel:
 * or mailto: keeps only its words, an image only its alt text. The content check
 * (`build/content-check.ts`) refuses all three before rendering; this is the second wall.
 */
export const textOnlyMarkdown: MdastPluginDefinition = {
  name: 'shenjat:text-only-markdown',
  html(node) {
    return { type: 'text', value: node.value };
  },
  link(node, ctx) {
    if (!isSafeHref(node.url)) ctx.replaceNode(node, [...node.children]);
  },
  definition(node, ctx) {
    // `[x][ref]` with `[ref]: javascript:…`: without the definition the reference stays text.
    if (!isSafeHref(node.url)) ctx.removeNode(node);
  },
  image(node) {
    return { type: 'text', value: node.alt ?? '' };
  },
  imageReference(node) {
    return { type: 'text', value: node.alt ?? '' };
  },
};

/**
 * Options of Astro's Markdown processor (Sätteri, Astro 7's default): the text-only rules, and
 * `## Title {#anchor}` for a heading with a fixed anchor (links elsewhere point at it).
 */
export const markdownOptions = {
  mdastPlugins: [textOnlyMarkdown],
  features: { headingAttributes: true },
} satisfies SatteriProcessorOptions;
