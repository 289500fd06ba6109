/**
 * Search from every page: a dialog opened by the header link, Ctrl+K or "/", with Pagefind fetched only
 * once it is opened; the search page stays the route without script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtPages, newContext, offOrigin, openBrowser, siteUrl, watch } from './support/session';

const ARTICLE = '/articles/alliance-would-weaken/';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the briefing' });
const pagefindRequests = (requests: string[]) => requests.filter((url) => url.includes('/pagefind/'));

describe('search dialog', () => {
  it('opens with Ctrl+K, fetching Pagefind only then, and finds pages', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const watched = watch(page);
    await page.goto(siteUrl(ARTICLE));
    expect(pagefindRequests(watched.requests), 'nothing of search is loaded to read a page').toEqual([]);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-query');
    await page.keyboard.type('election');
    const results = dialog(page).locator('[data-search-results] a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await dialog(page).locator('[data-search-status]').innerText()).toMatch(/\d+ results? for “election”/);
    expect(pagefindRequests(watched.requests).length).toBeGreaterThan(0);
    // Escape closes it, and the page is as it was.
    await page.keyboard.press('Escape');
    // Focus leaves the field as the dialog closes, not a frame later, so the next "/" is a shortcut.
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('search-dialog-query');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(false);
    expect(page.url()).toBe(siteUrl(ARTICLE));
    // Results lead to the page they name.
    await page.keyboard.press('/');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
    const first = dialog(page).locator('[data-search-results] a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((address) => address.pathname === new URL(href!, page.url()).pathname);
    expect(watched.problems).toEqual([]);
    expect(offOrigin(watched.requests)).toEqual([]);
    await context.close();
  });

  it('opens from the header link instead of leaving the page, and closes with its button', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await page.goto(siteUrl('/timeline/'));
    await page.getByRole('link', { name: 'Search' }).tap();
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(page.url()).toBe(siteUrl('/timeline/'));
    await dialog(page).getByRole('button', { name: 'Close search' }).tap();
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(false);
    await context.close();
  });

  it('does not take "/" from a field the reader is typing in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl('/'));
    await page.locator('#theme').focus();
    await page.keyboard.press('/');
    expect(await dialog(page).count()).toBe(0);
    await context.close();
  });

  it('is the search page itself without script', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl(ARTICLE));
    await page.getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(siteUrl('/search/'));
    expect(await page.locator('h1').innerText()).toBe('Search the briefing');
    await context.close();
  });

  it('on the search page, goes to its own field', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl('/search/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    expect(await dialog(page).count()).toBe(0);
    await context.close();
  });

  it('gives addresses under the base path when the site is deployed under one', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl('/', { based: true }));
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type('election');
    const results = dialog(page).locator('[data-search-results] a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const href of await results.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    )) {
      expect(href).toMatch(/^\/briefing\//);
    }
    await context.close();
  });

  it('finds pages of every shard of the index, merged in the browser', async () => {
    // The shards the build wrote, and a page of each (by the shard its HTML names; the rest are the main index's).
    const built = (path: string) => readFileSync(join(inject('siteDir'), path, 'index.html'), 'utf8');
    const { shards } = JSON.parse(readFileSync(join(inject('siteDir'), 'pagefind/shards.json'), 'utf8')) as {
      shards: string[];
    };
    expect(shards.length).toBeGreaterThan(0);
    const pages = (await builtPages()).filter((path) => /^\/(articles|facts)\/[^/]+\/$/.test(path));
    const shardOf = (path: string) => /<[a-z]+[^>]*\sdata-search-shard="([^"]+)"/.exec(built(path))?.[1] ?? 'main';
    const pageOf = (shard: string) =>
      pages.find((path) => shardOf(path) === shard && /<h1[^>]*>[^<]+<\/h1>/.test(built(path)));
    const context = await newContext(browser);
    const page = await context.newPage();
    const watched = watch(page);
    for (const shard of ['main', ...shards]) {
      const path = pageOf(shard);
      expect(path, `a page of ${shard}`).toBeDefined();
      if (!path) continue;
      // Its title, as a reader would type it.
      const title = (/<h1[^>]*>([^<]+)<\/h1>/.exec(built(path))?.[1] ?? '').replace(/&#39;|&quot;|&amp;/g, ' ');
      await page.goto(siteUrl(`/search/?${new URLSearchParams({ q: title })}`));
      const results = page.locator('[data-search-results] a');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const found = await results.evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
      expect(found, `“${title}” finds ${path} (${shard})`).toContain(path);
    }
    expect(watched.problems).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe with results showing (${colorScheme})`, async () => {
      // bypassCSP: axe is injected as an inline script, which the pages' policy forbids.
      const context = await newContext(browser, { colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(siteUrl(ARTICLE));
      await page.keyboard.press('Control+k');
      await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
      await page.keyboard.type('alliance');
      await expect
        .poll(() => dialog(page).locator('[data-search-results] a').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      await context.close();
    });
  }
});
