import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FONT_PACKAGES } from './card-fonts';

/** Bump when the cache's layout or key changes in a way the inputs below do not show. */
const CACHE_FORMAT = 'og-cards/2';

/** The packages whose code or files end up in a card's pixels; their dependencies count too. */
export const RENDERER_PACKAGES: readonly string[] = ['satori', '@resvg/resvg-js', ...Object.values(FONT_PACKAGES)];

/** What package-lock.json (lockfileVersion 2 or 3) says about one installed package. */
interface LockedPackage {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * A digest of everything besides a card's words that decides its bytes, for the cache key
 * (card-cache.ts): the card code in `src/og/`, the locked version and integrity of the renderer's
 * packages and of everything they depend on, and the platform (resvg is a native binary). Updating an
 * unrelated dependency keeps the cache; changing the layout, a font or satori renders every card again.
 *
 * `root` is the project folder (the one with `src/og/` and `package-lock.json`).
 */
export function rendererDigest(root: string): string {
  const hash = createHash('sha256').update(CACHE_FORMAT).update(`\n${process.platform}-${process.arch}\n`);
  for (const file of cardCodeFiles(root)) hash.update(`${basename(file)}\n`).update(readFileSync(file));
  for (const line of rendererPackageVersions(root)) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/** The files rendererDigest() reads: the card code (the files of `src/og/`, sorted) and the lock file. */
export function rendererInputs(root: string): string[] {
  const lockFile = join(root, 'package-lock.json');
  return [...cardCodeFiles(root), ...(existsSync(lockFile) ? [lockFile] : [])];
}

function cardCodeFiles(root: string): string[] {
  const codeDir = join(root, 'src', 'og');
  const names = readdirSync(codeDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  return names.sort().map((name) => join(codeDir, name));
}

/**
 * One line per package the renderer loads, sorted: from the lock file when there is one (the dependency
 * closure of RENDERER_PACKAGES, resolved the way Node finds packages), else from the installed
 * package.json of each of RENDERER_PACKAGES.
 */
export function rendererPackageVersions(root: string): string[] {
  const lockFile = join(root, 'package-lock.json');
  if (!existsSync(lockFile)) {
    return RENDERER_PACKAGES.map((name) => {
      const manifest = join(root, 'node_modules', name, 'package.json');
      const version = existsSync(manifest)
        ? (JSON.parse(readFileSync(manifest, 'utf8')) as LockedPackage).version
        : 'missing';
      return `${name}@${version}`;
    }).sort();
  }
  const packages =
    (JSON.parse(readFileSync(lockFile, 'utf8')) as { packages?: Record<string, LockedPackage> }).packages ?? {};
  const found = new Map<string, LockedPackage>();
  const visit = (name: string, from: string): void => {
    const path = lockPathOf(packages, name, from);
    if (path === undefined || found.has(path)) return;
    const locked = packages[path] as LockedPackage;
    found.set(path, locked);
    for (const dependency of Object.keys({ ...locked.dependencies, ...locked.optionalDependencies }))
      visit(dependency, path);
  };
  for (const name of RENDERER_PACKAGES) visit(name, '');
  return [...found].map(([path, locked]) => `${path}@${locked.version ?? ''} ${locked.integrity ?? ''}`).sort();
}

/**
 * The lock file's key for package `name` as required from the package at `from` ('' for the project):
 * `from`'s own node_modules first, then each folder above it, as Node resolves.
 */
function lockPathOf(packages: Record<string, LockedPackage>, name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dir.replace(/\/?node_modules\/(?:@[^/]+\/)?[^/]+$/u, '')) {
    const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (path in packages) return path;
    if (dir === '') return undefined;
  }
}
