import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkPhoneNumbers, collectKnownNumbers, extractProse } from '../scripts/lib/prose-checks.ts';
import { findMarkdownCode, textNotCode } from '../src/lib/markdown.ts';
import { collectionSchemas, isMarkdownCollection, type CollectionName } from '../src/schemas/collections.ts';
import { findDuplicateIds, formatProblems, validateContentFile, type ContentProblem } from '../src/schemas/validate-content.ts';

/** A content file as an editor names it (`content/hotlines/police.yaml`) and its text. */
export interface ContentFile {
  file: string;
  raw: string;
}

/**
 * Every file of a content folder that the build reads: each collection's entries (YAML at
 * the top of its folder, Markdown one folder per language, as `src/content.config.ts` loads
 * them) and the UI strings (`ui/*.json`), named relative to the working directory.
 */
export function readContentFiles(contentDir: string): ContentFile[] {
  const names = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).map((name) => name.split('\\').join('/'));
  const read = (name: string): ContentFile => {
    const path = join(contentDir, name);
    const inHere = relative(process.cwd(), path);
    return { file: (inHere.startsWith('..') ? path : inHere).split('\\').join('/'), raw: readFileSync(path, 'utf8') };
  };
  const loaded = (name: string) => {
    const [collection = '', ...rest] = name.split('/');
    if (collection === 'ui') return rest.length === 1 && rest[0]!.endsWith('.json');
    if (!(collection in collectionSchemas)) return false;
    return isMarkdownCollection(collection as CollectionName) ? rest.length === 2 && rest[1]!.endsWith('.md') : rest.length === 1 && /\.ya?ml$/.test(rest[0]!);
  };
  return names.filter(loaded).sort().map(read);
}

/** The collection a content file belongs to: the folder after `content/` (or the content folder given). */
function collectionOf(file: string): CollectionName | undefined {
  const parts = file.split('/');
  for (let index = parts.length - 2; index >= 0; index -= 1) {
    const name = parts[index] ?? '';
    const depth = parts.length - 1 - index;
    if (name in collectionSchemas && depth === (isMarkdownCollection(name as CollectionName) ? 2 : 1)) return name as CollectionName;
  }
  return undefined;
}

/**
 * Everything in content that must stop the build, each named by file and field:
 * - an entry its schema refuses (the schema the build, the tests and the CMS share);
 * - two files with one id (`police.yml` beside `police.yaml`): one would silently replace the other;
 * - code in a Markdown text (HTML, a javascript: link, an image), which the renderer would
 *   otherwise show as text or drop;
 * - a phone number written in prose that is not a number of the site (hotlines, services, abroad).
 * @example checkContent(readContentFiles('content')) // []
 */
export function checkContent(files: readonly ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byCollection = new Map<CollectionName, ContentFile[]>();
  for (const item of files) {
    const collection = collectionOf(item.file);
    if (!collection) continue;
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), item]);
    problems.push(...validateContentFile(collection, item.file, item.raw));
    if (isMarkdownCollection(collection)) {
      const body = item.raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
      for (const found of findMarkdownCode(body)) problems.push({ file: item.file, field: 'body', message: textNotCode(found) });
    }
  }
  for (const collectionFiles of byCollection.values()) problems.push(...findDuplicateIds(collectionFiles.map((item) => item.file)));
  // A file that cannot be read as YAML or JSON is already reported by its schema check.
  const prose = files.flatMap((item) => {
    try {
      return [{ item, texts: extractProse(item.file, item.raw) }];
    } catch {
      return [];
    }
  });
  const known = collectKnownNumbers(prose.map(({ item }) => item));
  for (const { texts } of prose) {
    for (const text of texts) {
      for (const problem of checkPhoneNumbers(text, known)) {
        if (problem.check === 'phone-number') problems.push({ file: `${problem.file}:${problem.line}`, field: problem.field, message: problem.fix });
      }
    }
  }
  return problems;
}

/**
 * Checks content/ (or CONTENT_DIR) before Astro builds anything: a problem stops `astro build`
 * with every problem listed, file and field, so nothing is published from content that would
 * dial a wrong number, replace an entry or carry code. In `astro dev` (and `npm run cms`) the
 * problems are only logged, so an editor can go on and fix them.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'shenjat:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkContent(readContentFiles(process.env.CONTENT_DIR ?? './content'));
        if (problems.length === 0) return;
        const report = `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n${formatProblems(problems)}`;
        if (command === 'dev') logger.warn(report);
        else throw new Error(report);
      },
    },
  };
}
