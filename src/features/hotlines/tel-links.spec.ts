import { expect, test } from '@playwright/test';
import { findPhoneNumbers } from '../../../scripts/lib/prose-checks.ts';
import { isDialable, listContentTels, shownMatchesTel, telFromHref } from '../../lib/tel.ts';
import { abroadSchema } from '../../schemas/abroad.ts';
import { hotlineSchema } from '../../schemas/hotline.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { readLinks } from '../../../tests/support/html-tags.ts';
import { listBuiltPages, readBuilt, readBuiltTags, readContentYaml } from '../../../tests/support/site.ts';

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

// The review found a line showing 116 117 that dialled another number: what a person reads on
// a call link must be the number it dials, on every page (the posters' too).
test('every tel: link shows the number it dials, and no other number', () => {
  const problems = new Set<string>();
  let links = 0;
  for (const { path, file } of listBuiltPages()) {
    for (const { href, text } of readLinks(readBuilt(file))) {
      const tel = telFromHref(href);
      if (tel === undefined) continue;
      links += 1;
      const shown = findPhoneNumbers(text, new Set([tel.replace(/\D/g, '')]));
      if (shown.length === 0) problems.add(`${path}: tel:${tel} shows no number («${text}»)`);
      for (const number of shown) if (!shownMatchesTel(number.raw, tel)) problems.add(`${path}: tel:${tel} shows «${number.raw}»`);
    }
  }
  expect([...problems]).toEqual([]);
  expect(links, 'tel: links on the site').toBeGreaterThan(100);
});
