import { hostOf } from '../../src/lib/host-of.ts';

/** A heading of a page's text and the lines under it, up to the next heading. */
export interface TextBlock {
  /** The heading's text; '' for the text before the first heading. */
  heading: string;
  lines: string[];
}

/** `## Title` or `### Title`, perhaps with a stable anchor: `### Title {#x}`. */
const headingPattern = /^#{2,3}\s+(.+?)(?:\s*\{#[\w-]+\})?\s*$/;

/** The note under a block that names its sources: `*Burimi: … (state.gov, ecoi.net).*` (en: `*Source: …*`). */
const sourceLinePattern = /^\*(?:Burimi|Burimet|Source|Sources):\s.+\*$/;

/** A site name as written in a source note: `state.gov`, `drshfier.gov.al`. */
const hostPattern = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

/**
 * Splits Markdown (without its front matter) into blocks at its `##` and `###` headings.
 * @example splitBlocks('Intro\n## A\nText') // [{ heading: '', lines: ['Intro'] }, { heading: 'A', lines: ['Text'] }]
 */
export function splitBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [{ heading: '', lines: [] }];
  for (const line of markdown.split(/\r?\n/)) {
    const heading = headingPattern.exec(line.trim());
    if (heading) blocks.push({ heading: (heading[1] ?? '').trim(), lines: [] });
    else if (line.trim()) blocks.at(-1)!.lines.push(line.trim());
  }
  return blocks;
}

/**
 * Whether a line is a block's source note.
 * @example isSourceLine('*Burimi: raporti TIP 2023 (state.gov).*') // true
 */
export function isSourceLine(line: string): boolean {
  return sourceLinePattern.test(line.trim());
}

/**
 * The site names a source note cites in its brackets, in the form the page's source list
 * shows them (`hostOf`), so a reader can find each one there.
 * @example citedHosts('*Burimi: TIP 2020 dhe 2023 (state.gov, amicidilazzaro.it).*') // ['state.gov', 'amicidilazzaro.it']
 */
export function citedHosts(line: string): string[] {
  return [...line.matchAll(/\(([^()]*)\)/g)]
    .flatMap((match) => (match[1] ?? '').split(/[,;]/))
    .map((part) => part.trim().toLowerCase())
    .filter((part) => hostPattern.test(part));
}

/** Options for `findUnsourcedClaims`. */
export interface ClaimSourceOptions {
  /** Every block with text under a heading must end in a source note (the intro is free). */
  everyBlock: boolean;
}

/**
 * What keeps a page's claims from being traceable: a block with text but no source note, a
 * note that names no site, a site the page's `sources` do not list, and a listed source no
 * block cites. An empty list means every claim block carries a source the reader can open.
 * @example findUnsourcedClaims('## A\nText', [], { everyBlock: true }) // ['«A» has no source note']
 */
export function findUnsourcedClaims(markdown: string, sources: ReadonlyArray<{ url: string }>, options: ClaimSourceOptions): string[] {
  const listed = new Set(sources.map((source) => hostOf(source.url)));
  const cited = new Set<string>();
  const problems: string[] = [];
  for (const block of splitBlocks(markdown)) {
    const notes = block.lines.filter(isSourceLine);
    const claims = block.lines.filter((line) => !isSourceLine(line));
    if (options.everyBlock && block.heading && claims.length > 0 && notes.length === 0) problems.push(`«${block.heading}» has no source note`);
    for (const note of notes) {
      const hosts = citedHosts(note);
      if (hosts.length === 0) problems.push(`«${block.heading}»: the source note names no site in brackets`);
      for (const host of hosts) {
        cited.add(host);
        if (!listed.has(host)) problems.push(`«${block.heading}» cites ${host}, which the page's sources do not list`);
      }
    }
  }
  for (const host of listed) if (!cited.has(host)) problems.push(`the source ${host} is listed but no block cites it`);
  return problems;
}
