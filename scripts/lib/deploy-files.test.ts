import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { isWeeklyCron, lastCommand, readmeCommands } from './deploy-files.ts';
import { parseToml, type TomlTable } from './parse-toml.ts';
import { resolveSiteUrl } from '../../build/site-url.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const readme = read('README.md');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const major = (version: string) => Number(/\d+/.exec(version)?.[0]);

/** What GitHub Actions reads from a workflow file (the part checked here). */
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Array<{ run?: string; uses?: string }> }>;
}
const readWorkflow = (path: string) => yaml.load(read(path)) as Workflow;
const runSteps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : [])));

describe('readers', () => {
  test('readmeCommands reads the commands of the shell block under a heading', () => {
    expect(readmeCommands('# A\n```sh\nx\n```\n## Two\n\ntext\n```sh\nnpm install && npm start   # one\n# note\nnpm test # two\n```', 'Two')).toEqual(['npm install && npm start', 'npm test']);
    expect(() => readmeCommands('# A', 'Two')).toThrow(/no heading "Two"/);
  });

  test('lastCommand skips comments and blank lines', () => {
    expect(lastCommand('#!/bin/bash\nset -e\necho "== npm test =="\nnpm test\n\n# done\n')).toBe('npm test');
  });

  test.each([
    ['0 6 * * 1', true],
    ['30 23 * * 0', true],
    ['0 6 * * *', false],
    ['0 6 1 * 1', false],
    ['*/5 * * * 1', false],
    ['0 6 * * 1-5', false],
    ['0 6 * * 1 2026', false],
  ])('isWeeklyCron(%j) → %s', (cron, expected) => {
    expect(isWeeklyCron(cron)).toBe(expected);
  });
});

describe('netlify.toml', () => {
  const config = parseToml(read('netlify.toml'));
  const build = config['build'] as TomlTable;
  const environment = (build['environment'] ?? {}) as TomlTable;

  test("builds with the project's build script and publishes the folder the README names", () => {
    expect(build['command']).toBe('npm run build');
    // scripts/build.ts runs astro build, Pagefind and the worker, and swaps dist/ only when all succeed.
    expect(packageJson.scripts['build']).toBe('node scripts/build.ts');
    expect(read('scripts/build.ts')).toContain("'node_modules/astro/bin/astro.mjs', 'build'");
    expect(build['publish']).toBe('dist');
    expect(readme).toContain(`build command \`${String(build['command'])}\`, publish folder \`${String(build['publish'])}\``);
  });

  test("installs with the major Node version the project brings, which Astro accepts", () => {
    const nodeVersion = String(environment['NODE_VERSION']);
    expect(major(nodeVersion)).toBe(major(packageJson.devDependencies['node'] ?? ''));
    const astro = JSON.parse(read('node_modules/astro/package.json')) as { engines: { node: string } };
    expect(major(nodeVersion)).toBeGreaterThanOrEqual(major(astro.engines.node));
  });

  test('leaves SITE_URL to the host, so a Netlify build without it stops', () => {
    expect(environment['SITE_URL']).toBeUndefined();
    const netlifyBuild = { NETLIFY: 'true', ...Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, String(value)])) };
    expect(() => resolveSiteUrl(netlifyBuild)).toThrow(/SITE_URL is not set/);
    expect(resolveSiteUrl({ ...netlifyBuild, SITE_URL: 'https://example.org' })).toBe('https://example.org');
  });
});

describe('GitHub Actions', () => {
  const testCommand = readmeCommands(readme, 'Two commands')[1];

  test("the test workflow runs the README's test command on every push and pull request", () => {
    expect(testCommand).toBe('npm test');
    const workflow = readWorkflow('.github/workflows/ci.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    // Only branches and paths filters would narrow "every": there are none.
    expect(workflow.on['push'] ?? null).toBeNull();
    expect(workflow.on['pull_request'] ?? null).toBeNull();
    expect(Object.values(workflow.jobs).map((job) => job['runs-on'])).toEqual([expect.stringMatching(/^ubuntu-/)]);
    expect(runSteps(workflow)).toEqual(['bash .ci/run']);
    expect(lastCommand(read('.ci/run'))).toBe(testCommand);
  });

  test('a weekly workflow runs the strict content audit', () => {
    const workflow = readWorkflow('.github/workflows/content-audit.yml');
    const schedule = workflow.on['schedule'] as Array<{ cron: string }>;
    expect(schedule.map(({ cron }) => isWeeklyCron(cron))).toEqual([true]);
    expect(runSteps(workflow)).toContain('npm run content:audit -- --strict');
    expect(packageJson.scripts['content:audit']).toBeDefined();
    expect(readme).toContain('npm run content:audit -- --strict');
  });
});
