/**
 * `npm run screenshots`: a picture of each page type at a phone's and a desktop's width, written to
 * `docs/screenshots/<page>-<width>.png` from the built site in `dist/` (run `npm run build` first).
 * Pictures show the first screen, as a reader arriving on the page sees it, in the light scheme.
 *
 *   npm run screenshots                  # every page type at 390 and 1280 px
 *   npm run screenshots -- --dark        # the same in the dark scheme, written as <page>-<width>-dark.png
 *   npm run screenshots -- --full        # whole pages instead of the first screen
 *
 * A built fixture site can be pictured too, e.g. the forty-sources briefing's snapshot and one fact:
 *
 *   npm run screenshots -- --dist /tmp/site/dist --out docs/screenshots/forty-sources \
 *     --pages snapshot,fact --fact tv-interview --suffix -after
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { serve } from '../tests/support/built-site';

const root = resolve(import.meta.dirname, '..');
/** The value following a flag, e.g. `--out docs/x`. */
const option = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const dist = resolve(option('--dist') ?? join(root, 'dist'));
const out = resolve(option('--out') ?? join(root, 'docs', 'screenshots'));
const only = option('--pages')?.split(',');
const chosenFact = option('--fact');
const suffix = option('--suffix') ?? '';
const dark = process.argv.includes('--dark');
const fullPage = process.argv.includes('--full');

/** The viewports of the acceptance checks: a 390 × 844 phone and a 1280 × 800 desktop. */
const WIDTHS = [
  { width: 390, height: 844, phone: true },
  { width: 1280, height: 800, phone: false },
] as const;

/** One page of each type; for articles and facts the first in alphabetical order. */
function pageTypes(): Array<{ name: string; path: string }> {
  const first = (folder: string) => {
    const dir = join(dist, folder);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((id) => existsSync(join(dir, id, 'index.html')))
          .sort()[0]
      : undefined;
  };
  const article = first('articles');
  const fact = chosenFact ?? first('facts');
  return [
    { name: 'snapshot', path: '/' },
    ...(article ? [{ name: 'article', path: `/articles/${article}/` }] : []),
    { name: 'facts', path: '/facts/' },
    ...(fact ? [{ name: 'fact', path: `/facts/${fact}/` }] : []),
    { name: 'timeline', path: '/timeline/' },
    { name: 'sources', path: '/sources/' },
    { name: 'about', path: '/about/' },
    { name: 'search', path: '/search/' },
  ].filter((page) => existsSync(join(dist, page.path, 'index.html')) && (!only || only.includes(page.name)));
}

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write('No built site in dist/: run `npm run build` first.\n');
    return 1;
  }
  mkdirSync(out, { recursive: true });
  const site = await serve(dist);
  const browser = await launchChromium();
  try {
    for (const { width, height, phone } of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height },
        colorScheme: dark ? 'dark' : 'light',
        reducedMotion: 'reduce',
        ...(phone ? { hasTouch: true, isMobile: true } : {}),
      });
      const page = await context.newPage();
      for (const { name, path } of pageTypes()) {
        await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: 'load' });
        const file = join(out, `${name}-${width}${dark ? '-dark' : ''}${suffix}.png`);
        await page.screenshot({ path: file, fullPage, animations: 'disabled' });
        console.log(`✓ ${file.startsWith(root) ? file.slice(root.length + 1) : file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return 0;
}

process.exitCode = await main();
