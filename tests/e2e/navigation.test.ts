/** A reader moves between every kind of page through the site navigation and the links on each page. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, offOrigin, openBrowser, siteUrl, watch, type PageWatch } from './support/session';

describe('navigation', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watched: PageWatch;

  beforeAll(async () => {
    browser = await openBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    watched = watch(page, ['/no-such-page/']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const h1 = () => page.locator('h1').innerText();
  const current = () => page.locator('.site-nav a[aria-current="page"]').innerText();
  const nav = (label: string) =>
    page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: label, exact: true });

  it('reaches every page type from the snapshot and back', async () => {
    await page.goto(siteUrl('/'));
    expect(await current()).toBe('Snapshot');

    await nav('Timeline').click();
    await page.waitForURL(siteUrl('/timeline/'));
    expect(await h1()).toBe('Every dated fact, in order');
    expect(await current()).toBe('Timeline');

    await nav('Facts').click();
    await page.waitForURL(siteUrl('/facts/'));
    expect(await h1()).toBe('What the sources state');
    expect(await current()).toBe('Facts');

    // A fact page, from the first fact in the list.
    const firstFact = page.locator('main .plain-list a').first();
    const factTitle = await firstFact.innerText();
    await firstFact.click();
    await page.waitForURL(/\/facts\/[^/]+\/$/);
    expect(await h1()).toBe(factTitle);
    expect(await current()).toBe('Facts');

    await nav('Sources').click();
    await page.waitForURL(siteUrl('/sources/'));
    expect(await h1()).toBe('The sources and what they cite');

    // An article page, from its line on the sources page.
    const article = page.locator('main .source-rows li > a').first();
    const headline = await article.innerText();
    await article.click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    expect(await h1()).toBe(headline);

    await nav('Snapshot').click();
    await page.waitForURL(siteUrl('/'));
    expect(await current()).toBe('Snapshot');

    // The site name also leads home.
    await nav('Facts').click();
    await page.waitForURL(siteUrl('/facts/'));
    await page.locator('.site-name').click();
    await page.waitForURL(siteUrl('/'));
  });

  it('answers a missing address with the 404 page and its way back', async () => {
    const response = await page.goto(siteUrl('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await h1()).toBe('This page is not part of the briefing');
    await page.getByRole('link', { name: 'The timeline' }).click();
    await page.waitForURL(siteUrl('/timeline/'));
  });

  it('logged no errors and requested nothing off the local server', () => {
    expect(watched.problems).toEqual([]);
    expect(offOrigin(watched.requests)).toEqual([]);
  });
});
