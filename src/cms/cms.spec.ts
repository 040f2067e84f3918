import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import { formatDate } from '../lib/format-date.ts';
import { sq as decapSq } from './locales/sq.ts';
import { neutralExitAddresses } from '../schemas/settings.ts';
import { validateContentFile } from '../schemas/validate-content.ts';
import { expect, findAxeViolations, test } from '../../tests/support/fixtures.ts';
import { buildInputs, uiText } from '../../tests/support/site.ts';

/**
 * The CMS end to end, on a temporary copy of the repository (never the real content/): the
 * copy is built with the local backend, served like a static host, and `decap-server` (git
 * mode, so the editorial workflow runs as in production) saves into it. Ports: TEST_PORT + 1
 * for the copy's site, TEST_PORT + 2 for decap-server.
 */
const testPort = Number(process.env.TEST_PORT ?? 4399);
const sitePort = testPort + 1;
const cmsPort = testPort + 2;
const site = `http://127.0.0.1:${sitePort}`;

test.describe.configure({ mode: 'serial' });
// decap-server answers 404 when Decap asks for a draft that does not exist (yet, or any more,
// once published): that is how the local backend says "none", and the browser logs it.
const draftNotFound = new RegExp(`status of 404 \\(Not Found\\) \\(http://127\\.0\\.0\\.1:${cmsPort}/api/v1\\)$`);
// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation but those.
test.use({ failOnOffsiteRequest: true, failOnPageError: true, expectedPageErrors: draftNotFound });

let workdir = '';
const servers: ChildProcess[] = [];

const git = (...args: string[]) => execFileSync('git', args, { cwd: workdir, encoding: 'utf8' });

/** Builds the copy the way `npm run build` does, with the CMS pointed at its decap-server. */
function buildCopy(): void {
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: workdir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DECAP_SERVER_PORT: String(cmsPort) },
    stdio: 'pipe',
  });
}

async function waitFor(url: string, init?: RequestInit): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(url, init);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  workdir = mkdtempSync(join(tmpdir(), 'shenjat-cms-'));
  for (const entry of buildInputs) {
    cpSync(entry, join(workdir, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(workdir, 'node_modules'));
  // decap-server's git mode commits drafts to branches and merges them on publish.
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Shenjat test');
  git('config', 'user.email', 'test@shenjat.invalid');
  git('add', '-A');
  git('commit', '-qm', 'Copy for the CMS test');
  buildCopy();
  const env = { ...process.env, PORT: String(cmsPort), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: workdir, LOG_LEVEL: 'warn' };
  servers.push(spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], { cwd: workdir, env, stdio: 'ignore' }));
  servers.push(spawn(process.execPath, [resolve('scripts/serve.ts'), '--port', String(sitePort), '--dir', join(workdir, 'dist')], { stdio: 'ignore' }));
  await waitFor(`${site}/`);
  await waitFor(`http://127.0.0.1:${cmsPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
  // The server compresses the 6 MB CMS script on its first request, which takes tens of
  // seconds on a busy machine: do it here, not inside the first test's 30 s.
  await (await fetch(`${site}/admin/decap/decap-cms.js`, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
});

test.afterAll(() => {
  for (const server of servers) server.kill();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

/** Alerts Decap raised, per page: an alert means it refused an action (e.g. publishing too early). */
const alerts = new WeakMap<Page, string[]>();

/** Opens the CMS and logs in through the local backend's button. */
async function logIn(page: Page): Promise<void> {
  const raised: string[] = [];
  alerts.set(page, raised);
  // Decap asks "are you sure?" before publishing or leaving unsaved changes.
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'alert') raised.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(`${site}/admin/`);
  await page.getByRole('button', { name: 'Hyr', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Linjat e ndihmës' })).toBeVisible();
}

/**
 * The text box of one language of a `{ sq, en }` field, by the field's name. Decap labels both
 * boxes of every such field by their language alone; only the id it gives the field's wrapper
 * (from the field's name) tells which field they belong to. Only Albanian is required: Decap
 * adds «(jo e detyrueshme)» (optional) to the other languages' labels.
 */
const inLanguage = (page: Page, field: string, language: 'Shqip' | 'English (anglisht)') =>
  page
    .locator(`[id^="${field}-field-"]`)
    .getByLabel(language === 'Shqip' ? language : `${language} (${decapSq.editor.editorControl.field.optional})`, { exact: true });

/** Fills a `{ sq, en }` field in Albanian only, the one language every text needs. */
async function fillAlbanian(page: Page, field: string, sq: string): Promise<void> {
  await inLanguage(page, field, 'Shqip').fill(sq);
}

/** Fills a `{ sq, en }` field in both languages. */
async function fillBoth(page: Page, field: string, sq: string, en: string): Promise<void> {
  await inLanguage(page, field, 'Shqip').fill(sq);
  await inLanguage(page, field, 'English (anglisht)').fill(en);
}

/** Marks the entry verified today, from one source (2026, one source). */
async function verifiedFrom(page: Page, url: string): Promise<void> {
  await page.getByRole('button', { name: 'Vendos datën e sotme te lastVerified' }).click();
  await page.getByRole('button', { name: /^Shto burim/ }).click();
  await page.getByLabel('Adresa (URL)', { exact: true }).fill(url);
  await page.getByLabel('Data e burimit', { exact: true }).fill('2026');
  await choose(page, 'Sa i sigurt është', 'S1 — një burim');
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ruaj', exact: true }).click();
  await expect(page.getByText('Hyrja u ruajt', { exact: false })).toBeVisible();
}

/** Marks the saved draft ready and publishes it: the last two steps of the editorial workflow. */
async function markReadyAndPublish(page: Page): Promise<void> {
  // Decap's own workflow, in Albanian: a saved entry is a draft, and can move to review or ready.
  await page.getByRole('button', { name: 'Gjendja: Skicë', exact: true }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Skicë', 'Në shqyrtim', 'Gati']);
  await page.getByRole('menuitem', { name: 'Gati' }).click();
  // The status changes only once decap-server has answered; publishing earlier is refused
  // with an alert (seen on a fast CI machine).
  await expect(page.getByRole('button', { name: 'Gjendja: Gati', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publiko', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publiko tani' }).click();
  await expect(page.getByText('Hyrja u publikua', { exact: false })).toBeVisible();
  expect(alerts.get(page), 'Decap refused an action').toEqual([]);
}

/**
 * A file as committed on the main branch. decap-server checks drafts out in the working tree
 * while it reads them, so the tree may briefly show a draft; the branch is what is published.
 */
function readFromMain(path: string): string {
  return git('show', `main:${path}`);
}
const isOnMain = (path: string) => git('ls-tree', '--name-only', 'main', '--', path).trim() !== '';

test('/admin/ is the CMS, not indexed, under its own CSP, loading nothing from beyond 127.0.0.1', async ({ page, offsiteRequests }) => {
  const response = await page.goto(`${site}/admin/`);
  await expect(page.getByRole('button', { name: 'Hyr', exact: true })).toBeVisible();
  // A tag for search engines, not for a reader: found by its name attribute.
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  const headers = response?.headers() ?? {};
  expect(headers['x-robots-tag']).toContain('noindex');
  // Looser than the site (Decap compiles its config schema with eval, and styles inline), but only here.
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  const home = await page.request.get(`${site}/`);
  expect(home.headers()['content-security-policy']).not.toContain("'unsafe-eval'");
  expect(readFileSync(join(workdir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  expect(offsiteRequests).toEqual([]);
});

test("the editors' guide at /admin/udhezuesi/: Albanian first, then English, as private as the CMS", async ({ page }) => {
  const response = await page.goto(`${site}/admin/udhezuesi/`);
  expect(response?.headers()['x-robots-tag']).toContain('noindex');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const [albanian, english] = [page.locator('main > article').nth(0), page.locator('main > article').nth(1)];
  await expect(albanian).toHaveAttribute('lang', 'sq');
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(albanian.getByRole('heading', { level: 2 })).toHaveText([
    'Si funksionon',
    'Ndryshoni një numër pasi e keni provuar me telefon',
    'Shënoni një linjë si të pakonfirmuar',
    'Shtoni një shërbim pa adresë',
    'Shtoni një pyetje vetëkontrolli dhe kontrolloni testet e skenarëve',
    'Publikoni pas shqyrtimit nga një person i dytë',
  ]);
  await expect(english.getByRole('heading', { level: 1 })).toHaveText('Guide for editors');
  await page.getByRole('link', { name: 'Hapni CMS-në' }).click();
  // Decap is 6 MB of JavaScript: on a busy machine it takes more than the default 5 s to draw.
  await expect(page.getByRole('button', { name: 'Hyr', exact: true })).toBeVisible({ timeout: 30_000 });
  await page.goBack();
  // Not for search engines, the site search or the sitemap.
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  expect(readFileSync(join(workdir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('udhezuesi');
  expect(await findAxeViolations(page)).toEqual([]);
});

test("Decap's own interface is in Albanian, and in Decap's English at /admin/?lang=en", async ({ page }) => {
  await page.goto(`${site}/admin/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sq');
  await page.getByRole('button', { name: 'Hyr', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Koleksionet', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Linjat e ndihmës' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link')).toHaveText(['Përmbajtja', 'Rrjedha e punës']);
  await page.getByRole('link', { name: 'Rrjedha e punës' }).click();
  await expect(page.getByRole('heading', { name: 'Rrjedha e punës', level: 1 })).toBeVisible();
  for (const column of ['Skica', 'Në shqyrtim', 'Gati']) await expect(page.getByRole('heading', { name: column, level: 2, exact: true })).toBeVisible();

  // English stays one address away (the login is kept: Decap remembers it, not the language).
  await page.goto(`${site}/admin/?lang=en#/workflow`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const column of ['Drafts', 'In Review', 'Ready']) await expect(page.getByRole('heading', { name: column, level: 2, exact: true })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link')).toHaveText(['Contents', 'Workflow']);
});

test('an editor creates a hotline; it reaches content/ only when published', async ({ page }) => {
  await logIn(page);
  await page.goto(`${site}/admin/#/collections/hotlines/new`);
  await fillBoth(page, 'name', 'Linja e provës', 'Test line');
  await fillBoth(page, 'shortName', 'Prova', 'Test');
  await page.getByLabel('Numri siç lexohet', { exact: true }).fill('069 123 4567');
  await page.getByLabel('Numri për thirrje', { exact: true }).fill('+355691234567');
  await choose(page, 'Si kontaktohet', 'Thirrje');
  await fillBoth(page, 'hours', 'Çdo ditë', 'Every day');
  await choose(page, 'A funksionon', 'Konfirmuar: funksionon');
  await choose(page, 'Kostoja e thirrjes', 'Falas');
  await fillBoth(page, 'audience', 'Të gjithë', 'Everyone');
  await page.getByLabel('Ku shërben', { exact: true }).fill('national');
  await verifiedFrom(page, 'https://example.org/linja');
  // The preview draws the card as the help page does (once per language): the number is the
  // call link, and the date is written as the site writes it ("28 nëntor 2026"), though the
  // browser has no Albanian date data of its own.
  const preview = page.frameLocator('iframe');
  await expect(preview.getByRole('link', { name: '069 123 4567', exact: true }).first()).toHaveAttribute('href', 'tel:+355691234567');
  const verified = await page.getByLabel('Kontrolluar më', { exact: true }).inputValue();
  await expect(preview.getByText(`Kontrolluar më ${formatDate(verified, 'sq')}.`)).toBeVisible();
  await expect(preview.getByText(`Checked on ${formatDate(verified, 'en')}.`)).toBeVisible();

  await save(page);
  // Named from its Albanian short name: the one text every entry has.
  const file = 'content/hotlines/prova.yaml';
  expect(isOnMain(file), 'a draft is not on the main branch').toBe(false);
  expect(git('branch', '--list', 'cms/*')).toContain('cms/hotlines/prova');

  await markReadyAndPublish(page);

  const text = readFromMain(file);
  expect(validateContentFile('hotlines', file, text)).toEqual([]);
  const entry = yaml.load(text);
  expect(entry).toMatchObject({ tel: '+355691234567', number: '069 123 4567', status: 'confirmed', cost: 'free', scope: 'national', channels: ['call'] });
  expect(entry).not.toHaveProperty('answeredBy');
});

test('the preview says when the number read is not the number dialled, as soon as both are typed', async ({ page }) => {
  await logIn(page);
  await page.goto(`${site}/admin/#/collections/hotlines/new`);
  await page.getByLabel('Numri siç lexohet', { exact: true }).fill('116 117');
  await page.getByLabel('Numri për thirrje', { exact: true }).fill('+355690000000');
  const problems = page.frameLocator('iframe').locator('.cms-preview__problems');
  await expect(problems.getByRole('listitem').filter({ hasText: /^number: The number as read \(«116 117»\) and the number dialled \(\+355690000000\) are not the same digits/ })).toBeVisible();
  await page.getByLabel('Numri për thirrje', { exact: true }).fill('116117');
  await expect(problems.getByRole('listitem').filter({ hasText: /not the same digits/ })).toHaveCount(0);
});

test('the quick-exit address is a choice of the neutral front pages, one per language', async ({ page }) => {
  await logIn(page);
  await page.goto(`${site}/admin/#/collections/settings/entries/site`);
  // The only choices on this form that are named after a language.
  const [albanian, english] = [page.getByRole('combobox', { name: 'Shqip', exact: true }), page.getByRole('combobox', { name: /^English \(anglisht\)/ })];
  await expect(page.getByText(neutralExitAddresses['https://sq.wikipedia.org/'], { exact: true })).toBeVisible();
  await expect(page.getByText(neutralExitAddresses['https://en.wikipedia.org/'], { exact: true })).toBeVisible();
  await expect(albanian).toBeVisible();
  await english.click();
  await expect(page.getByRole('option')).toHaveText(Object.values(neutralExitAddresses));
});

test('an editor creates a service with a phone contact, written in Albanian only', async ({ page }) => {
  await logIn(page);
  await page.goto(`${site}/admin/#/collections/services/new`);
  await fillAlbanian(page, 'name', 'Qendra e provës');
  await choose(page, 'Llojet e ndihmës', 'Këshillim');
  await choose(page, 'Qarku', 'Korçë');
  await fillAlbanian(page, 'description', 'Jep këshilla falas.');
  await fillAlbanian(page, 'serves', 'Të gjithë');
  await page.getByRole('button', { name: /^Shto kontakt/ }).click();
  await page.getByRole('menuitem', { name: 'Telefon' }).click();
  await page.getByLabel('Numri siç lexohet', { exact: true }).fill('082 123 456');
  await page.getByLabel('Numri për thirrje', { exact: true }).fill('+35582123456');
  await verifiedFrom(page, 'https://example.org/qendra');
  await save(page);
  await markReadyAndPublish(page);

  const file = 'content/services/qendra-e-proves.yaml';
  const text = readFromMain(file);
  expect(validateContentFile('services', file, text)).toEqual([]);
  expect(yaml.load(text)).toMatchObject({ name: { sq: 'Qendra e provës' }, qark: 'korce', kinds: ['counselling'], contacts: [{ kind: 'phone', display: '082 123 456', tel: '+35582123456' }] });
  // The English texts left empty are left out, not written blank: the English page shows the Albanian.
  expect(text).not.toMatch(/^\s*en:/m);
});

test.describe('refusal', () => {
  // Decap refuses a save by rejecting a promise with nothing; the page reports it as "undefined".
  test.use({ expectedPageErrors: new RegExp(`${draftNotFound.source}|^exception: undefined$`) });

  test('the CMS refuses to save a hotline without its number, or with a number written wrong', async ({ page }) => {
    await logIn(page);
    await page.goto(`${site}/admin/#/collections/hotlines/new`);
    await fillBoth(page, 'name', 'Pa numër', 'No number');
    await page.getByRole('button', { name: 'Ruaj', exact: true }).click();
    await expect(page.getByText('Mungon një fushë e detyrueshme. Plotësojeni para se të ruani.')).toBeVisible();
    await page.getByLabel('Numri për thirrje', { exact: true }).fill('069 123');
    await page.getByRole('button', { name: 'Ruaj', exact: true }).click();
    await expect(page.getByText('Shkruani numrin si +355691234567 (pa hapësira), ose një numër të shkurtër si 112')).toBeVisible();
    expect(git('branch', '--list', 'cms/hotlines/*')).toBe('');
  });
});

test('after a rebuild the new hotline is on the help page with its tel: link, and the service on the services page (in Albanian on the English one, said so)', async ({ page }) => {
  test.setTimeout(90_000);
  git('checkout', '-q', 'main');
  buildCopy();
  await page.goto(`${site}/ndihme/`);
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Linja e provës' }) });
  await expect(card.getByRole('link', { name: '069 123 4567' })).toHaveAttribute('href', 'tel:+355691234567');
  await page.goto(`${site}/ndihme/sherbimet/`);
  const service = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Qendra e provës' }) });
  await expect(service.getByRole('link', { name: '082 123 456' })).toHaveAttribute('href', 'tel:+35582123456');
  await page.goto(`${site}/en/help/services/`);
  await expect(page.getByRole('main').getByText(uiText('en')('untranslated.parts'))).toBeVisible();
  const untranslated = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Qendra e provës' }) });
  await expect(untranslated.getByText('Jep këshilla falas.')).toHaveAttribute('lang', 'sq');
  await expect(untranslated.getByRole('link', { name: '082 123 456' })).toHaveAttribute('href', 'tel:+35582123456');
});
