import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProse, collectKnownNumbers, extractProse, findPhoneNumbers, formatProseProblem, knownDigits, proseCheckNames } from '../../scripts/lib/prose-checks.ts';

/**
 * The site's prose keeps to shared/ALBANIAN.md and to the facts in content/: every number in a
 * sentence is one of the site's lines, a line is called working or free only when its entry says
 * so, Albanian uses «» and no comma before «dhe», the guides for professionals say «ju», and one
 * thing has one name. A failure lists `file:line (field) [check] «the words» → the fix`.
 */

/** Every content file the checks read, with its text. */
function readTree(root: string): Array<{ file: string; raw: string }> {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => /\.(md|ya?ml|json)$/.test(name))
    .sort()
    .map((name) => ({ file: join(root, name).split('\\').join('/'), raw: readFileSync(join(root, name), 'utf8') }));
}

const content = readTree('content');
const known = collectKnownNumbers(content);
const report = (files: typeof content) => checkProse(files, known).map(formatProseProblem).join('\n');

/** The files this check was written with: the guides for professionals and the glossary. */
const isGuideOrGlossary = (file: string) => /^content\/guides\//.test(file) || /^content\/pages\/(sq|en)\/glossary\.md$/.test(file);

describe('prose in content/', () => {
  test('the checks read the site: its numbers, and the numbers written in the guides', () => {
    expect(known.find((entry) => entry.shown === '116 006')).toMatchObject({ status: 'unconfirmed' });
    expect(known.find((entry) => entry.shown === '129')).toMatchObject({ status: 'confirmed', cost: 'free' });
    const guideTexts = content.filter((item) => item.file.startsWith('content/guides/sq/')).flatMap((item) => extractProse(item.file, item.raw));
    const numbers = guideTexts.flatMap((text) => findPhoneNumbers(text.text, knownDigits(known)).map((match) => match.digits));
    expect(numbers).toEqual(expect.arrayContaining(['112', '129', '116111']));
  });

  test('the guides for professionals and the glossary keep to ALBANIAN.md and the facts', () => {
    expect(report(content.filter((item) => isGuideOrGlossary(item.file)))).toBe('');
  });

  test('every other page, entry and UI string keeps to ALBANIAN.md and the facts', () => {
    expect(report(content.filter((item) => !isGuideOrGlossary(item.file)))).toBe('');
  });
});

describe('each check fails on its bad fixture', () => {
  const fixtures = readTree('tests/fixtures/bad-prose');
  const fixtureNumbers = collectKnownNumbers(fixtures);
  const files = fixtures.filter((item) => item.file.endsWith('.md') && !item.file.endsWith('README.md'));

  test('there is a fixture for every check', () => {
    expect(files.map((item) => item.file.replace(/^.*\/|\.md$/g, '')).sort()).toEqual([...proseCheckNames].sort());
  });

  test.each(files.map((item) => [item.file.replace(/^.*\/|\.md$/g, ''), item] as const))('%s', (check, item) => {
    const problems = checkProse([item], fixtureNumbers);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.check)).toEqual(problems.map(() => check));
    for (const problem of problems) expect(formatProseProblem(problem)).toMatch(new RegExp(`^${item.file}:\\d+ \\(.+\\) \\[${check}\\] «.+» → .+`));
  });
});
