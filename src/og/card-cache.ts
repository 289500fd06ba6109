import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewCard } from './preview-card';

/**
 * Rendering a card costs tens of milliseconds (most of it rasterising), and most cards do not change
 * between builds. Cards are cached on disk by a hash of their text and of everything that shapes them:
 * the card code in `src/og/` and the locked dependency versions (fonts, satori, resvg). Same input,
 * same bytes — the cache never changes what a build produces, only how long it takes.
 */
export async function cachedCard(card: PreviewCard, render: (card: PreviewCard) => Promise<Uint8Array>, root = process.cwd()): Promise<Uint8Array> {
  const dir = join(process.env.BRIEFING_CACHE_DIR ?? join(root, 'node_modules', '.astro'), 'og-cards');
  const file = join(dir, `${createHash('sha256').update(codeDigest(root)).update(JSON.stringify(card)).digest('hex')}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = await render(card);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

const digests = new Map<string, string>();

function codeDigest(root: string): string {
  let digest = digests.get(root);
  if (digest) return digest;
  const hash = createHash('sha256');
  const ogDir = join(root, 'src', 'og');
  if (existsSync(ogDir)) for (const name of readdirSync(ogDir).sort()) hash.update(name).update(readFileSync(join(ogDir, name)));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  digest = hash.digest('hex');
  digests.set(root, digest);
  return digest;
}
