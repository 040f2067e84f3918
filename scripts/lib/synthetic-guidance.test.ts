import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { extractSentences, makeSyntheticGuidance } from './synthetic-guidance.ts';

const source = `---
title: "Një titull"
---

Trafikimi i njerëzve është krim. Dikush të shfrytëzon për të fituar para!

## Tri pjesët e trafikimit

1. **Një veprim.** Dikush të rekruton me një ofertë pune.
- Lexo më shumë: [Fëmijët dhe trafikimi](/shenjat/femijet-dhe-trafikimi/).

A është kjo punë e sigurt për ty? Po.
`;

const sentences = extractSentences(source);
const articles = makeSyntheticGuidance({ count: 50, sentences });
const frontMatterOf = (markdown: string) => yaml.load(markdown.split('---\n')[1] ?? '');
const bodyOf = (markdown: string) => markdown.split('---\n').slice(2).join('---\n');

describe('extractSentences', () => {
  test('keeps the prose, without front matter, headings, markers, emphasis, link targets or fragments', () => {
    expect(sentences).toEqual([
      'Trafikimi i njerëzve është krim.',
      'Dikush të shfrytëzon për të fituar para!',
      'Dikush të rekruton me një ofertë pune.',
      'Lexo më shumë: Fëmijët dhe trafikimi.',
      'A është kjo punë e sigurt për ty?',
    ]);
  });
});

describe('makeSyntheticGuidance', () => {
  test('makes as many articles as asked, each with its own slug', () => {
    expect(articles).toHaveLength(50);
    expect(new Set(articles.map((article) => article.slug)).size).toBe(50);
    expect(articles[0]?.slug).toBe('sintetik-0001');
  });

  test.each(articles.map((article) => [article.slug, article.markdown]))('%s passes the guidance schema', (_slug, markdown) => {
    expect(guidanceSchema.safeParse(frontMatterOf(markdown)).success).toBe(true);
  });

  test('writes varied text from the given words only', () => {
    const bodies = articles.map((article) => bodyOf(article.markdown));
    expect(new Set(bodies).size).toBe(bodies.length);
    const known = new Set(sentences.join(' ').toLowerCase().match(/\p{L}+/gu));
    const used = bodies.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [];
    expect(used.filter((word) => !known.has(word))).toEqual([]);
  });

  test('gives the same articles for the same seed, and others for another seed', () => {
    expect(makeSyntheticGuidance({ count: 3, sentences })).toEqual(makeSyntheticGuidance({ count: 3, sentences }));
    expect(makeSyntheticGuidance({ count: 3, sentences, seed: 2 })).not.toEqual(makeSyntheticGuidance({ count: 3, sentences }));
  });

  test('refuses to build from nothing', () => {
    expect(() => makeSyntheticGuidance({ count: 1, sentences: [] })).toThrow();
  });
});
