/** Copy-link buttons: one per shareable target, the right address on the clipboard, visible confirmation. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, offOrigin, openBrowser, siteUrl, watch, type PageWatch } from './support/session';

const ARTICLE = '/articles/alliance-would-weaken/';
const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

describe('copy link', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watched: PageWatch;

  beforeAll(async () => {
    browser = await openBrowser();
    context = await newContext(browser, { permissions: CLIPBOARD });
    page = await context.newPage();
    watched = watch(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const button = (name: string) => page.getByRole('button', { name, exact: true });

  it('gives every kind of shareable target a named button', async () => {
    await page.goto(siteUrl('/'));
    expect(await button('Copy link to section: Key points').count()).toBe(1);
    expect(
      await page.locator('#kp-alliance-warning').getByRole('button', { name: 'Copy link to key point 1' }).count(),
    ).toBe(1);

    await page.goto(siteUrl(ARTICLE));
    // The same ¶ numbers as the citations use: [Global Leaders Insights ¶3] is p-televised-interview.
    expect(
      await page.locator('#p-televised-interview').getByRole('button', { name: 'Copy link to paragraph 3' }).count(),
    ).toBe(1);
    const blocks = await page.locator('.article-body :is(p, li)[id]').count();
    expect(await page.locator('.article-body .copy-link').count()).toBe(blocks);
    expect(await button('Copy link to section: Facts in this article').count()).toBe(1);

    await page.goto(siteUrl('/timeline/'));
    const entries = await page.locator('li.timeline__entry[id]').count();
    expect(entries).toBeGreaterThan(0);
    expect(await page.locator('li.timeline__entry[id] .copy-link').count()).toBe(entries);
    const firstTitle = (await page.locator('li.timeline__entry h2').first().innerText()).trim();
    expect(await button(`Copy link to timeline entry: ${firstTitle}`).count()).toBe(1);

    await page.goto(siteUrl('/facts/tv-remarks/'));
    const passages = await page.locator('.passage[id]').count();
    expect(passages).toBeGreaterThan(0);
    expect(await page.locator('.passage[id] .copy-link').count()).toBe(passages);
    expect(await page.getByRole('button', { name: /^Copy link to passage: .+, ¶\d+$/ }).count()).toBe(passages);

    await page.goto(siteUrl('/sources/'));
    const cards = await page.locator('.card[id]').count();
    expect(cards).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Copy link to source: .+/ }).count()).toBe(cards);
  });

  it('copies the absolute address of the paragraph and confirms it', async () => {
    await page.goto(siteUrl(ARTICLE));
    const copy = page.locator('#p-televised-interview .copy-link');
    const status = page.locator('#p-televised-interview .copy-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');

    // Keyboard: the button is reachable and visible when focused.
    await copy.focus();
    expect(await copy.evaluate((el) => getComputedStyle(el.parentElement!).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`${ARTICLE}#p-televised-interview`));
    // The confirmation goes away by itself.
    await expect.poll(() => status.innerText(), { timeout: 8000 }).toBe('');

    // Mouse: hovering the heading reveals its button.
    await page.mouse.move(0, 0);
    const sectionCopy = page.locator('.heading-wrapper[data-copy-target="facts-in-article"] .copy-link');
    expect(await sectionCopy.evaluate((el) => getComputedStyle(el.parentElement!).opacity)).toBe('0');
    await page.locator('#facts-in-article').hover();
    const opacity = () => sectionCopy.evaluate((el) => getComputedStyle(el.parentElement!).opacity);
    expect(await opacity()).toBe('1');
    // Escape hides it (it can cover text) until the pointer moves again.
    await page.keyboard.press('Escape');
    expect(await opacity()).toBe('0');
    await page.mouse.move(5, 5);
    await page.locator('#facts-in-article').hover();
    expect(await opacity()).toBe('1');
    await sectionCopy.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(siteUrl(`${ARTICLE}#facts-in-article`));
    expect(await page.locator('.heading-wrapper[data-copy-target="facts-in-article"] .copy-status').innerText()).toBe(
      'Link copied',
    );
  });

  it('leaves the address of a page without its query string or previous fragment', async () => {
    await page.goto(siteUrl('/timeline/?ref=feed#entry-tv-remarks'));
    await page.locator('#entry-tv-remarks .copy-link').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(siteUrl('/timeline/#entry-tv-remarks'));
  });

  it('adds the buttons without moving anything on the page', async () => {
    const still = await newContext(browser, { javaScriptEnabled: false });
    const plain = await still.newPage();
    const boxes = (target: Page) =>
      target.locator('main [id]:not(#link-preview)').evaluateAll((elements) =>
        elements.map((el) => {
          const { top, left, width, height } = el.getBoundingClientRect();
          return `${el.id}: ${Math.round(top + scrollY)},${Math.round(left)} ${Math.round(width)}×${Math.round(height)}`;
        }),
      );
    for (const path of ['/', ARTICLE, '/timeline/', '/facts/tv-remarks/', '/sources/']) {
      await plain.goto(siteUrl(path));
      await page.goto(siteUrl(path));
      await page.mouse.move(0, 0);
      expect(await plain.locator('.copy-link').count(), 'without JavaScript there are no buttons').toBe(0);
      expect(await page.locator('.copy-link').count()).toBeGreaterThan(0);
      expect(await boxes(page), path).toEqual(await boxes(plain));
    }
    await still.close();
  });

  it('logged no errors and requested nothing off the local server', () => {
    expect(watched.problems).toEqual([]);
    expect(offOrigin(watched.requests)).toEqual([]);
  });
});

describe('copy link on a touch screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A phone whose share sheet records what it was given, or is dismissed by the reader. */
  async function phone(
    share: 'accept' | 'dismiss',
  ): Promise<{ page: Page; watched: PageWatch; close: () => Promise<void> }> {
    const context = await newContext(browser, { phone: true, permissions: CLIPBOARD });
    await context.addInitScript((mode) => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: unknown) => {
          shared.push(data);
          if (mode === 'dismiss') throw new DOMException('Share canceled', 'AbortError');
        },
      });
    }, share);
    const page = await context.newPage();
    return { page, watched: watch(page), close: () => context.close() };
  }

  it('keeps the buttons out of sight at rest, shows one when its block is tapped, and opens the share sheet', async () => {
    const { page, watched, close } = await phone('accept');
    await page.goto(siteUrl(ARTICLE));
    const shown = () =>
      page
        .locator('.copy-tools')
        .evaluateAll((tools) => tools.filter((el) => getComputedStyle(el).opacity !== '0').length);
    expect(await page.locator('.copy-tools').count()).toBeGreaterThan(10);
    expect(await shown(), 'no button shows at rest').toBe(0);
    // Tapped on its first word (plain text in both paragraphs: "She stressed" opening another one is a link now that it
    // carries the remarks on): a tap on one of its links would follow the link instead.
    const onText = { position: { x: 4, y: 6 } };
    await page.locator('#p-lose-credibility').tap(onText);
    const copy = page.locator('#p-lose-credibility .copy-link');
    expect(await copy.evaluate((el) => getComputedStyle(el.parentElement!).opacity)).toBe('1');
    expect(await shown(), 'only the tapped block’s button').toBe(1);
    // Tapping another block moves the button there.
    await page.locator('#p-no-longer-function').tap(onText);
    expect(await page.locator('#p-no-longer-function .copy-tools').evaluate((el) => getComputedStyle(el).opacity)).toBe(
      '1',
    );
    expect(await shown()).toBe(1);
    await page.locator('#p-lose-credibility').tap(onText);
    await copy.tap();
    await expect.poll(() => page.locator('#p-lose-credibility .copy-status').innerText()).toBe('Link shared');
    const shared = await page.evaluate(() => (window as unknown as { __shared: Array<{ url: string }> }).__shared);
    expect(shared.map((data) => data.url)).toEqual([siteUrl(`${ARTICLE}#p-lose-credibility`)]);
    expect(watched.problems).toEqual([]);
    await close();
  });

  it('copies instead when the share sheet is dismissed', async () => {
    const { page, watched, close } = await phone('dismiss');
    await page.goto(siteUrl('/'));
    await page.locator('#kp-election').tap({ position: { x: 4, y: 6 } });
    await page.locator('#kp-election .copy-link').tap();
    await expect.poll(() => page.locator('#kp-election .copy-status').innerText()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl('/#kp-election'));
    expect(watched.problems).toEqual([]);
    await close();
  });
});

describe('copy link without the Clipboard API', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function withoutClipboard(selectionCopies: boolean): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await newContext(browser);
    await context.addInitScript((copies) => {
      // As on a plain-http origin: no navigator.clipboard.
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
      const selected: string[] = [];
      Object.assign(window, { __selected: selected });
      // execCommand('copy') copies the selection: record it, and answer as a browser that can (or cannot) copy.
      Object.defineProperty(document, 'execCommand', {
        configurable: true,
        value: (command: string) => {
          const field = document.activeElement as HTMLInputElement | null;
          if (command === 'copy' && field?.value)
            selected.push(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0));
          return copies;
        },
      });
    }, selectionCopies);
    const page = await context.newPage();
    return { page, close: () => context.close() };
  }

  it('copies the selected address from a text field', async () => {
    const { page, close } = await withoutClipboard(true);
    await page.goto(siteUrl(ARTICLE));
    const copy = page.locator('#p-no-longer-function .copy-link');
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#p-no-longer-function .copy-status').innerText()).toBe('Link copied');
    expect(await page.evaluate(() => (window as unknown as { __selected: string[] }).__selected)).toEqual([
      siteUrl(`${ARTICLE}#p-no-longer-function`),
    ]);
    // Focus comes back to the button.
    expect(await copy.evaluate((el) => el === document.activeElement)).toBe(true);
    await close();
  });

  it('puts the address in the address bar when nothing can copy', async () => {
    const { page, close } = await withoutClipboard(false);
    await page.goto(siteUrl(ARTICLE));
    await page.locator('#p-no-longer-function .copy-link').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#p-no-longer-function .copy-status').innerText())
      .toBe('Link is in the address bar');
    expect(page.url()).toBe(siteUrl(`${ARTICLE}#p-no-longer-function`));
    await close();
  });
});
