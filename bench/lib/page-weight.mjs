/**
 * Page weight per page type of a built site: what a first visit to one page costs over the wire.
 * Text files (HTML, CSS, JS, SVG) are counted gzipped, since every static host compresses them; fonts
 * and raster images are counted as they are, since they are compressed already.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { familiesUsed, fontFaces, otherCssUrls, pageReferences, visibleText, rangeMatches } from './html-refs.mjs';

export const KB = 1024;
/** The performance budget of the brief; checked for every page type. */
export const TARGETS = {
  jsToRead: 0,
  jsPerPage: 5 * KB, // except the search page
  totalArticleOrFact: 30 * KB,
  // Issue #14: an article page with all its reading aids, against 49 KB for the same page in Starlight.
  totalArticle: 15 * KB,
  // Issue #15: the sources page must stay readable with a thousand sources (it was 96 KB of HTML).
  totalSources: 40 * KB,
};

/** Page types and how to find them in dist/; for a type with many pages the heaviest HTML is measured. */
export const PAGE_TYPES = [
  { type: 'snapshot', pattern: /^index\.html$/ },
  { type: 'article', pattern: /^articles\/[^/]+\/index\.html$/, budgeted: true, limit: 'totalArticle' },
  { type: 'fact', pattern: /^facts\/[^/]+\/index\.html$/, budgeted: true },
  { type: 'timeline', pattern: /^timeline\/index\.html$/ },
  { type: 'sources', pattern: /^sources\/index\.html$/, limit: 'totalSources' },
  { type: 'facts', pattern: /^facts\/index\.html$/ },
  { type: 'about', pattern: /^about\/index\.html$/, optional: true },
  { type: 'search', pattern: /^search\/index\.html$/, search: true, optional: true },
];

const TEXT_TYPES = /\.(html?|css|m?js|svg|json|txt|xml)$/i;
const FONT_TYPES = /\.(woff2?|ttf|otf|eot)$/i;
const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Bytes over the wire for one local file. */
async function wireBytes(file) {
  const content = await readFile(file);
  return TEXT_TYPES.test(file) ? gzipBytes(content) : content.length;
}

/** Resolves a URL found in `fromFile` to a file in `distDir`, or undefined for an external one. */
function resolveLocal(distDir, fromFile, url) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  const clean = decodeURIComponent(url.split(/[?#]/)[0]);
  const candidates = [];
  if (clean.startsWith('/')) {
    candidates.push(path.join(distDir, clean));
    // A site built with a base path (/briefing/…) puts files at dist/ without it.
    if (/^\/[^/]+\/./.test(clean)) candidates.push(path.join(distDir, clean.replace(/^\/[^/]+/, '')));
  } else {
    candidates.push(path.resolve(path.dirname(fromFile), clean));
  }
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return candidates[0];
}

/** Measures one page: HTML and every resource it makes the browser fetch, grouped by kind. */
export async function measurePage(distDir, pageFile) {
  const html = await readFile(pageFile, 'utf8');
  const refs = pageReferences(html);
  const text = visibleText(html);
  const counted = new Set();
  const missingRefs = [];
  const external = [];
  const bytes = { html: gzipBytes(Buffer.from(html)), css: 0, js: 0, inlineJs: 0, fonts: 0, images: 0 };
  let jsToRead = 0;

  const add = async (kind, file, url) => {
    if (!file) return void external.push(url);
    if (counted.has(file)) return 0;
    counted.add(file);
    if (!existsSync(file)) return void missingRefs.push(url);
    const size = await wireBytes(file);
    bytes[kind] += size;
    return size;
  };

  for (const script of refs.inlineScripts) {
    const size = gzipBytes(Buffer.from(script.text));
    bytes.inlineJs += size;
    if (script.blocking) jsToRead += size;
  }
  for (const script of refs.js) {
    const file = resolveLocal(distDir, pageFile, script.src);
    const size = await add('js', file, script.src);
    if (script.blocking) jsToRead += size ?? 0;
    // A module's static imports are fetched with it (dynamic import() only when the code asks).
    const queue = file && existsSync(file) ? [file] : [];
    while (queue.length) {
      const module = queue.shift();
      for (const specifier of staticImports(await readFile(module, 'utf8'))) {
        const imported = resolveLocal(distDir, module, specifier);
        if (
          imported &&
          !counted.has(imported) &&
          (await add('js', imported, specifier)) !== undefined &&
          existsSync(imported)
        )
          queue.push(imported);
      }
    }
  }
  for (const image of refs.images) await add('images', resolveLocal(distDir, pageFile, image), image);
  for (const preload of refs.preload) {
    const kind =
      preload.as === 'font' || FONT_TYPES.test(preload.href)
        ? 'fonts'
        : preload.as === 'script'
          ? 'js'
          : preload.as === 'style'
            ? 'css'
            : 'images';
    await add(kind, resolveLocal(distDir, pageFile, preload.href), preload.href);
  }

  // Stylesheets, with @import followed, then the fonts and images they use.
  const sheets = [];
  const queue = refs.css.map((href) => ({ url: href, file: resolveLocal(distDir, pageFile, href) }));
  for (const inline of refs.inlineStyles) sheets.push({ css: inline, file: pageFile });
  while (queue.length) {
    const { url, file } = queue.shift();
    if ((await add('css', file, url)) === undefined || !file || !existsSync(file)) continue;
    const css = await readFile(file, 'utf8');
    sheets.push({ css, file });
    for (const imported of otherCssUrls(css).imports)
      queue.push({ url: imported, file: resolveLocal(distDir, file, imported) });
  }
  const used = new Set(sheets.flatMap(({ css }) => [...familiesUsed(css)]));
  for (const { css, file } of sheets) {
    // A browser downloads a face only if its family is used and the page has text in its unicode-range.
    for (const face of fontFaces(css)) {
      if (face.family && !used.has(face.family.toLowerCase())) continue;
      if (!rangeMatches(face.range, text)) continue;
      for (const url of face.urls) await add('fonts', resolveLocal(distDir, file, url), url);
    }
    for (const url of otherCssUrls(css).urls) {
      await add(FONT_TYPES.test(url) ? 'fonts' : 'images', resolveLocal(distDir, file, url), url);
    }
  }

  const jsTotal = bytes.js + bytes.inlineJs;
  const total = bytes.html + bytes.css + bytes.js + bytes.fonts + bytes.images; // inline JS is inside the HTML
  return { bytes, jsTotal, jsToRead, total, readable: text.length > 200, missingRefs, external };
}

/**
 * The local modules a minified ES module imports statically (`import … from "./x.js"`, `import "./y.js"`).
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)]
    .map((match) => match[1])
    .filter((specifier) => /^\.{0,2}\//.test(specifier));
}

/** All HTML files below `distDir`, as paths relative to it with forward slashes. */
async function htmlFiles(distDir) {
  return (await readdir(distDir, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'));
}

/**
 * Measures every page type of the site in `distDir`. For articles and facts every page is measured
 * and the heaviest is reported, since the budget must hold for each of them.
 */
export async function measureSite(distDir) {
  if (!existsSync(distDir)) return { distDir, error: `no built site at ${distDir}` };
  const files = await htmlFiles(distDir);
  const rows = [];
  for (const pageType of PAGE_TYPES) {
    const matching = files.filter((file) => pageType.pattern.test(file)).sort();
    if (matching.length === 0) {
      if (!pageType.optional) rows.push({ ...pageType, absent: true });
      continue;
    }
    // Measuring a thousand pages is quick (a few seconds) and finds the worst one.
    let heaviest;
    for (const file of matching) {
      const measured = await measurePage(distDir, path.join(distDir, file));
      if (!heaviest || measured.total > heaviest.total) heaviest = { file, ...measured };
    }
    rows.push({ ...pageType, pages: matching.length, ...heaviest, checks: checkTargets(pageType, heaviest) });
  }
  return { distDir, rows };
}

/** The brief's targets that apply to a page type, each with pass/fail. */
export function checkTargets(pageType, measured) {
  const checks = [{ name: '0 B JS needed to read', pass: measured.jsToRead <= TARGETS.jsToRead && measured.readable }];
  if (!pageType.search) checks.push({ name: '≤ 5 KB JS', pass: measured.jsTotal <= TARGETS.jsPerPage });
  if (pageType.budgeted) checks.push({ name: '≤ 30 KB total', pass: measured.total <= TARGETS.totalArticleOrFact });
  if (pageType.limit)
    checks.push({
      name: `≤ ${TARGETS[pageType.limit] / KB} KB total`,
      pass: measured.total <= TARGETS[pageType.limit],
    });
  return checks;
}
