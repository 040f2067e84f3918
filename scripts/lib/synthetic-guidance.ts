import { audienceTags, guidanceTopics } from '../../src/schemas/guidance.ts';

/** One generated guidance article: `content/guidance/sq/<slug>.md`. */
export interface SyntheticArticle {
  slug: string;
  markdown: string;
}

/** What the generator needs; the sentences are real prose, so the search index sees real words. */
export interface SyntheticGuidanceOptions {
  /** How many articles. */
  count: number;
  /** Plain sentences to build the articles from (see `extractSentences`). */
  sentences: readonly string[];
  /** Same seed, same articles: runs of the benchmark stay comparable. */
  seed?: number;
  /** The `updated` date every article carries. */
  updated?: string;
}

/**
 * The plain sentences of a Markdown text: front matter, headings, list markers, emphasis
 * and link targets removed; fragments of fewer than three words (answers, labels) left out.
 * @example extractSentences('## A\n\nRead [this page](/x/). **Now** go home! Yes.') // ['Read this page.', 'Now go home!']
 */
export function extractSentences(markdown: string): string[] {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^\s*(#|\||<|$)/.test(line))
    .map((line) => line.replace(/^\s*([-*]|\d+\.)\s+/, ''))
    .join(' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  return (prose.match(/[^.!?]+[.!?]+["»”]?/g) ?? []).map((sentence) => sentence.trim()).filter((sentence) => sentence.split(/\s+/).length >= 3);
}

/** A small seeded random generator (mulberry32): numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isWord = (token: string) => /^\p{L}+$/u.test(token);

/**
 * `count` Albanian guidance articles that pass the guidance schema, for `npm run bench:scale`.
 * Each mixes real sentences and swaps about one word in eight for another real word, so
 * pages differ from each other the way real articles do, without invented words.
 * @example makeSyntheticGuidance({ count: 2, sentences })[1].slug // 'sintetik-0002'
 */
export function makeSyntheticGuidance({ count, sentences, seed = 1, updated = '2026-01-01' }: SyntheticGuidanceOptions): SyntheticArticle[] {
  if (sentences.length === 0) throw new Error('makeSyntheticGuidance needs some sentences to build from');
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const vocabulary = [...new Set(sentences.flatMap((sentence) => sentence.split(/\s+/)).filter(isWord).map((word) => word.toLowerCase()))];
  const varied = () =>
    pick(sentences)
      .split(' ')
      .map((token) => (isWord(token) && random() < 1 / 8 ? pick(vocabulary) : token))
      .join(' ');
  const shortLine = () => varied().split(' ').slice(0, 7).join(' ').replace(/[.,:;!?"«»”]+$/, '');
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, varied).join(' ');

  return Array.from({ length: count }, (_, index) => {
    const slug = `sintetik-${String(index + 1).padStart(4, '0')}`;
    const summary = `${varied()} ${varied()}`.slice(0, 280).trim();
    const audience = audienceTags.filter(() => random() < 0.6);
    const frontMatter = [
      `title: ${JSON.stringify(shortLine())}`,
      `summary: ${JSON.stringify(summary)}`,
      `topic: ${pick(guidanceTopics)}`,
      `audience: [${(audience.length > 0 ? audience : [pick(audienceTags)]).join(', ')}]`,
      `updated: "${updated}"`,
      `order: ${1000 + index}`,
    ];
    const sections = Array.from({ length: 3 }, () => `## ${shortLine()}\n\n${paragraph()}\n\n- ${varied()}\n- ${varied()}\n- ${varied()}`);
    return { slug, markdown: `---\n${frontMatter.join('\n')}\n---\n\n${paragraph()}\n\n${sections.join('\n\n')}\n` };
  });
}
