/**
 * Every built page (each `index.html` and the 404 page), on a 390 px phone and a 1280 px desktop, in
 * light and dark colour schemes, with the enhancements running: axe-core finds no WCAG 2.2 A/AA
 * violations, nothing is logged as an error, and nothing is requested from anywhere but the site.
 * The four setups of a page are checked side by side, one tab each, to use both CPU cores.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtPages, newContext, offOrigin, openBrowser, siteUrl, watch, type PageWatch } from './support/session';

const pages = await builtPages();
const SETUPS = [
  { name: 'phone 390 px, light', phone: true, colorScheme: 'light' },
  { name: 'desktop 1280 px, light', phone: false, colorScheme: 'light' },
  { name: 'phone 390 px, dark', phone: true, colorScheme: 'dark' },
  { name: 'desktop 1280 px, dark', phone: false, colorScheme: 'dark' },
] as const;

interface Tab {
  name: string;
  page: Page;
  watched: PageWatch;
}

describe('every built page', () => {
  let browser: Browser;
  let tabs: Tab[];

  beforeAll(async () => {
    browser = await openBrowser();
    tabs = await Promise.all(
      SETUPS.map(async ({ name, phone, colorScheme }) => {
        // bypassCSP: the pages' Content-Security-Policy forbids inline scripts, and axe is injected as one.
        const context = await newContext(browser, { phone, colorScheme, reducedMotion: 'reduce', bypassCSP: true });
        const page = await context.newPage();
        return { name, page, watched: watch(page) };
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('were all found', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s: accessible, error-free and self-contained', async (path) => {
    const findings = await Promise.all(
      tabs.map(async ({ name, page, watched }) => {
        const problems = watched.problems.length;
        const requests = watched.requests.length;
        const response = await page.goto(siteUrl(path));
        const violations = await axeViolations(page);
        return [
          ...(response?.status() === 200 ? [] : [`HTTP ${response?.status()} for the page itself`]),
          ...violations.map((violation) => `axe ${violation}`),
          ...watched.problems.slice(problems),
          ...offOrigin(watched.requests.slice(requests)).map((url) => `request off the site: ${url}`),
        ].map((finding) => `[${name}] ${finding}`);
      }),
    );
    const found = findings.flat();
    expect(found, `${path}: ${found.length} problem(s):\n${found.join('\n')}`).toEqual([]);
  });
});
