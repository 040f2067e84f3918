/**
 * `npm run content:audit`: lists hotlines, services and countries whose facts need
 * checking again — last verified over 12 months ago, marked unverified, or without a source.
 *
 * Usage: npm run content:audit [-- --strict] [-- --today YYYY-MM-DD]
 *   --strict  exit with an error when anything is listed (for CI or a release check)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { auditContent, hasFindings, maxAgeMonths, type AuditedEntry } from './lib/audit-content.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, today: { type: 'string' }, dir: { type: 'string', default: 'content' } } });
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
const folders = ['hotlines', 'services', 'abroad'];

const entries: AuditedEntry[] = folders.flatMap((folder) => {
  const dir = join(values.dir, folder);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    return [];
  }
  return names.map((name) => ({ file: join(dir, name), ...(yaml.load(readFileSync(join(dir, name), 'utf8')) as object) }));
});

const report = auditContent(entries, today);
const section = (title: string, files: string[]) =>
  console.log(`\n${title} (${files.length})\n${files.length ? files.map((file) => `  - ${file}`).join('\n') : '  none'}`);

console.log(`Content audit of ${entries.length} entries in ${folders.map((f) => `${values.dir}/${f}`).join(', ')} on ${today.toISOString().slice(0, 10)}`);
section(`Last verified more than ${maxAgeMonths} months ago — check again and update lastVerified`, report.stale);
section('Marked unconfirmed or with an unverifiedNote — confirm, then update the entry', report.unverified);
section('Without any source — add where the facts come from', report.unsourced);

if (values.strict && hasFindings(report)) {
  console.error('\n--strict: the audit found entries to check.');
  process.exit(1);
}
