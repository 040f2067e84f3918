import { describe, expect, test } from 'vitest';
import { citedHosts, findUnsourcedClaims, isSourceLine, splitBlocks } from './claim-sources.ts';

const tip = { url: 'https://www.state.gov/reports/2021-trafficking-in-persons-report/albania/' };
const ecoi = { url: 'https://www.ecoi.net/en/document/362075' };
const every = { everyBlock: true };

describe('splitBlocks', () => {
  test('cuts at ## and ### headings, a heading with a fixed anchor named without it', () => {
    const blocks = splitBlocks('Intro\n\n## One\nA\n\n### Two\nB\n### Three {#x}\n\nC\n# Not a block');
    expect(blocks).toEqual([
      { heading: '', lines: ['Intro'] },
      { heading: 'One', lines: ['A'] },
      { heading: 'Two', lines: ['B'] },
      { heading: 'Three', lines: ['C', '# Not a block'] },
    ]);
  });
});

describe('source notes', () => {
  test.each([
    ['*Burimi: raporti TIP 2021 (state.gov).*', true],
    ['*Source: TIP report 2021 (state.gov).*', true],
    ['Burimi: state.gov', false],
    ['**Çfarë nuk dimë:** sa ditë (state.gov).', false],
  ])('%s is a source note: %s', (line, expected) => {
    expect(isSourceLine(line)).toBe(expected);
  });

  test('the cited sites are the site names in brackets, not other words with dots', () => {
    expect(citedHosts('*Burimi: ligji nr. 111/2017; TIP 2020 dhe 2023 (state.gov, amicidilazzaro.it); GRETA (coe.int).*')).toEqual([
      'state.gov',
      'amicidilazzaro.it',
      'coe.int',
    ]);
  });
});

describe('findUnsourcedClaims', () => {
  test('a page whose every block cites a listed source, and every source is cited, passes', () => {
    const text = 'Intro without a source.\n\n## A\nClaim.\n\n*Burimi: TIP 2021 (state.gov).*\n\n## Who\n\n### B\nClaim.\n\n*Burimi: TIP 2018 (ecoi.net).*';
    expect(findUnsourcedClaims(text, [tip, ecoi], every)).toEqual([]);
  });

  test.each([
    ['a block without a source note', '## A\nClaim.', [tip], ['«A» has no source note', 'the source state.gov is listed but no block cites it']],
    ['a note without a site in brackets', '## A\nClaim.\n*Burimi: TIP 2021.*', [tip], ['«A»: the source note names no site in brackets', 'the source state.gov is listed but no block cites it']],
    ['a note citing a site the page does not list', '## A\nClaim.\n*Burimi: TIP (state.gov, example.org).*', [tip], ['«A» cites example.org, which the page\'s sources do not list']],
    ['a listed source nobody cites', '## A\nClaim.\n*Burimi: TIP (state.gov).*', [tip, ecoi], ['the source ecoi.net is listed but no block cites it']],
  ])('%s is reported', (_, text, sources, problems) => {
    expect(findUnsourcedClaims(text, sources, every)).toEqual(problems);
  });

  test('when not every block must carry a source, only the citations are checked', () => {
    expect(findUnsourcedClaims('## About this site\nNo cookies.\n\n## Chrome\nSteps.\n*Source: Google (state.gov).*', [tip], { everyBlock: false })).toEqual([]);
  });
});
