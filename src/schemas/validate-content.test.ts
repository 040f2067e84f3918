import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CollectionName } from './collections.ts';
import { findBrokenLinks, findDuplicateIds, validateContentFile } from './validate-content.ts';

const fixtures = 'tests/fixtures/broken-content';

describe('broken entries are refused, naming the file and the field', () => {
  test.each<[string, CollectionName, string, RegExp]>([
    ['hotlines/missing-field.yaml', 'hotlines', 'audience', /./],
    ['hotlines/malformed-phone.yaml', 'hotlines', 'tel', /\+355/],
    ['hotlines/bad-date.yaml', 'hotlines', 'lastVerified', /YYYY-MM-DD/],
    ['services/unknown-qark.yaml', 'services', 'qark', /12 qarks/],
    ['stories/no-consent.md', 'stories', 'consent', /consent: true/],
  ])('%s → %s', (name, collection, field, message) => {
    const file = `${fixtures}/${name}`;
    const problems = validateContentFile(collection, file, readFileSync(file, 'utf8'));
    expect(problems).toContainEqual({ file, field, message: expect.stringMatching(message) });
  });

  // File names only: two files differing in case cannot live in git on every system.
  test.each([
    [['content/guidance/sq/mitet.md', 'content/guidance/sq/Mitet.md'], 'content/guidance/sq/Mitet.md'],
    [['content/hotlines/police.yaml', 'content/hotlines/police.yml'], 'content/hotlines/police.yml'],
  ])('%j is a duplicate slug', (files, duplicate) => {
    expect(findDuplicateIds(files)).toEqual([{ file: duplicate, field: '(file name)', message: expect.stringContaining(files[0]!) }]);
  });

  test('different names are not duplicates', () => {
    expect(findDuplicateIds(['a/x.yaml', 'a/y.yaml', 'b/x.yaml'])).toEqual([]);
  });

  test('a link to a page that does not exist names the file and the body', () => {
    const file = `${fixtures}/guidance/sq/mitet.md`;
    const known = new Set(['/shenjat/', '/ndihme/']);
    expect(findBrokenLinks(file, readFileSync(file, 'utf8'), known)).toEqual([
      { file, field: 'body', message: 'link to /shenjat/nuk-ekziston/, a page that does not exist' },
    ]);
    expect(findBrokenLinks(file, 'See [help](/ndihme/#linjat) and [out](https://example.org/x).', known)).toEqual([]);
  });
});
