import { describe, expect, test } from 'vitest';
import { chooseCoreStore, isDataLight, removedTabName, wasRemovedInThisTab, type ConnectionInfo } from './offline-choice.ts';
import { markRemovedInThisTab } from './remove-site-data.ts';

describe('isDataLight', () => {
  test.each<[ConnectionInfo | undefined, boolean]>([
    [undefined, false],
    [{}, false],
    [{ effectiveType: '4g' }, false],
    [{ effectiveType: '3g' }, false],
    [{ effectiveType: '2g' }, true],
    [{ effectiveType: 'slow-2g' }, true],
    [{ effectiveType: '4g', saveData: true }, true],
    [{ effectiveType: '4g', saveData: false }, false],
  ])('%o → %s', (connection, expected) => {
    expect(isDataLight(connection)).toBe(expected);
  });
});

describe('chooseCoreStore', () => {
  const fast = { effectiveType: '4g' };
  const slow = { effectiveType: '2g' };
  test.each([
    ['a first visit on a fast connection stores the core', { supported: true, connection: fast, removedInThisTab: false, saved: false }, 'store'],
    ['a browser without the Network Information API stores it too', { supported: true, connection: undefined, removedInThisTab: false, saved: false }, 'store'],
    ['a returning visit on a fast connection asks again (for this language, or an update)', { supported: true, connection: fast, removedInThisTab: false, saved: true }, 'store'],
    ['a first visit on 2G offers it', { supported: true, connection: slow, removedInThisTab: false, saved: false }, 'offer'],
    ['a first visit with Save-Data offers it', { supported: true, connection: { effectiveType: '4g', saveData: true }, removedInThisTab: false, saved: false }, 'offer'],
    ['on 2G, a site already saved needs no button', { supported: true, connection: slow, removedInThisTab: false, saved: true }, 'none'],
    ['after a removal in this tab, nothing, however fast', { supported: true, connection: fast, removedInThisTab: true, saved: false }, 'none'],
    ['after a removal in this tab, no button on 2G either', { supported: true, connection: slow, removedInThisTab: true, saved: false }, 'none'],
    ['a browser without service workers, nothing', { supported: false, connection: fast, removedInThisTab: false, saved: false }, 'none'],
  ] as const)('%s', (_, input, expected) => {
    expect(chooseCoreStore(input)).toBe(expected);
  });
});

describe('the tab mark after a removal', () => {
  test('a tab marked by the removal reads as removed; any other name does not', () => {
    const tab = { name: '' };
    expect(wasRemovedInThisTab(tab)).toBe(false);
    markRemovedInThisTab(tab);
    expect(tab.name).toBe(removedTabName);
    expect(wasRemovedInThisTab(tab)).toBe(true);
    expect(wasRemovedInThisTab({ name: 'some-target' })).toBe(false);
  });
});
