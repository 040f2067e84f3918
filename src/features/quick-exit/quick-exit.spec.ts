import { expect, stubQuickExitSite, test } from '../../../tests/support/fixtures.ts';
import { getPath, type Locale, settings, uiText } from '../../../tests/support/site.ts';
import { quickExitEvent } from './quick-exit-event.ts';

// After each test: nothing left 127.0.0.1 (the neutral site is stubbed); no console error,
// exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** Where the exit leads from a page in a language. */
/** Where the exit goes in a language: its own address, or the Albanian one until it has one. */
const neutral = (locale: Locale) => new URL(settings.quickExitUrl[locale] ?? settings.quickExitUrl.sq).href;
const exitName = (locale: Locale) => uiText(locale)('quickExit.label');

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    await stubQuickExitSite(page);
  });

  test('the button leaves for the neutral site, and Back does not return to the page', async ({ page }) => {
    await page.goto(getPath('home', 'sq'));
    await page.goto(getPath('privacy', 'sq'));
    await page.getByRole('link', { name: exitName('sq') }).click();
    await expect(page).toHaveURL(neutral('sq'));
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toBe(getPath('privacy', 'sq'));
  });

  test('Shift pressed three times within a second does the same, in English too', async ({ page }) => {
    await page.goto(getPath('home', 'en'));
    await page.goto(getPath('help', 'en'));
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(neutral('en'));
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toBe(getPath('help', 'en'));
  });

  test('Shift pressed twice does nothing', async ({ page }) => {
    await page.goto(getPath('help', 'sq'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`${getPath('help', 'sq')}$`));
  });

  test('the page is hidden at once, before the neutral site arrives', async ({ page }) => {
    // The page reports its own state at the moment of exit: once the navigation starts,
    // Playwright can no longer evaluate in the old page.
    const reported = new Promise<unknown>((resolve) => void page.exposeFunction('reportExitState', resolve));
    await page.goto(getPath('help', 'sq'));
    await page.evaluate((name) => {
      window.addEventListener(name, () => {
        const report = (window as unknown as { reportExitState: (state: unknown) => void }).reportExitState;
        // visibility: hidden also takes the content out of the accessibility tree.
        report({ visibility: getComputedStyle(document.querySelector('main')!).visibility, title: document.title });
      });
    }, quickExitEvent);
    await page.getByRole('link', { name: exitName('sq') }).click();
    expect(await reported).toEqual({ visibility: 'hidden', title: '' });
    await expect(page).toHaveURL(neutral('sq'));
  });
});

test.describe('quick exit by Shift, as GOV.UK does it', () => {
  test.beforeEach(async ({ page }) => {
    await stubQuickExitSite(page);
  });

  test('typing capital letters (Shift as a modifier), many times, never exits', async ({ page }) => {
    await page.goto(getPath('search', 'sq'));
    const box = page.getByRole('searchbox');
    await box.focus();
    for (const letter of 'PASAPORTA') {
      await page.keyboard.down('Shift');
      await page.keyboard.press(`Key${letter}`);
      await page.keyboard.up('Shift');
    }
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`${getPath('search', 'sq')}$`));
    await expect(box).toHaveValue('PASAPORTA');
  });

  test('another key between presses starts the count again', async ({ page }) => {
    await page.goto(getPath('help', 'sq'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`${getPath('help', 'sq')}$`));
  });

  test('a screen reader hears how many presses are left', async ({ page }) => {
    const en = uiText('en');
    await page.goto(getPath('help', 'en'));
    // The help page has one status line, the quick exit's (a second one would fail here).
    const status = page.getByRole('status');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(en('quickExit.pressTwoMore'));
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(en('quickExit.pressOneMore'));
    // The count lapses after a second; so does the message.
    await expect(status).toHaveText('', { timeout: 3000 });
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a plain link to the neutral site that sends no referrer', async ({ page }) => {
    await stubQuickExitSite(page);
    await page.goto(getPath('privacy', 'sq'));
    const exit = page.getByRole('link', { name: exitName('sq') });
    await expect(exit).toHaveAttribute('href', settings.quickExitUrl.sq);
    const rel = (await exit.getAttribute('rel')) ?? '';
    expect(rel.split(' ')).toEqual(expect.arrayContaining(['nofollow', 'noreferrer']));
    await exit.click();
    await expect(page).toHaveURL(neutral('sq'));
  });
});
