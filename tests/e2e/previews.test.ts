/** Link previews: the cited paragraph or the fact's summary, on hover and keyboard focus (WCAG 1.4.13). */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, offOrigin, openBrowser, siteUrl, watch, type PageWatch } from './support/session';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('link previews', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reader: Page;
  let watched: PageWatch;

  beforeAll(async () => {
    browser = await openBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    // A separate context: a second tab in the same window would put `page` in the background, where
    // Chromium throttles its timers and animation frames.
    reader = await (await newContext(browser)).newPage();
    watched = watch(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const tip = () => page.locator('#link-preview');
  /** What the linked page itself says, read in a second tab. */
  async function textOf(path: string, selector: string): Promise<string> {
    await reader.goto(siteUrl(path));
    return normalise(await reader.locator(selector).evaluate((el) => el.textContent ?? ''));
  }
  /** Keyboard focus, as after Tab (a key press first, so the focus counts as keyboard focus). */
  async function keyboardFocus(link: Locator): Promise<void> {
    await page.keyboard.press('Shift');
    await link.focus();
  }

  it('shows the cited paragraph when a citation gets keyboard focus, and Escape closes it', async () => {
    await page.goto(siteUrl('/'));
    const cite = page.locator('#kp-election a.cite').first();
    const ref = (await cite.getAttribute('data-preview-ref'))!;
    const [articleId, blockId] = ref.split('#');
    const expected = await textOf(`/articles/${articleId}/`, `#${blockId}`);

    await keyboardFocus(cite);
    await expect.poll(() => tip().isVisible()).toBe(true);
    expect(await tip().getAttribute('role')).toBe('tooltip');
    expect(await cite.getAttribute('aria-describedby')).toBe('link-preview');
    expect(expected.startsWith(normalise(await tip().locator('.preview__text').innerText()).replace(/…$/, ''))).toBe(
      true,
    );
    expect(normalise(await tip().locator('.preview__title').innerText())).toBe(
      await textOf(`/articles/${articleId}/`, 'h1'),
    );

    await page.keyboard.press('Escape');
    expect(await tip().isVisible()).toBe(false);
    expect(await cite.getAttribute('aria-describedby')).toBeNull();
    // Focus stays where the reader left it: the preview never takes it.
    expect(await cite.evaluate((el) => el === document.activeElement)).toBe(true);

    // Tab moves on; the next citation gets its own preview.
    await page.keyboard.press('Tab');
    const next = page.locator(':focus');
    expect(await next.getAttribute('data-preview-ref')).toBe('alliance-would-weaken#p-general-election');
    await expect.poll(() => tip().isVisible()).toBe(true);
    expect(await next.getAttribute('aria-describedby')).toBe('link-preview');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
  });

  it('shows a preview on hover after a short delay, keeps it while hovered, hides it on leaving', async () => {
    await page.goto(siteUrl('/'));
    await page.mouse.move(1, 1);
    const cite = page.locator('a.cite').first();
    await cite.hover();
    // Delayed, so passing the pointer over a link does not flash a preview.
    expect(await tip().isVisible()).toBe(false);
    await expect.poll(() => tip().isVisible()).toBe(true);

    // Hoverable: the pointer can move onto the preview (e.g. to read or select it).
    const box = (await tip().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await tip().isVisible()).toBe(true);

    // Dismissible while hovered; it stays dismissed while the pointer stays.
    await page.keyboard.press('Escape');
    expect(await tip().isVisible()).toBe(false);
    await page.waitForTimeout(500);
    expect(await tip().isVisible()).toBe(false);

    // Leaving both the link and the preview hides it.
    await cite.hover();
    await expect.poll(() => tip().isVisible()).toBe(true);
    await page.mouse.move(1, 1, { steps: 3 });
    await expect.poll(() => tip().isVisible()).toBe(false);
  });

  it("shows a fact's title and summary for a fact mention", async () => {
    await page.goto(siteUrl('/articles/alliance-would-weaken/'));
    const mention = page.locator('a.fact-mention[data-fact="sdf-legal-limits"]').first();
    await mention.hover();
    await expect.poll(() => tip().isVisible()).toBe(true);
    expect(normalise(await tip().locator('.preview__title').innerText())).toBe(
      await textOf('/facts/sdf-legal-limits/', 'h1'),
    );
    const summary = await textOf('/facts/sdf-legal-limits/', '#summary');
    expect(summary.startsWith(normalise(await tip().locator('.preview__text').innerText()).replace(/…$/, ''))).toBe(
      true,
    );
    await page.mouse.move(1, 1);
  });

  it('previews the paragraph behind a passage link on a fact page', async () => {
    await page.goto(siteUrl('/facts/tv-remarks/'));
    const link = page.locator('.passage footer a[data-preview-ref]').first();
    const ref = (await link.getAttribute('data-preview-ref'))!;
    const [articleId, blockId] = ref.split('#');
    await keyboardFocus(link);
    await expect.poll(() => tip().isVisible()).toBe(true);
    const expected = await textOf(`/articles/${articleId}/`, `#${blockId}`);
    expect(expected.startsWith(normalise(await tip().locator('.preview__text').innerText()).replace(/…$/, ''))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
  });

  it('fetches each linked page once, from the same origin', async () => {
    await page.goto(siteUrl('/'));
    const before = watched.requests.length;
    const cites = page.locator('a.cite[href*="/articles/alliance-would-weaken/"]');
    for (let i = 0; i < 3; i++) {
      await keyboardFocus(cites.nth(i));
      await expect.poll(() => tip().isVisible()).toBe(true);
    }
    const fetched = watched.requests
      .slice(before)
      .filter((url) => new URL(url).pathname === '/articles/alliance-would-weaken/');
    expect(fetched).toHaveLength(1);
  });

  it('logged no errors and requested nothing off the local server', () => {
    expect(watched.problems).toEqual([]);
    expect(offOrigin(watched.requests)).toEqual([]);
  });
});
