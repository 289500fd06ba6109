import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, loadPage } from './html';
import { htmlPages } from './dist-files';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Checks every internal link, asset and `#fragment` of a built site. `base` is the deployment base path
 * (`/` or `/briefing/`): internal addresses must start with it. External links are listed separately.
 */
export function checkLinks(
  dist: string,
  base = '/',
): {
  broken: BrokenLink[];
  checked: number;
  external: Array<{ page: string; href: string; rel?: string; target?: string }>;
} {
  const pages = htmlPages(dist);
  const idsByFile = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsByFile.get(file);
    if (!set) {
      set = new Set(
        loadPage(join(dist, file))
          .all('[id]')
          .map((el) => attr(el, 'id') ?? ''),
      );
      idsByFile.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  const external: Array<{ page: string; href: string; rel?: string; target?: string }> = [];
  let checked = 0;

  for (const page of pages) {
    const doc = loadPage(join(dist, page));
    const pageUrl = new URL(`http://site.test${base}${page.replace(/index\.html$/, '')}`);
    const refs = [
      ...doc.all('a[href]').map((el) => ({ href: attr(el, 'href')!, el })),
      ...doc.all('link[href]').map((el) => ({ href: attr(el, 'href')!, el })),
      ...doc.all('img[src], script[src]').map((el) => ({ href: attr(el, 'src')!, el })),
    ];
    for (const { href, el } of refs) {
      checked++;
      const target = new URL(href, pageUrl);
      if (target.origin !== pageUrl.origin) {
        if (el.tagName === 'a') external.push({ page, href, rel: attr(el, 'rel'), target: attr(el, 'target') });
        continue;
      }
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      const path = decodeURIComponent(target.pathname.slice(base.length));
      const file = resolveFile(dist, path);
      if (!file) {
        broken.push({ page, href, reason: 'no such file in the build' });
        continue;
      }
      if (target.hash && file.endsWith('.html')) {
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (!ids(file).has(fragment))
          broken.push({ page, href, reason: `no element with id "${fragment}" on ${file}` });
      }
    }
  }
  return { broken, checked, external };
}

function resolveFile(dist: string, path: string): string | undefined {
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile());
}
