import { describe, expect, test } from 'vitest';
import { filterServices, kindFilterCss, type ServiceArea } from './filter-services.ts';

const areas: ServiceArea[] = [
  { key: 'tirane', cards: [{ kinds: ['shelter', 'counselling'] }, { kinds: ['police'] }] },
  { key: 'vlore', cards: [{ kinds: ['police'] }] },
  { key: 'kukes', cards: [] },
  { key: 'national', cards: [{ kinds: ['counselling'] }, { kinds: ['legal'] }] },
];
/** Which sections show, and the shown cards per section, as `key:cards`. */
const view = (choice: { qark: string; kind: string }) => {
  const outcome = filterServices(areas, choice);
  return outcome.areas.flatMap((area, index) => (area.shown ? [`${areas[index]!.key}:${area.cards.filter(Boolean).length}`] : []));
};

describe('filterServices', () => {
  test.each([
    ['nothing chosen: everything', { qark: '', kind: '' }, ['tirane:2', 'vlore:1', 'kukes:0', 'national:2'], 5],
    ['a qark: that qark, then the national services', { qark: 'vlore', kind: '' }, ['vlore:1', 'national:2'], 3],
    ['a kind: only sections with it', { qark: '', kind: 'police' }, ['tirane:1', 'vlore:1'], 2],
    ['a qark and a kind it has', { qark: 'tirane', kind: 'counselling' }, ['tirane:1', 'national:1'], 2],
    ['a qark and a kind it lacks: the qark stays, to say so', { qark: 'vlore', kind: 'legal' }, ['vlore:0', 'national:1'], 1],
    ['a qark with no service at all', { qark: 'kukes', kind: '' }, ['kukes:0', 'national:2'], 2],
  ])('%s', (_name, choice, shown, count) => {
    expect(view(choice)).toEqual(shown);
    expect(filterServices(areas, choice).count).toBe(count);
  });

  test('says when the chosen qark has nothing of the kind, and whether national services show', () => {
    expect(filterServices(areas, { qark: 'vlore', kind: 'legal' })).toMatchObject({ emptyChoice: true, nationalShown: true });
    expect(filterServices(areas, { qark: 'vlore', kind: 'shelter' })).toMatchObject({ emptyChoice: true, nationalShown: false });
    expect(filterServices(areas, { qark: 'vlore', kind: 'police' })).toMatchObject({ emptyChoice: false });
    expect(filterServices(areas, { qark: '', kind: 'shelter' })).toMatchObject({ emptyChoice: false });
  });
});

test('one CSS rule per kind, off once the script filters', () => {
  const css = kindFilterCss(['shelter', 'legal']);
  expect(css.match(/\{display:none\}/g)).toHaveLength(2);
  expect(css).toContain('.services:not(.is-enhanced) #kind-shelter:target~.service-areas [data-kinds]:not([data-kinds~="shelter"])');
});
