import yaml from 'js-yaml';
import { collectionSchemas, isMarkdownCollection, type CollectionName } from './collections.ts';

/** One problem in one content file, named the way an editor can find and fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** The YAML data of a content file: the whole file, or a Markdown file's front matter. */
export function readContentData(text: string, markdown: boolean): unknown {
  if (!markdown) return yaml.load(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error('the file must start with front matter between two --- lines');
  return yaml.load(match[1] ?? '');
}

/**
 * Checks one content file against its collection's schema — the same schema the build
 * and the CMS use — and lists every problem with its field path (`questions.3.strength`).
 * @example validateContentFile('hotlines', 'content/hotlines/x.yaml', 'tel: 12') // [{ file, field: 'name', … }, …]
 */
export function validateContentFile(collection: CollectionName, file: string, text: string): ContentProblem[] {
  let data: unknown;
  try {
    data = readContentData(text, isMarkdownCollection(collection));
  } catch (error) {
    return [{ file, field: '(file)', message: error instanceof Error ? error.message : String(error) }];
  }
  const result = collectionSchemas[collection].safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join('.') : '(whole entry)',
    message: issue.message,
  }));
}

/** One line per problem: `content/hotlines/x.yaml → tel: Phone number must be…`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.file} → ${problem.field}: ${problem.message}`).join('\n');
}

/**
 * Entries whose ids collide: the same name in another case or with another YAML ending
 * (`Mitet.md` and `mitet.md`, `x.yaml` and `x.yml`). Hosts differ on case, so one would vanish.
 * @example findDuplicateIds(['content/guidance/sq/a.md', 'content/guidance/sq/A.md']) // [{ file: '…/A.md', field: '(file name)', … }]
 */
export function findDuplicateIds(files: readonly string[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const key = file.toLowerCase().replace(/\.(md|ya?ml)$/, '');
    const first = seen.get(key);
    if (first) problems.push({ file, field: '(file name)', message: `same id as ${first}; rename one of them` });
    else seen.set(key, file);
  }
  return problems;
}

/**
 * Internal links in a Markdown body (`](/path/)`) that lead nowhere on the site.
 * @param knownPaths every path the site builds, e.g. from the route table and content slugs.
 */
export function findBrokenLinks(file: string, markdown: string, knownPaths: ReadonlySet<string>): ContentProblem[] {
  return [...markdown.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)/g)]
    .map((match) => match[1] ?? '')
    .filter((path) => !knownPaths.has(path.endsWith('/') ? path : `${path}/`))
    .map((path) => ({ file, field: 'body', message: `link to ${path}, a page that does not exist` }));
}
