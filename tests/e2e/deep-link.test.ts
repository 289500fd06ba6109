/** A shared link to a paragraph lands on it: in view, clear of the sticky header, and highlighted. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openBrowser, settled, siteUrl, watch } from './support/session';

const TARGET = 'p-general-election';
const DEEP_LINK = `/articles/alliance-would-weaken/#${TARGET}`;

describe('deep links', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const device of [
    { name: 'desktop', phone: false },
    { name: 'phone', phone: true },
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`lands on the paragraph below the header (${device.name}, ${colorScheme})`, async () => {
        const context = await newContext(browser, { phone: device.phone, colorScheme });
        const page = await context.newPage();
        const watched = watch(page);
        await page.goto(siteUrl(DEEP_LINK));
        await settled(page, `#${TARGET}`);

        const geometry = await page.evaluate((id) => {
          const target = document.getElementById(id)!;
          const header = document.querySelector('.site-header')!;
          const box = target.getBoundingClientRect();
          const style = getComputedStyle(target);
          const probe = document.createElement('span');
          probe.style.color = 'var(--mark)';
          document.body.append(probe);
          const mark = getComputedStyle(probe).color;
          probe.remove();
          return {
            top: box.top,
            bottom: box.bottom,
            headerBottom: header.getBoundingClientRect().bottom,
            viewport: innerHeight,
            isTarget: target.matches(':target'),
            background: style.backgroundColor,
            mark,
          };
        }, TARGET);

        expect(geometry.isTarget).toBe(true);
        expect(geometry.background, ':target highlight').toBe(geometry.mark);
        expect(
          geometry.top,
          `target top ${geometry.top} must be below the header bottom ${geometry.headerBottom}`,
        ).toBeGreaterThanOrEqual(geometry.headerBottom);
        expect(geometry.top).toBeLessThan(geometry.viewport);
        expect(watched.problems).toEqual([]);
        await context.close();
      });
    }
  }
});
