import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskServer } from '../../scripts/lib/desk-server';
import { axeViolations } from '../e2e/support/axe';
import { launchChromium } from '../support/chromium';
import { projectRoot } from '../support/content-copy';
import { buildEnvironment, copyProject } from '../support/project-copy';

/**
 * The editor's desk in a browser, on a copy of the project: a source added from a local address (a
 * page written for the tests, served on 127.0.0.1) and one dropped as a saved file, a drafted account
 * accepted, a draft fact rejected, a source removed, all with the keyboard-usable forms; then the site
 * rebuilt from the desk, which reflects each decision — and dist/ holds nothing of the desk.
 */
const page = readFileSync(join(projectRoot, 'tests/fixtures/growth/saved-page.html'));
const FROM_ADDRESS = 'beijing-answers-takaichi-with-export-curbs';
const DRAFT = 'fact:the-transport-ministry-will-open-a-review';
let project: ReturnType<typeof copyProject>;
let pages: Server;
let desk: ReturnType<typeof deskServer>;
let deskUrl = '';
let browser: Browser;
let tab: Page;
let wireId = '';

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
const json = (path: string) => JSON.parse(project.read(`dist/data/${path}`));
const status = () => tab.locator('[role="status"]').innerText();

beforeAll(async () => {
  project = copyProject();
  process.env.BRIEFING_CACHE_DIR = project.path('.astro-cache');
  pages = createServer((request, response) => {
    if (request.url === '/asia/beijing-answers-takaichi')
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else response.writeHead(404).end();
  });
  const origin = await listen(pages);
  desk = deskServer(project.root, { env: { ...buildEnvironment(), BRIEFING_CACHE_DIR: project.path('.astro-cache') } });
  deskUrl = `${await listen(desk.server)}/?token=${desk.token}`;
  browser = await launchChromium();
  // bypassCSP: the desk's policy forbids inline scripts, and axe is injected as one.
  tab = await (await browser.newContext({ bypassCSP: true })).newPage();
  await tab.goto(deskUrl);
  await tab.getByLabel("The article's address").fill(`${origin}/asia/beijing-answers-takaichi`);
  await tab.getByLabel("The article's address").press('Enter');
  await tab.waitForURL(deskUrl);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => desk?.server.close(resolve));
  await new Promise((resolve) => pages?.close(resolve));
  delete process.env.BRIEFING_CACHE_DIR;
  project?.remove();
});

describe('the editor’s desk', () => {
  it('adds a source from its address and shows the import report and its drafted accounts', async () => {
    expect(await status()).toContain(`content/articles/${FROM_ADDRESS}.md`);
    expect(existsSync(project.path(`content/originals/${FROM_ADDRESS}.html`))).toBe(true);
    expect(await tab.locator(`li[id^="account:"][id$=":${FROM_ADDRESS}"]`).count()).toBeGreaterThan(0);
  });

  it('adds a dropped saved file, with its draft fact beside the passage it came from', async () => {
    await tab
      .getByLabel('Or a saved page or text file')
      .setInputFiles(join(projectRoot, 'tests/fixtures/growth/wire-copy.txt'));
    await tab.getByRole('button', { name: 'Add the source' }).click();
    await tab.waitForURL(deskUrl);
    wireId = /content\/articles\/([a-z0-9-]+)\.md/u.exec(await status())?.[1] ?? '';
    expect(wireId).not.toBe('');
    const draft = tab.locator(`li[id="${DRAFT}"]`);
    expect(await draft.locator('blockquote').first().innerText()).toContain(
      'the transport ministry will open a review of ferry safety rules',
    );
  });

  it('shows a draft file that cannot be read as a fact, with its own problems, and rejects it', async () => {
    project.write('content/drafts/half-written.yaml', 'title: [unclosed\n');
    await tab.goto(deskUrl);
    const broken = tab.locator('li[id="fact:half-written"]');
    expect(await broken.locator('h3').innerText()).toContain('Draft fact that cannot be read: half-written');
    expect(await broken.locator('ul.problems li').count()).toBeGreaterThan(0);
    expect(await broken.getByRole('button', { name: /^Accept/u }).count()).toBe(0);
    // The rest of the briefing is still reviewed while this file is broken.
    expect(await tab.locator(`li[id="${DRAFT}"]`).count()).toBe(1);
    await broken.getByRole('button', { name: /^Reject/u }).click();
    await tab.waitForURL(deskUrl);
    expect(await status()).toContain('deleted the draft content/drafts/half-written.yaml');
    expect(existsSync(project.path('content/drafts/half-written.yaml'))).toBe(false);
  });

  it('edits a drafted account, refusing a value that is not the source’s words', async () => {
    const account = tab.locator(`li[id^="account:"][id$=":${FROM_ADDRESS}"]`).first();
    const id = (await account.getAttribute('id')) ?? '';
    await account.locator('summary').click();
    await account.getByLabel('Setting').fill('a setting no source wrote');
    await account.getByRole('button', { name: /^Save the account/u }).click();
    await tab.waitForURL(deskUrl);
    expect(await status()).toContain('“a setting no source wrote” is not in');
    const again = tab.locator(`li[id="${id}"]`);
    await again.locator('summary').click();
    await again.getByLabel('Setting').fill('');
    await again.getByRole('button', { name: /^Save the account/u }).click();
    await tab.waitForURL(deskUrl);
    expect(await status()).toContain('wrote the edited account');
    expect(await tab.locator(`li[id="${id}"]`).count()).toBe(0);
  });

  it('passes axe, and its forms are reached with the keyboard', async () => {
    const violations = await axeViolations(tab);
    expect(violations, violations.join('\n')).toEqual([]);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('address');
  });

  it('accepts a drafted account', async () => {
    const id = `account:tv-remarks:${wireId}`;
    await tab
      .locator(`li[id="${id}"]`)
      .getByRole('button', { name: /^Accept/u })
      .press('Enter');
    await tab.waitForURL(deskUrl);
    expect(await status()).toContain(`accepted ${wireId}’s account of tv-remarks`);
    expect(await tab.locator(`li[id="${id}"]`).count()).toBe(0);
  });

  it('edits a draft fact in place', async () => {
    const draft = tab.locator(`li[id="${DRAFT}"]`);
    await draft.locator('summary').click();
    await draft.getByLabel('Title').fill('The ferry safety review');
    await draft.getByRole('button', { name: /^Save the draft/u }).click();
    await tab.waitForURL(deskUrl);
    expect(await status()).toContain('edited content/drafts/the-transport-ministry-will-open-a-review.yaml');
    expect(project.read('content/drafts/the-transport-ministry-will-open-a-review.yaml')).toContain(
      'title: The ferry safety review\n',
    );
  });

  it('rejects a draft fact', async () => {
    await tab
      .locator(`li[id="${DRAFT}"]`)
      .getByRole('button', { name: /^Reject/u })
      .click();
    await tab.waitForURL(deskUrl);
    expect(await status()).toContain('deleted the draft content/drafts/the-transport-ministry-will-open-a-review.yaml');
  });

  it('removes a source', async () => {
    await tab.getByRole('button', { name: `Remove ${FROM_ADDRESS}` }).click();
    await tab.waitForURL(deskUrl);
    expect(await status()).toContain('✓ the content check passes');
    expect(existsSync(project.path(`content/articles/${FROM_ADDRESS}.md`))).toBe(false);
  });

  it('refuses a form posted without the session’s token, and answers no other host', async () => {
    const origin = new URL(deskUrl).origin;
    const forged = await fetch(`${origin}/remove`, {
      method: 'POST',
      body: new URLSearchParams({ id: wireId, token: 'guessed' }),
    });
    expect(forged.status).toBe(403);
    expect(existsSync(project.path(`content/articles/${wireId}.md`))).toBe(true);
    expect((await fetch(`${origin}/`)).status).toBe(403);
  });

  it('rebuilds the site, which reflects each decision, and dist/ holds nothing of the desk', async () => {
    await tab.getByRole('button', { name: 'Rebuild the site' }).click({ timeout: 600_000 });
    await tab.waitForURL(deskUrl, { timeout: 600_000 });
    expect(await status()).toMatch(/✓ published to dist\//u);
    const remarks = (
      json('comparison.json').facts as Array<{ fact: string; accounts: Array<{ source: string; review: string }> }>
    ).find((fact) => fact.fact === 'tv-remarks');
    expect(remarks?.accounts.find((account) => account.source === wireId)?.review).toBe('reviewed');
    expect(existsSync(project.path('dist/facts/the-transport-ministry-will-open-a-review/index.html'))).toBe(false);
    expect(existsSync(project.path(`dist/articles/${FROM_ADDRESS}/index.html`))).toBe(false);
    expect(project.read('dist/about/index.html')).toContain(`id="change-removed-${FROM_ADDRESS}"`);
    const files = (readdirSync(project.path('dist'), { recursive: true }) as string[]).filter((name) =>
      /desk/iu.test(name),
    );
    expect(files).toEqual([]);
    expect(project.read('dist/index.html')).not.toContain("Editor's desk");
  }, 600_000);
});
