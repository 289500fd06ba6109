/** Shared pieces of the e2e suites: the served site's addresses, the shared browser, page watchers. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { connectChromium } from '../../support/chromium';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Address of a site-relative path on the site served at the root (or under the base path). */
export function siteUrl(path = '/', { based = false }: { based?: boolean } = {}): string {
  return new URL(path.replace(/^\//, ''), inject(based ? 'baseSiteUrl' : 'siteUrl')).href;
}

export function openBrowser(): Promise<Browser> {
  return connectChromium(inject('wsEndpoint'));
}

/** A context per device: a phone is a touch screen (no hover, coarse pointer), like the real thing. */
export function newContext(
  browser: Browser,
  options: BrowserContextOptions & { phone?: boolean } = {},
): Promise<BrowserContext> {
  const { phone, ...rest } = options;
  return browser.newContext({
    viewport: phone ? PHONE : DESKTOP,
    ...(phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
    ...rest,
  });
}

/** Every built page as a site-relative path: each `index.html` as its directory, plus `/404.html`. */
export async function builtPages(): Promise<string[]> {
  const dir = inject('siteDir');
  const files = (await readdir(dir, { recursive: true })).map(String);
  const pages = files
    .filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
    .map((file) => `/${relative(dir, join(dir, file)).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'));
  if (files.includes('404.html')) pages.push('/404.html');
  return pages.sort();
}

export interface PageWatch {
  /** Console errors, uncaught exceptions and failed loads, each with the page it happened on. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * Records what must never happen on the site. `expectedMissing` lists paths that may answer 404 (a
 * deliberate visit to a missing page logs a console error for the document itself).
 */
export function watch(page: Page, expectedMissing: string[] = []): PageWatch {
  const result: PageWatch = { problems: [], requests: [] };
  const missingAllowed = (url: string) => expectedMissing.some((path) => new URL(url).pathname === path);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (/status of 404/.test(message.text()) && missingAllowed(where || page.url())) return;
    result.problems.push(`console error on ${page.url()}: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => result.problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('request', (request) => result.requests.push(request.url()));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Leaving a page cancels its pending loads (the favicon, typically): not a failure of the site.
    if (reason === 'net::ERR_ABORTED') return;
    result.problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !missingAllowed(response.url())) {
      result.problems.push(`HTTP ${response.status()} for ${response.url()} (on ${page.url()})`);
    }
  });
  return result;
}

/** Requests that went anywhere but the local test server. */
export function offOrigin(requests: string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return hostname !== '127.0.0.1';
  });
}

/** Waits until an element's box has stopped moving for a few samples (smooth scrolling, late layout). */
export async function settled(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) =>
      new Promise<boolean>((resolve) => {
        const top = () => document.querySelector(sel)?.getBoundingClientRect().top;
        const samples: Array<number | undefined> = [];
        const timer = setInterval(() => {
          samples.push(top());
          if (samples.length < 4) return;
          clearInterval(timer);
          resolve(samples[0] !== undefined && samples.every((value) => value === samples[0]));
        }, 100);
      }),
    selector,
    { polling: 50 },
  );
}
