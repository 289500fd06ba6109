/**
 * Reading the briefing: the text on the first screen, contents that work without script, previous and
 * next between sources, one column edge, and a colour theme that persists without a flash.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DESKTOP, newContext, openBrowser, PHONE, siteUrl } from './support/session';

const pages = await builtPages();
const articles = pages.filter((path) => /^\/articles\/[^/]+\/$/.test(path));
const SCREENS = [
  { name: 'phone 390 × 844', phone: true, viewport: PHONE },
  { name: 'desktop 1280 × 800', phone: false, viewport: DESKTOP },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The top of the first paragraph of the article's own text, relative to the window. */
const firstParagraphTop = (page: Page) =>
  page
    .locator('.article-body p')
    .first()
    .evaluate((p) => p.getBoundingClientRect().top);

describe('the first screen', () => {
  it('finds the articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(2);
  });

  for (const screen of SCREENS) {
    for (const javaScriptEnabled of [true, false]) {
      it(`shows the start of every article's text on the first screen (${screen.name}, script ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
        const context = await newContext(browser, { phone: screen.phone, javaScriptEnabled });
        const page = await context.newPage();
        for (const path of articles) {
          await page.goto(siteUrl(path));
          // At least its first line: the paragraph starts a line's height above the bottom edge.
          expect(await firstParagraphTop(page), path).toBeLessThan(screen.viewport.height - 30);
        }
        await context.close();
      });
    }

    it(`starts the title and the text at the same x, as the site name (${screen.name})`, async () => {
      const context = await newContext(browser, { phone: screen.phone });
      const page = await context.newPage();
      for (const path of ['/', articles[0]!, '/facts/', '/facts/tv-remarks/', '/timeline/', '/sources/', '/about/']) {
        await page.goto(siteUrl(path));
        const left = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((el) => Math.round(el.getBoundingClientRect().left));
        const name = await left('.site-name');
        expect(await left('h1'), `${path}: title`).toBe(name);
        expect(await left('main :is(.article-body, .prose, .timeline)'), `${path}: text`).toBe(name);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: no sideways scrolling`).toBe(
          screen.viewport.width,
        );
      }
      await context.close();
    });
  }

  it('condenses the source details to one line above the text, all of them behind the disclosure', async () => {
    const context = await newContext(browser, { phone: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl(articles[0]!));
    const details = page.locator('.source-details');
    expect(await details.locator('.meta-row').first().isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('.meta-row').count()).toBeGreaterThanOrEqual(7);
    expect(await details.locator('.meta-row').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('contents', () => {
  it('lead to their sections without script, on a phone (a disclosure) and on a desktop (beside the text)', async () => {
    const path = '/articles/alliance-collapse-warning/';
    for (const phone of [true, false]) {
      const context = await newContext(browser, { phone, javaScriptEnabled: false, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(siteUrl(path));
      const toc = page.getByRole('navigation', { name: 'On this page' });
      if (phone) await toc.locator('summary').click();
      const links = toc.locator('a:visible');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
        await link.click();
        await page.waitForURL(siteUrl(`${path}#${encodeURIComponent(id)}`));
        const top = await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
        expect(top, `#${id} is in view`).toBeGreaterThanOrEqual(0);
        expect(top, `#${id} is in view`).toBeLessThan((phone ? PHONE.height : DESKTOP.height) - 50);
        if (phone) {
          await page.goto(siteUrl(path));
          await toc.locator('summary').click();
        }
      }
      await context.close();
    }
  });

  it('mark the section being read, with script', async () => {
    const context = await newContext(browser, { reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(siteUrl('/articles/alliance-collapse-warning/#beijings-economic-retaliation'));
    await expect
      .poll(() => page.locator('.toc__full a[aria-current="true"]').getAttribute('href'))
      .toBe('#beijings-economic-retaliation');
    await context.close();
  });
});

describe('between sources', () => {
  it('goes to the next source and back with the previous/next links', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl(articles[0]!));
    const pager = page.getByRole('navigation', { name: 'Previous and next source' });
    const start = page.url();
    const forward = pager.locator('a[rel="next"], a[rel="prev"]').first();
    const rel = await forward.getAttribute('rel');
    await forward.click();
    await page.waitForURL((address) => address.href !== start);
    const back = page
      .getByRole('navigation', { name: 'Previous and next source' })
      .locator(`a[rel="${rel === 'next' ? 'prev' : 'next'}"]`);
    await back.click();
    await page.waitForURL(start);
    // Beside the neighbours, the way to every source.
    const allSources = page.getByRole('link', { name: 'All sources in order of publication, with what each states' });
    expect(await allSources.count()).toBe(1);
    await context.close();
  });
});

describe('colour theme', () => {
  /** The page's background once the main content exists: what the first paint of the text shows. */
  const backgroundAtMain = () =>
    new Promise<string>((resolve) => {
      const seen = () => {
        const main = document.querySelector('main');
        if (!main) return false;
        resolve(getComputedStyle(document.documentElement).backgroundColor);
        return true;
      };
      if (!seen())
        new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, {
          childList: true,
          subtree: true,
        });
    });
  const LIGHT = 'rgb(253, 252, 249)';
  const DARK = 'rgb(20, 20, 22)';

  it('follows the system by default', async () => {
    for (const [colorScheme, expected] of [
      ['light', LIGHT],
      ['dark', DARK],
    ] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      await page.goto(siteUrl('/'));
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(expected);
      expect(await page.locator('#theme').inputValue()).toBe('auto');
      await context.close();
    }
  });

  it('switches without script, on the page where it is chosen', async () => {
    const context = await newContext(browser, { colorScheme: 'light', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('/timeline/'));
    await page.locator('#theme').selectOption('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK);
    await context.close();
  });

  it('keeps the choice on every page it opens next, already in force before the text is parsed', async () => {
    const context = await newContext(browser, { colorScheme: 'light' });
    // Recorded on every page load, from the document's very start.
    await context.addInitScript(`window.__backgroundAtMain = (${backgroundAtMain.toString()})();`);
    const page = await context.newPage();
    await page.goto(siteUrl('/'));
    await page.locator('#theme').selectOption('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK);
    for (const path of ['/timeline/', articles[0]!, '/facts/tv-remarks/', '/about/']) {
      await page.goto(siteUrl(path));
      expect(
        await page.evaluate(() => (window as unknown as { __backgroundAtMain: Promise<string> }).__backgroundAtMain),
        `${path}: no flash of the light theme`,
      ).toBe(DARK);
      expect(await page.locator('#theme').inputValue()).toBe('dark');
    }
    // Back to the system's choice.
    await page.locator('#theme').selectOption('auto');
    await page.goto(siteUrl('/sources/'));
    expect(
      await page.evaluate(() => (window as unknown as { __backgroundAtMain: Promise<string> }).__backgroundAtMain),
    ).toBe(LIGHT);
    await context.close();
  });
});
