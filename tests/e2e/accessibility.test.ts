/**
 * axe-core on the enhancements in use: an open preview, a focused copy-link button and its confirmation,
 * in light and dark schemes (the page sweep in every-page.test.ts sees them only at rest).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { newContext, openBrowser, siteUrl } from './support/session';

describe('accessibility of the enhancements in use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const phone of [false, true]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`an open preview and a used copy-link button pass (${phone ? 'phone' : 'desktop'}, ${colorScheme})`, async () => {
        // bypassCSP: the pages' Content-Security-Policy forbids inline scripts, and axe is injected as one.
        const context = await newContext(browser, {
          phone,
          colorScheme,
          bypassCSP: true,
          permissions: ['clipboard-read', 'clipboard-write'],
        });
        const page = await context.newPage();
        await page.goto(siteUrl('/'));
        await page.locator('#kp-election .copy-link').focus();
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.locator('#kp-election .copy-status').innerText())
          .toMatch(/^Link (copied|shared)$/);
        if (!phone) {
          await page.keyboard.press('Shift');
          await page.locator('#kp-election a.cite').first().focus();
          await expect.poll(() => page.locator('#link-preview').isVisible()).toBe(true);
          // Copy buttons float over the text above them: hover one so it shows, as a reader would see it.
          await page.locator('#kp-proximity').hover();
        }
        const violations = await axeViolations(page);
        expect(violations, `${violations.length} axe violation(s):\n${violations.join('\n')}`).toEqual([]);
        await context.close();
      });
    }
  }
});
