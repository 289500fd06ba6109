import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist-files';
import { BASE_PATH, BASE_SITE } from '../e2e/support/base-path';
import { attr, loadPage } from '../support/html';
import { checkLinks } from '../support/link-check';
import { parseHeadersFile } from './headers-file';
import { BUILD_TIMEOUT, buildProject, type ProjectBuild } from './shared-build';

/**
 * Link integrity of the real build, deployed at the root and under a sub-path: internal links and
 * fragments resolve, external links are well-formed https, new windows cannot reach back, and every
 * absolute address (canonical, Open Graph, sitemap, feed, _headers) carries the public origin and base.
 */
const DEPLOYMENTS = [
  { name: 'at the root of the default site', args: [] as string[], base: '/', prefix: undefined as string | undefined },
  {
    // The deployment the e2e layer serves under a base path: one build in a run that has both.
    name: `under ${BASE_PATH} on ${BASE_SITE}`,
    args: ['--base', BASE_PATH, '--site', BASE_SITE],
    base: BASE_PATH,
    prefix: `${BASE_SITE}${BASE_PATH}`,
  },
];

/** The file a site path (after the base) is served from, as static hosts resolve it. */
function fileFor(dist: string, path: string): string | undefined {
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile());
}

/** `<tag>…</tag>` values of an XML file (sitemaps, the feed), entities decoded. */
function xmlValues(file: string, tag: string): string[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) =>
    (match[1] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}

describe.each(DEPLOYMENTS)('links of the briefing deployed $name', ({ args, base, prefix: givenPrefix }) => {
  let build: ProjectBuild;
  let pages: string[];
  /** The public address of the site root, base included (from the home page's canonical when not given). */
  let prefix: string;

  beforeAll(() => {
    build = buildProject(...args);
    pages = htmlPages(build.dist);
    prefix = givenPrefix ?? attr(loadPage(join(build.dist, 'index.html')).one('link[rel="canonical"]'), 'href') ?? '';
  }, BUILD_TIMEOUT);
  afterAll(() => build?.project.remove());

  /** Where an absolute address of this site points in the build, or why it does not. */
  function resolveAbsolute(address: string): { file?: string; fragment?: string; problem?: string } {
    if (!address.startsWith(prefix)) return { problem: `does not start with ${prefix}` };
    const url = new URL(address);
    const file = fileFor(build.dist, decodeURIComponent(url.pathname.slice(new URL(prefix).pathname.length)));
    if (!file) return { problem: 'no such page in the build' };
    return { file, fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
  }

  it('has a public address that is https and ends at the base path', () => {
    expect(prefix).toMatch(/^https:\/\/[^/]+\//);
    expect(new URL(prefix).pathname).toBe(base);
  });

  it('resolves every internal link, asset and #fragment under the base path', () => {
    const { broken, checked } = checkLinks(build.dist, base);
    expect(checked, 'links checked').toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('links out only to well-formed https: addresses (or mailto:)', () => {
    const { external } = checkLinks(build.dist, base);
    const bad = external.filter(({ href }) => {
      if (/\s/.test(href)) return true;
      try {
        const url = new URL(href);
        if (url.protocol === 'mailto:') return !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(url.pathname);
        return (
          url.protocol !== 'https:' ||
          !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) ||
          url.username !== '' ||
          url.password !== ''
        );
      } catch {
        return true;
      }
    });
    expect(bad.map(({ page, href }) => `${page}: ${href}${href.startsWith('http:') ? ' (plain http)' : ''}`)).toEqual(
      [],
    );
  });

  it('gives every link that opens a new window rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const file of pages) {
      for (const el of loadPage(join(build.dist, file)).all('a[target], area[target], form[target]')) {
        if (attr(el, 'target')?.toLowerCase() !== '_blank') continue;
        const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          bad.push(`${file}: <${el.tagName} href="${attr(el, 'href') ?? attr(el, 'action')}" rel="${rel.join(' ')}">`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every page an absolute canonical and og:url naming a page of the build', () => {
    const bad: string[] = [];
    for (const file of pages) {
      const doc = loadPage(join(build.dist, file));
      const addresses = [
        attr(doc.one('link[rel="canonical"]'), 'href'),
        attr(doc.one('meta[property="og:url"]'), 'content'),
      ];
      for (const address of addresses.filter((value) => value !== undefined)) {
        const { problem } = resolveAbsolute(address);
        if (problem) bad.push(`${file}: ${address} ${problem}`);
      }
      expect(doc.one('link[rel="canonical"]'), `${file}: canonical`).toBeDefined();
    }
    expect(bad).toEqual([]);
  });

  it('gives every page absolute preview images that exist in the build', () => {
    const bad: string[] = [];
    let images = 0;
    for (const file of pages) {
      const doc = loadPage(join(build.dist, file));
      for (const meta of doc.all('meta[property="og:image"], meta[name="twitter:image"]')) {
        images++;
        const address = attr(meta, 'content') ?? '';
        const { file: image, problem } = resolveAbsolute(address);
        if (problem || !image?.endsWith('.png'))
          bad.push(`${file}: ${address} ${problem ?? 'is not a PNG in the build'}`);
      }
    }
    expect(images, 'preview images').toBeGreaterThan(pages.length);
    expect(bad).toEqual([]);
  });

  it('lists only absolute addresses of existing pages in the sitemap', () => {
    const index = xmlValues(join(build.dist, 'sitemap-index.xml'), 'loc');
    expect(index.length).toBeGreaterThan(0);
    const entries = index.flatMap((sitemap) => {
      const { file, problem } = resolveAbsolute(sitemap);
      expect(problem, sitemap).toBeUndefined();
      return xmlValues(join(build.dist, file!), 'loc');
    });
    expect(entries.length).toBeGreaterThan(20);
    const bad = entries
      .map((entry) => ({ entry, ...resolveAbsolute(entry) }))
      .filter((entry) => entry.problem || !entry.file?.endsWith('.html'));
    expect(bad.map(({ entry, problem }) => `${entry} ${problem ?? 'is not a page'}`)).toEqual([]);
  });

  it('links the update feed to absolute addresses of existing pages and fragments', () => {
    const links = xmlValues(join(build.dist, 'updates.xml'), 'link');
    expect(links.length).toBeGreaterThan(1);
    const bad: string[] = [];
    for (const link of links) {
      const { file, fragment, problem } = resolveAbsolute(link);
      if (problem) bad.push(`${link} ${problem}`);
      else if (
        fragment &&
        !loadPage(join(build.dist, file!))
          .all('[id]')
          .some((el) => attr(el, 'id') === fragment)
      )
        bad.push(`${link}: no element with id "${fragment}" on ${file}`);
    }
    expect(bad).toEqual([]);
  });

  it('writes _headers rules under the base path', () => {
    const rules = parseHeadersFile(readFileSync(join(build.dist, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.path.startsWith(base), rule.path).toBe(true);
  });
});
