/**
 * The ids an article page's scripts add (the link preview, the search dialog and its results) are on
 * the list of the page's own ids, which no paragraph may take; the build test in
 * tests/build/site.test.ts checks the ids the built page already has.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_IDS } from '../../src/model/page-ids';
import { newContext, openBrowser, siteUrl, watch } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an article page with its scripts running', () => {
  it('has no id outside the article body that is not on the list of the page’s own ids', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const watched = watch(page);
    await page.goto(siteUrl('/articles/alliance-would-weaken/'));

    // A link preview, by keyboard focus (a key press first, so the focus counts as keyboard focus).
    await page.keyboard.press('Shift');
    await page.locator('a[data-preview-ref]').first().focus();
    await expect.poll(() => page.locator('#link-preview').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');

    // The search dialog, with results showing.
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the briefing' });
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type('alliance');
    await expect.poll(() => dialog.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const own = await page.evaluate(() =>
      [...document.querySelectorAll('[id]')]
        .filter((element) => !element.closest('.article-body'))
        .map((element) => element.id),
    );
    expect(own).toEqual(expect.arrayContaining(['main', 'link-preview', 'search-dialog-title', 'search-dialog-query']));
    expect(own.filter((id) => !ARTICLE_PAGE_IDS.has(id))).toEqual([]);
    expect(watched.problems).toEqual([]);
    await context.close();
  });
});
