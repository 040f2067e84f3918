/**
 * Small readers for the deploy and CI files (`netlify.toml`, `.github/workflows/`, `.ci/run`),
 * so a test can check that they build and test the site the way the README says.
 */

/**
 * The commands of the first shell block under a README heading, without their comments.
 * @example readmeCommands('## Two commands\n```sh\nnpm test  # all\n```', 'Two commands') // ['npm test']
 */
export function readmeCommands(readme: string, heading: string): string[] {
  const start = readme.search(new RegExp(`^#+ ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm'));
  if (start < 0) throw new Error(`The README has no heading "${heading}"`);
  const block = /```(?:sh|bash)\n([\s\S]*?)```/.exec(readme.slice(start))?.[1];
  if (block === undefined) throw new Error(`No shell block under "${heading}"`);
  return block
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * The last command a shell script runs (its last line that is not blank or a comment).
 * @example lastCommand('#!/bin/sh\nnpm install\nnpm test\n') // 'npm test'
 */
export function lastCommand(script: string): string | undefined {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .at(-1);
}

/**
 * Whether a cron schedule runs once a week: a fixed minute and hour on one day of the week.
 * @example isWeeklyCron('0 6 * * 1') // true
 */
export function isWeeklyCron(cron: string): boolean {
  const [minute, hour, dayOfMonth, month, dayOfWeek, ...rest] = cron.trim().split(/\s+/);
  const fixed = (field: string | undefined, max: number) => /^\d+$/.test(field ?? '') && Number(field) <= max;
  return rest.length === 0 && fixed(minute, 59) && fixed(hour, 23) && dayOfMonth === '*' && month === '*' && fixed(dayOfWeek, 6);
}
