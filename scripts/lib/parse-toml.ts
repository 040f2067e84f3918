/**
 * A strict reader for the part of TOML that `netlify.toml` uses: comments, tables (`[build]`,
 * `[build.environment]`) and `key = "text"` pairs. Anything else — another kind of value, a
 * key or table given twice, a broken line — is refused with its line number, so a test fails
 * before Netlify does.
 */

/** A TOML table: texts and the tables nested in it. */
export interface TomlTable {
  [key: string]: string | TomlTable;
}

const bareKey = '[A-Za-z0-9_-]+';
const tableLine = new RegExp(`^\\[\\s*(${bareKey}(?:\\s*\\.\\s*${bareKey})*)\\s*\\]$`);
const pairLine = new RegExp(`^(${bareKey})\\s*=\\s*"((?:[^"\\\\]|\\\\["\\\\])*)"$`);

/**
 * Parses the subset of TOML described above.
 * @example parseToml('[build]\ncommand = "npm run build"') // { build: { command: 'npm run build' } }
 */
export function parseToml(text: string): TomlTable {
  const root: TomlTable = {};
  const defined = new Set<string>();
  let current = root;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    // A comment starts at a # outside a text; the subset has no # inside its texts.
    const line = raw.replace(/\s+#.*$|^#.*$/, '').trim();
    if (!line) continue;
    const where = `TOML line ${index + 1}`;
    const table = tableLine.exec(line);
    if (table) {
      const path = (table[1] ?? '').split('.').map((part) => part.trim());
      const name = path.join('.');
      if (defined.has(name)) throw new Error(`${where}: table [${name}] is defined twice`);
      defined.add(name);
      current = root;
      for (const part of path) {
        const next = current[part] ?? {};
        if (typeof next === 'string') throw new Error(`${where}: [${name}] names a text, not a table`);
        current = current[part] = next;
      }
      continue;
    }
    const pair = pairLine.exec(line);
    if (!pair) throw new Error(`${where}: expected [table] or key = "text", found: ${line}`);
    const [, key = '', value = ''] = pair;
    if (key in current) throw new Error(`${where}: "${key}" is set twice`);
    current[key] = value.replace(/\\(["\\])/g, '$1');
  }
  return root;
}
