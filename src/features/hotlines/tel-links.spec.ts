import { expect, test } from '@playwright/test';
import { isDialable, listContentTels, telFromHref } from '../../lib/tel.ts';
import { abroadSchema } from '../../schemas/abroad.ts';
import { hotlineSchema } from '../../schemas/hotline.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { listBuiltPages, readBuiltTags, readContentYaml } from '../../../tests/support/site.ts';

// Numbers are content, never code (PRODUCT.md): a tel: link that dials anything else is a
// number typed into a component, or a stale one left behind.
test('every tel: link dials a valid number (E.164 or a 3–6 digit short code) that content/ gives', () => {
  const known = listContentTels({
    hotlines: readContentYaml('hotlines').map((entry) => hotlineSchema.parse(entry)),
    services: readContentYaml('services').map((entry) => serviceSchema.parse(entry)),
    abroad: readContentYaml('abroad').map((entry) => abroadSchema.parse(entry)),
  });
  const problems = new Set<string>();
  let links = 0;
  for (const { path, file } of listBuiltPages()) {
    for (const tag of readBuiltTags(file)) {
      const tel = tag.name === 'a' ? telFromHref(tag.attributes['href'] ?? '') : undefined;
      if (tel === undefined) continue;
      links += 1;
      if (!isDialable(tel)) problems.add(`${path}: tel:${tel} is neither E.164 nor a short code`);
      else if (!known.has(tel)) problems.add(`${path}: tel:${tel} is not a number of content/ (hotlines, services, abroad)`);
    }
  }
  expect([...problems]).toEqual([]);
  expect(links, 'tel: links on the site').toBeGreaterThan(0);
});
