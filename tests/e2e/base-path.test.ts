/** The site deployed under a base path (`/briefing/`): navigation, copy links and previews stay inside it. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH } from './support/base-path';
import { newContext, offOrigin, openBrowser, siteUrl, watch, type PageWatch } from './support/session';

const at = (path: string) => siteUrl(path, { based: true });

describe(`deployed under ${BASE_PATH}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watched: PageWatch;

  beforeAll(async () => {
    browser = await openBrowser();
    context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    watched = watch(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('navigates between the sections without leaving the base path', async () => {
    await page.goto(at('/'));
    expect(new URL(page.url()).pathname).toBe(BASE_PATH);
    for (const [label, path] of [
      ['Timeline', '/timeline/'],
      ['Facts', '/facts/'],
      ['Sources', '/sources/'],
      ['Snapshot', '/'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL(at(path));
    }
  });

  it('copies addresses that include the base path', async () => {
    await page.goto(at('/articles/alliance-would-weaken/'));
    await page.locator('#p-general-election .copy-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#p-general-election .copy-status').innerText()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      at('/articles/alliance-would-weaken/#p-general-election'),
    );
  });

  it('previews citations from pages under the base path', async () => {
    await page.goto(at('/'));
    await page.keyboard.press('Shift');
    await page.locator('a.cite').first().focus();
    await expect.poll(() => page.locator('#link-preview').isVisible()).toBe(true);
    expect((await page.locator('#link-preview .preview__text').innerText()).length).toBeGreaterThan(20);
    const fetched = watched.requests.filter((url) => new URL(url).pathname.startsWith(`${BASE_PATH}articles/`));
    expect(fetched.length).toBeGreaterThan(0);
  });

  it('requested only addresses under the base path, with no errors', () => {
    expect(watched.problems).toEqual([]);
    expect(offOrigin(watched.requests)).toEqual([]);
    expect(watched.requests.filter((url) => !new URL(url).pathname.startsWith(BASE_PATH))).toEqual([]);
  });
});
