import { HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import { listBuiltPages, readBuilt } from '../support/site.ts';

/**
 * Every built page is valid HTML by the standard (html-validate's "standard" preset: what the
 * HTML specification requires, not style preferences). Invalid markup is read differently by
 * different browsers and screen readers; a person on an old phone gets the worst reading.
 */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

test('every built page is valid HTML', async () => {
  const pages = listBuiltPages();
  expect(pages.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const { path, file } of pages) {
    const html = readBuilt(file);
    // The parser forgives what comes after </html> (a script once landed there); the standard does not.
    if (html.trimEnd().slice(-7) !== '</html>') problems.push(`${path}: something follows </html>: ${html.slice(html.lastIndexOf('</html>')).slice(0, 80)}`);
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});
