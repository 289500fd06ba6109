import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexForSearch, pagefindPackage } from '../../src/integration/search-index';
import { articleSearchShard } from '../../src/model/search-shard';
import { projectRoot } from '../support/content-copy';

/**
 * The search index in shards, made by Pagefind itself from a small built site written here: two article
 * pages of different months (each naming its shard, as article pages do) and a fact page (the main
 * index). Each build indexes only the shards whose pages changed.
 */
const page = (title: string, text: string, shard?: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body>` +
  `<article${shard ? ` data-search-shard="${shard}"` : ''}><h1>${title}</h1><p>${text}</p></article></main></body></html>`;

const site = {
  'articles/ferry/index.html': page('Ferry opens', 'The ferry route opened in January.', 'articles-2026-01'),
  'articles/bridge/index.html': page('Bridge closes', 'The bridge closed in February.', 'articles-2026-02'),
  'facts/crossings/index.html': page('Crossings', 'How people cross the strait.'),
};

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function scratch(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** A built site of `files` (path → HTML), indexed with the cache in `cacheDir`. */
async function build(files: Record<string, string>, cacheDir: string) {
  const siteDir = scratch('search-site-');
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(siteDir, path)), { recursive: true });
    writeFileSync(join(siteDir, path), html);
  }
  return { siteDir, report: await indexForSearch(siteDir, { cacheDir, pagefind: pagefindPackage(projectRoot) }) };
}

describe('the search index in shards', () => {
  it('writes the main index with the list of shards, and each shard’s index files in its own folder', async () => {
    const { siteDir, report } = await build(site, scratch('search-cache-'));
    expect(report).toEqual({ shards: 3, indexed: ['main', 'articles-2026-01', 'articles-2026-02'], files: 3 });
    expect(JSON.parse(readFileSync(join(siteDir, 'pagefind/shards.json'), 'utf8'))).toEqual({
      shards: ['articles-2026-01', 'articles-2026-02'],
    });
    expect(existsSync(join(siteDir, 'pagefind/pagefind.js'))).toBe(true);
    const shard = readdirSync(join(siteDir, 'pagefind-shards/articles-2026-01'));
    expect(shard).toContain('pagefind-entry.json');
    // Searched by the main index's code: no second copy of it.
    expect(shard.filter((file) => file.endsWith('.js') || file.startsWith('wasm.'))).toEqual([]);
  }, 60_000);

  it('indexes again only the shard whose page changed, and reuses the rest byte for byte', async () => {
    const cacheDir = scratch('search-cache-');
    const first = await build(site, cacheDir);
    const edited = {
      ...site,
      'articles/bridge/index.html': page('Bridge closes', 'The old bridge closed.', 'articles-2026-02'),
    };
    const second = await build(edited, cacheDir);
    expect(second.report.indexed).toEqual(['articles-2026-02']);
    const entry = (siteDir: string) =>
      readFileSync(join(siteDir, 'pagefind-shards/articles-2026-01/pagefind-entry.json'));
    expect(entry(second.siteDir).equals(entry(first.siteDir))).toBe(true);
    const unchanged = await build(edited, cacheDir);
    expect(unchanged.report.indexed).toEqual([]);
    expect(existsSync(join(unchanged.siteDir, 'pagefind-shards/articles-2026-02/pagefind-entry.json'))).toBe(true);
  }, 60_000);

  it('refuses a shard name that is not a folder name, naming the page', async () => {
    const bad = { ...site, 'articles/odd/index.html': page('Odd', 'Odd text.', '../up') };
    await expect(build(bad, scratch('search-cache-'))).rejects.toThrow(
      /articles\/odd\/index\.html: data-search-shard="\.\.\/up" is not a shard name/,
    );
  });

  it('takes a shard only from markup, not from text that spells the attribute', async () => {
    const spelled = {
      ...site,
      'facts/markup/index.html': page('Markup', 'It reads data-search-shard="articles-1999-01".'),
    };
    const { report } = await build(spelled, scratch('search-cache-'));
    expect(report.indexed).toEqual(['main', 'articles-2026-01', 'articles-2026-02']);
  }, 60_000);
});

describe('articleSearchShard', () => {
  it.each([
    ['2026-01-27', 'articles-2026-01'],
    ['2025-12', 'articles-2025-12'],
    [undefined, 'articles-undated'],
  ])('puts an article published %s in %s', (published, shard) => {
    expect(articleSearchShard(published)).toBe(shard);
  });
});
