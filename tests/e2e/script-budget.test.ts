/** The enhancement JavaScript every page loads stays within 5 KB gzipped. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, inject } from 'vitest';

const BUDGET_BYTES = 5 * 1024;

describe('script budget', () => {
  it('keeps the scripts of an article page (copy links and previews) under 5 KB gzipped', async () => {
    const dir = inject('siteDir');
    const html = await readFile(join(dir, 'articles/alliance-would-weaken/index.html'), 'utf8');
    const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBeGreaterThan(0);
    const sizes = await Promise.all(
      sources.map(async (src) => ({ src, gzip: gzipSync(await readFile(join(dir, src))).length })),
    );
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    expect(total, sizes.map(({ src, gzip }) => `${src}: ${gzip} B gzip`).join('\n')).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
