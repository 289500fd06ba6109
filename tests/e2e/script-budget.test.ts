/**
 * The JavaScript a page loads at once stays within 5 KB gzipped: its module scripts and everything
 * they import statically. Code fetched on demand (previews, the search dialog, Pagefind) is not part
 * of it, and a page with script off loads none.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, inject } from 'vitest';
import { staticImports } from '../../bench/lib/page-weight.mjs';

const BUDGET_BYTES = 5 * 1024;

/** The files a page's scripts make the browser fetch before they run, with their gzipped sizes. */
async function loadedAtOnce(dir: string, page: string): Promise<Array<{ file: string; gzip: number; code: string }>> {
  const html = await readFile(join(dir, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => join(dir, match[1]!));
  const seen = new Map<string, { file: string; gzip: number; code: string }>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = await readFile(file, 'utf8');
    seen.set(file, { file: file.slice(dir.length), gzip: gzipSync(code).length, code });
    for (const specifier of staticImports(code))
      queue.push(specifier.startsWith('/') ? join(dir, specifier) : resolve(dirname(file), specifier));
  }
  return [...seen.values()];
}

describe('script budget', () => {
  it('keeps what an article page loads at once (copy links, contents, theme, search opener) under 5 KB gzipped', async () => {
    const files = await loadedAtOnce(inject('siteDir'), 'articles/alliance-would-weaken/index.html');
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, { gzip }) => sum + gzip, 0);
    expect(total, files.map(({ file, gzip }) => `${file}: ${gzip} B gzip`).join('\n')).toBeLessThanOrEqual(
      BUDGET_BYTES,
    );
  });

  it('follows static imports, and leaves previews and search to load on demand', async () => {
    const files = await loadedAtOnce(inject('siteDir'), 'articles/alliance-would-weaken/index.html');
    const all = files.map(({ code }) => code).join('\n');
    // The entry imports at least one shared module, which is counted too.
    expect(files.length).toBeGreaterThan(1);
    expect(all).not.toContain('link-preview');
    expect(all).not.toContain('search-dialog-query');
  });
});
