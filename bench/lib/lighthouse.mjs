/**
 * Lighthouse scores (mobile preset, Lighthouse's default) for a few pages of a built site, served on
 * localhost and loaded by Debian's Chromium. Lighthouse is loaded only when asked for, so that the rest
 * of the bench runs without it.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from './static-server.mjs';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The pages scored: one of every page type (those that exist). */
async function pagesToScore(distDir) {
  const first = async (sub) => {
    const dir = path.join(distDir, sub);
    if (!existsSync(dir)) return undefined;
    const ids = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    return ids.find((id) => existsSync(path.join(dir, id, 'index.html')));
  };
  const pages = [{ type: 'snapshot', path: '/' }];
  const article = await first('articles');
  if (article) pages.push({ type: 'article', path: `/articles/${article}/` });
  const fact = await first('facts');
  if (fact) pages.push({ type: 'fact', path: `/facts/${fact}/` });
  pages.push(
    { type: 'timeline', path: '/timeline/' },
    { type: 'sources', path: '/sources/' },
    { type: 'facts', path: '/facts/' },
    { type: 'about', path: '/about/' },
    { type: 'search', path: '/search/' },
  );
  return pages.filter((page) => existsSync(path.join(distDir, page.path, 'index.html')));
}

/** Runs Lighthouse on each page; returns rows of scores (0–100) or { error } when it cannot run. */
export async function runLighthouse(distDir) {
  if (!existsSync(CHROMIUM)) return { error: `no Chromium at ${CHROMIUM} (apt-get install -y chromium)` };
  if (!existsSync(distDir)) return { error: `no built site at ${distDir}` };
  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch (error) {
    return { error: `lighthouse is not installed (${error.message})` };
  }
  const server = await serveStatic(distDir);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    for (const page of await pagesToScore(distDir)) {
      const result = await lighthouse(`${server.url}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const { categories, audits } = result.lhr;
      rows.push({
        ...page,
        scores: Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])),
        lcpMs: audits['largest-contentful-paint']?.numericValue,
        cls: audits['cumulative-layout-shift']?.numericValue,
        tbtMs: audits['total-blocking-time']?.numericValue,
        transferBytes: audits['total-byte-weight']?.numericValue,
        version: result.lhr.lighthouseVersion,
        failing: failingAudits(categories, audits),
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return { rows };
}

/** Titles of the scored audits that did not pass, for the report: what to fix to reach 100. */
function failingAudits(categories, audits) {
  const failing = new Set();
  for (const name of CATEGORIES) {
    for (const ref of categories[name]?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${audit.title} (${name})`);
    }
  }
  return [...failing];
}
