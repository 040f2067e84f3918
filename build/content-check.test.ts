import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badContent, type ContentTree } from '../tests/fixtures/bad-integrity/fixtures.ts';
import { formatProblems } from '../src/schemas/validate-content.ts';
import { checkContent, readContentFiles, type ContentFile } from './content-check.ts';

const content = readContentFiles('content');
const toTree = (files: readonly ContentFile[]): ContentTree => new Map(files.map((item) => [item.file.replace(/^content\//, ''), item.raw]));
const toFiles = (tree: ContentTree): ContentFile[] => [...tree].map(([file, raw]) => ({ file: join('content', file), raw }));

describe('the content check of the build', () => {
  test('content/ as it is passes', () => {
    expect(checkContent(content)).toEqual([]);
  });

  test('reads what the build loads: YAML entries, Markdown per language, UI strings', () => {
    const files = content.map((item) => item.file);
    expect(files).toContain('content/hotlines/police.yaml');
    expect(files).toContain('content/pages/sq/privacy.md');
    expect(files).toContain('content/ui/sq.json');
  });

  test.each(badContent.map((bad) => [bad.name, bad] as const))('stops on %s, naming file and field', (_name, bad) => {
    const tree = toTree(content);
    bad.apply(tree);
    const problems = checkContent(toFiles(tree));
    const report = formatProblems(problems);
    for (const { file, field, message } of bad.expected) {
      const line = new RegExp(`^content/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::\\d+)? → ${field.replace(/[.()]/g, '\\$&')}: .*${message.source}`, 'm');
      expect(report).toMatch(line);
    }
    // Nothing else: each bad change causes only the problems it is meant to.
    const files = new Set(bad.expected.map((item) => `content/${item.file}`));
    expect(problems.filter((problem) => !files.has(problem.file.replace(/:\d+$/, '')))).toEqual([]);
  });
});
