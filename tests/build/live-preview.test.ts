import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { projectRoot } from '../support/content-copy';
import { buildEnvironment, copyProject } from '../support/project-copy';

/**
 * `astro dev` tells the truth while an editor works: a changed recognition rule shows on the next
 * request without a restart, and an invalid file shows its problems in the browser (a page of them,
 * status 500, readable without script), never the old page with 200.
 */
const NODE = existsSync(join(projectRoot, 'node_modules/.bin/node'))
  ? join(projectRoot, 'node_modules/.bin/node')
  : process.execPath;
const ARTICLE_PAGE = '/articles/alliance-would-weaken/';
const FACT = 'content/facts/security-treaty-1960.yaml';

let project: ReturnType<typeof copyProject>;
let server: ChildProcess;
let output = '';
let origin = '';
let browser: Browser;

/** Resolves when the dev server's output (from `from` on) matches, or fails after `ms` with what it printed. */
async function printed(pattern: RegExp, from: number, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(output.slice(from))) {
    if (Date.now() > deadline)
      throw new Error(`astro dev did not print ${pattern} within ${ms} ms; it printed:\n${output.slice(from)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  project = copyProject();
  server = spawn(
    NODE,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: project.root,
      env: { ...buildEnvironment(), BRIEFING_CACHE_DIR: project.path('.astro-cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  server.stdout?.on('data', (chunk) => (output += String(chunk)));
  server.stderr?.on('data', (chunk) => (output += String(chunk)));
  await printed(/Local\s+http:\/\/127\.0\.0\.1:\d+\//, 0);
  origin = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1] ?? '';
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  project?.remove();
});

describe('astro dev', () => {
  it('shows an edited fact on its own page on the next request', async () => {
    expect(await (await fetch(`${origin}/facts/security-treaty-1960/`)).text()).not.toContain('An editor rewrote this');
    const mark = output.length;
    project.edit(FACT, (text) =>
      text.replace(/^ {2}One source notes that/m, '  An editor rewrote this: one source notes that'),
    );
    await printed(/content check: \d+ articles/, mark);
    const response = await fetch(`${origin}/facts/security-treaty-1960/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('An editor rewrote this: one source notes that');
  });

  it('applies a new recognition rule on the next request after the edit, without a restart', async () => {
    const before = await (await fetch(`${origin}${ARTICLE_PAGE}`)).text();
    expect(before).toContain('coordinated action with Washington');
    expect(before).not.toContain('data-fact="security-treaty-1960"');

    const mark = output.length;
    project.edit(FACT, (text) =>
      text
        .replace(/^ {2}words:\n/m, '  words:\n    coordination: [coordinated action with Washington]\n')
        .replace(/^ {2}match:\n/m, '  match:\n    - coordination\n'),
    );
    await printed(/content check: \d+ articles \(\d+ rendered/, mark);

    const response = await fetch(`${origin}${ARTICLE_PAGE}`);
    expect(response.status).toBe(200);
    const after = await response.text();
    expect(after).toMatch(
      /<a href="\/facts\/security-treaty-1960\/" class="fact-mention" data-fact="security-treaty-1960">coordinated action with Washington<\/a>/,
    );
  });

  it('shows the problems of an invalid date as a page readable without script, logged once', async () => {
    const mark = output.length;
    project.edit('content/articles/alliance-would-weaken.md', (text) =>
      text.replace(/^ {2}value: 2026-01-27$/m, '  value: 2026-02-30'),
    );
    await printed(/Content check found \d+ problem/, mark);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${origin}${ARTICLE_PAGE}`);
    expect(response?.status()).toBe(500);
    expect(await page.locator('h1').innerText()).toBe('The content has 1 problem');
    const problem = await page.locator('main li').innerText();
    expect(problem).toContain('content/articles/alliance-would-weaken.md — published.value (value: "2026-02-30")');
    expect(problem).toMatch(/not in the calendar/);
    await context.close();
    // More requests print nothing more: the problem was logged once, when the file changed.
    for (const path of [ARTICLE_PAGE, '/', '/timeline/']) expect((await fetch(`${origin}${path}`)).status).toBe(500);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(output.slice(mark).match(/Content check found/g), output.slice(mark)).toHaveLength(1);
  });

  it('serves the page again once the file is fixed', async () => {
    const mark = output.length;
    project.edit('content/articles/alliance-would-weaken.md', (text) =>
      text.replace(/^ {2}value: 2026-02-30$/m, '  value: 2026-01-27'),
    );
    await printed(/content check: \d+ articles/, mark);
    const response = await fetch(`${origin}${ARTICLE_PAGE}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data-fact="security-treaty-1960"');
  });
});
