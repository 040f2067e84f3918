import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sq } from './sq.ts';

type Phrases = { [key: string]: string | Phrases };

/**
 * The English locale of the installed Decap: `decap-cms` → `decap-cms-app` → `decap-cms-locales`,
 * resolved the way the packages resolve each other, so an upgrade of `decap-cms` changes it.
 */
function locateDecap() {
  const require = createRequire(import.meta.url);
  const cmsDir = dirname(require.resolve('decap-cms/package.json'));
  const appManifest = createRequire(join(cmsDir, 'package.json')).resolve('decap-cms-app/package.json');
  const localesManifest = createRequire(appManifest).resolve('decap-cms-locales/package.json');
  const app = JSON.parse(readFileSync(appManifest, 'utf8')) as { dependencies: Record<string, string> };
  const locales = JSON.parse(readFileSync(localesManifest, 'utf8')) as { version: string };
  return {
    bundle: join(cmsDir, 'dist/decap-cms.js'),
    englishFile: join(dirname(localesManifest), 'dist/esm/en/index.js'),
    wantedVersion: app.dependencies['decap-cms-locales'],
    installedVersion: locales.version,
  };
}

const decap = locateDecap();
const en = ((await import(pathToFileURL(decap.englishFile).href)) as { default: Phrases }).default;

/** Every phrase of a locale by its dotted key path (`editor.editorToolbar.publish`). */
function flatten(phrases: Phrases, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [inner, text] of flatten(value, path)) result.set(inner, text);
  }
  return result;
}

const english = flatten(en);
const albanian = flatten(sq);
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
const pluralForms = (text: string) => text.split('||||').length;

/** Phrases that are the same in both languages: names, and texts that are only placeholders. */
const sameInBothLanguages = new Set([
  'collection.collectionTop.newButton',
  'editor.editorWidgets.markdown.markdown',
  'ui.toast.onFailToAuth',
  'workflow.workflowCard.lastChangeNoAuthor',
]);

describe('the Albanian interface of Decap', () => {
  test('comes from the decap-cms-locales that the installed decap-cms was built with', () => {
    expect(decap.installedVersion).toBe(decap.wantedVersion);
    // Every English phrase is in the script /admin/ loads (strings with a " in them are single-quoted there).
    const bundle = readFileSync(decap.bundle, 'utf8');
    const missing = [...english].filter(([, text]) => !bundle.includes(JSON.stringify(text)) && !bundle.includes(`'${text}'`));
    expect(missing).toEqual([]);
  });

  test('has every key of the installed English locale and no other', () => {
    expect(english.size).toBeGreaterThan(200);
    const missing = [...english.keys()].filter((key) => !albanian.has(key));
    const extra = [...albanian.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test('keeps every %{placeholder} and plural form of the English phrase', () => {
    const broken = [...english].flatMap(([key, text]) => {
      const translated = albanian.get(key) ?? '';
      const same = JSON.stringify(placeholders(text)) === JSON.stringify(placeholders(translated)) && pluralForms(text) === pluralForms(translated);
      return same ? [] : [{ key, en: text, sq: translated }];
    });
    expect(broken).toEqual([]);
  });

  test('is translated, with «» quotes and an ellipsis character', () => {
    const untranslated = [...english].filter(([key, text]) => albanian.get(key) === text && !sameInBothLanguages.has(key)).map(([key]) => key);
    expect(untranslated).toEqual([]);
    const texts = [...albanian.values()];
    expect(texts.filter((text) => text.trim() === '')).toEqual([]);
    expect(texts.filter((text) => /["“”]/.test(text))).toEqual([]);
    expect(texts.filter((text) => text.includes('...'))).toEqual([]);
  });

  test('uses one word for each workflow state', () => {
    const toolbar = sq.editor.editorToolbar;
    expect([toolbar.draft, toolbar.inReview, toolbar.ready, toolbar.publish]).toEqual(['Skicë', 'Në shqyrtim', 'Gati', 'Publiko']);
    expect(sq.workflow.workflowList.inReviewHeader).toBe(toolbar.inReview);
    expect(sq.workflow.workflowList.readyHeader).toBe(toolbar.ready);
    expect(sq.editor.editor.onPublishingNotReady).toContain(`«${toolbar.ready}»`);
    expect(sq.editor.editorToolbar.statusInfoTooltipDraft).toContain(`«${toolbar.inReview}»`);
    // «Draft» is never used beside «Skicë».
    expect([...albanian.values()].filter((text) => /draft/i.test(text))).toEqual([]);
  });
});
