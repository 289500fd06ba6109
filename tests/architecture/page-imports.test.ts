import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the prerendered pages import, followed from every page through the project's own files. A page's
 * module is imported on every build, also when every page is restored from the build before, so a
 * package the pages import is a fixed cost of every build. The loader's packages (the English model,
 * the date reader, the YAML reader, the Markdown pipeline) are loaded by the content sync, which the
 * pages only read, and the card renderer's are loaded only when a card is drawn. The same holds for
 * what astro.config.mjs imports: Vite loads it before every build.
 */
const ROOT = join(import.meta.dirname, '../..');
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.astro', '.mjs', '/index.ts'];

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : /\.(?:ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The packages the files import statically, followed through relative imports: package → a file importing it. */
function packagesImportedBy(entries: readonly string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(join(ROOT, file), 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) {
        const base = join(dirname(file), specifier.replace(/\?.*$/, ''));
        const found = EXTENSIONS.map((ext) => base + ext).find((path) =>
          statSync(join(ROOT, path), { throwIfNoEntry: false })?.isFile(),
        );
        if (found) visit(found);
      } else {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, file);
      }
    }
  };
  for (const entry of entries) visit(entry);
  return packages;
}

describe('the packages the pages import', () => {
  const packages = packagesImportedBy(filesUnder('src/pages'));

  it('follows the pages to the packages they use', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['astro:content', 'tinypool', 'ical-generator']));
  });

  it.each([
    'wink-nlp',
    'wink-eng-lite-web-model',
    'chrono-node',
    'yaml',
    '@astrojs/markdown-remark',
    'unified',
    'satori',
    '@resvg/resvg-js',
  ])('leave out %s', (name) => {
    expect(packages.get(name), `${name} is imported by ${packages.get(name)}`).toBeUndefined();
  });
});

describe('the packages astro.config.mjs imports', () => {
  // Vite loads the config and its imports before every build, whatever changed.
  const packages = packagesImportedBy(['astro.config.mjs']);

  it('follows the config to the packages it uses', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['astro', '@astrojs/mdx', 'github-slugger']));
  });

  // Pagefind's Node API starts only when a search shard must be indexed (src/integration/search-index.ts).
  it.each(['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', 'yaml', 'satori', '@resvg/resvg-js', 'pagefind'])(
    'leaves out %s',
    (name) => {
      expect(packages.get(name), `${name} is imported by ${packages.get(name)}`).toBeUndefined();
    },
  );
});

describe('the packages the content sync imports before it knows what to render', () => {
  // The loader runs on every build; the Markdown pipeline only for an article not in the render cache.
  const packages = packagesImportedBy(['src/content.config.ts']);

  it('follows the content config to the packages it uses', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['astro:content', 'yaml']));
  });

  // The English model and the date reader's chrono load when a text is first read (english-model.ts,
  // date-reader.ts): with every article, rule word and draft in the caches, nothing is read.
  it.each([
    'unified',
    'remark-parse',
    'remark-gfm',
    'remark-rehype',
    'rehype-stringify',
    'rehype-sanitize',
    'wink-nlp',
    'wink-eng-lite-web-model',
    'chrono-node',
  ])('leaves out %s', (name) => {
    expect(packages.get(name), `${name} is imported by ${packages.get(name)}`).toBeUndefined();
  });
});
