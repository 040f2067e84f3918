import { describe, expect, test } from 'vitest';
import { readIds, readLinks, readTags } from './html-tags.ts';

describe('readTags', () => {
  test('reads names and attributes in any quoting, decoding entities', () => {
    expect(readTags(`<A HREF="/x/?a=1&amp;b=2" hidden><img src='/i.svg' alt=logo /><p title="&#39;&quot;&#x41;&nbsp;&bogus;">`)).toEqual([
      { name: 'a', attributes: { href: '/x/?a=1&b=2', hidden: '' } },
      { name: 'img', attributes: { src: '/i.svg', alt: 'logo' } },
      { name: 'p', attributes: { title: `'"A\u00a0&bogus;` } },
    ]);
  });

  test('keeps a > inside a quoted value within its attribute', () => {
    expect(readTags('<div data-x="a > b" id="y">')).toEqual([{ name: 'div', attributes: { 'data-x': 'a > b', id: 'y' } }]);
  });

  test('skips comments and the text of scripts and styles, but keeps their tags', () => {
    const tags = readTags('<!-- <a href="/gone/"> --><script src="/s.js">var a = \'<a href="/no/">\';</script><style>a[id="no"]{}</style><a href="/yes/">');
    expect(tags.map((tag) => [tag.name, tag.attributes['href'] ?? tag.attributes['src'] ?? ''])).toEqual([
      ['script', '/s.js'],
      ['style', ''],
      ['a', '/yes/'],
    ]);
  });

  test('ignores end tags, text and doctype', () => {
    expect(readTags('<!doctype html><p>1 < 2</p>').map((tag) => tag.name)).toEqual(['p']);
  });
});

describe('readIds', () => {
  test('lists the ids of elements, not ids mentioned in code or other attributes', () => {
    const ids = readIds('<main id="main"><h2 id="te-drejtat">x</h2><astro-island props="{&quot;id&quot;:&quot;q1&quot;}"></astro-island><script>el.id="nope"</script>');
    expect([...ids]).toEqual(['main', 'te-drejtat']);
  });
});

test('readLinks gives each link its target and the words it shows', () => {
  const html = '<a class="x" href="tel:116117"><span class="n">116&nbsp;117</span>\n <span>Linja</span></a><script>"<a href=tel:1>1</a>"</script><a href=/ndihme/>Ndihmë &amp; më shumë</a>';
  expect(readLinks(html)).toEqual([
    { href: 'tel:116117', text: '116 117 Linja' },
    { href: '/ndihme/', text: 'Ndihmë & më shumë' },
  ]);
});
