import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../src/integration/security-headers';
import { htmlPages } from '../support/dist-files';
import { attr, loadPage } from '../support/html';
import { isFirstPartySource, parsePolicy, sha256Source, type Policy } from './csp';
import { parseHeadersFile } from './headers-file';
import { BUILD_TIMEOUT, buildProject, type ProjectBuild } from './shared-build';

/** The policy every page must carry (script-src and style-src may add hashes of inline code). */
const REQUIRED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'upgrade-insecure-requests': [],
};
/**
 * The one keyword script-src may add besides hashes: search (Pagefind) compiles WebAssembly served by
 * the site. It allows WebAssembly compilation only — not eval() of strings, not inline script.
 */
const SCRIPT_KEYWORDS: ReadonlySet<string> = new Set(["'wasm-unsafe-eval'"]);
/** Script types a browser runs; anything else (`application/ld+json`, …) is data, not code. */
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'module', 'application/javascript']);
/** Attributes holding an address the browser loads or follows. */
const URL_ATTRIBUTES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'data'];

let build: ProjectBuild;
let pages: string[];
beforeAll(() => {
  build = buildProject();
  pages = htmlPages(build.dist);
}, BUILD_TIMEOUT);
afterAll(() => build?.project.remove());

/** A page's CSP `<meta>` elements and the elements before the first of them, in document order. */
function policyOf(file: string) {
  const doc = loadPage(join(build.dist, file));
  const metas = doc.all('meta').filter((meta) => attr(meta, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
  const before: Element[] = [];
  let seen = false;
  visit(doc.tree, 'element', (node: Element) => {
    if (node === metas[0]) seen = true;
    if (!seen) before.push(node);
  });
  return { doc, metas, before, policy: parsePolicy(attr(metas[0], 'content') ?? '') };
}

describe('Content-Security-Policy on every page', () => {
  it('covers every page of the build', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('every page has one CSP <meta> in its head, before any script or stylesheet', () => {
    for (const file of pages) {
      const { doc, metas, before } = policyOf(file);
      expect(metas.length, `${file}: CSP <meta> elements`).toBe(1);
      expect(doc.all('head meta').includes(metas[0]!), `${file}: the CSP <meta> is in <head>`).toBe(true);
      // A <meta> policy only governs what comes after it (JSON-LD is data: it may come first).
      const runs = (el: Element) => el.tagName === 'script' && SCRIPT_TYPES.has((attr(el, 'type') ?? '').toLowerCase());
      const early = before.filter(
        (el) =>
          runs(el) ||
          el.tagName === 'style' ||
          (el.tagName === 'link' && /stylesheet|preload|modulepreload/.test(attr(el, 'rel') ?? '')),
      );
      expect(
        early.map((el) => el.tagName),
        `${file}: loaded before the policy`,
      ).toEqual([]);
    }
  });

  it('every page has the required directives, and script-src / style-src allow only self and hashes', () => {
    for (const file of pages) {
      const { policy } = policyOf(file);
      for (const [name, sources] of Object.entries(REQUIRED))
        expect(policy.get(name), `${file}: ${name}`).toEqual(sources);
      for (const name of ['script-src', 'style-src']) {
        const sources = policy.get(name) ?? [];
        expect(sources[0], `${file}: ${name} starts with 'self'`).toBe("'self'");
        const allowed = name === 'script-src' ? SCRIPT_KEYWORDS : new Set<string>();
        expect(
          sources.filter((source) => !/^'(self|sha256-[A-Za-z0-9+/]+={0,2})'$/.test(source) && !allowed.has(source)),
          `${file}: ${name}`,
        ).toEqual([]);
      }
    }
  });

  it("never allows 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes' or 'strict-dynamic' for scripts", () => {
    for (const file of pages) {
      const { policy } = policyOf(file);
      const scripts = [...policy]
        .filter(([name]) => name.startsWith('script-src') || name === 'default-src')
        .flatMap(([, sources]) => sources);
      expect(
        scripts.filter((source) => /^'(unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic)'$/.test(source)),
        file,
      ).toEqual([]);
      const unsafe = [...policy.values()]
        .flat()
        .filter((source) => /unsafe/.test(source) && !SCRIPT_KEYWORDS.has(source));
      expect(unsafe, `${file}: any other 'unsafe-…' at all`).toEqual([]);
    }
  });

  it('names no third-party origin or scheme anywhere in the policy (data: only for images)', () => {
    for (const file of pages) {
      for (const [name, sources] of policyOf(file).policy) {
        const foreign = sources.filter(
          (source) =>
            !isFirstPartySource(source) && !(name === 'img-src' && source === 'data:') && !SCRIPT_KEYWORDS.has(source),
        );
        expect(foreign, `${file}: ${name}`).toEqual([]);
      }
    }
  });

  it('covers every inline <script> and <style> with a listed sha256 hash (JSON-LD is data, not script)', () => {
    for (const file of pages) {
      const { doc, policy } = policyOf(file);
      for (const script of doc.all('script:not([src])')) {
        const type = (attr(script, 'type') ?? '').toLowerCase();
        if (!SCRIPT_TYPES.has(type)) continue;
        expect(policy.get('script-src'), `${file}: inline script ${toString(script).slice(0, 60)}`).toContain(
          sha256Source(toString(script)),
        );
      }
      for (const style of doc.all('style')) {
        expect(policy.get('style-src'), `${file}: inline style ${toString(style).slice(0, 60)}`).toContain(
          sha256Source(toString(style)),
        );
      }
    }
  });

  it('keeps JSON-LD blocks inert data: valid JSON, with no "<" that could close the script element', () => {
    for (const file of pages) {
      for (const script of loadPage(join(build.dist, file)).all('script[type="application/ld+json"]')) {
        const text = toString(script);
        expect(() => JSON.parse(text), `${file}: JSON-LD parses`).not.toThrow();
        expect(text.includes('<'), `${file}: "<" in JSON-LD`).toBe(false);
      }
    }
  });

  it('has no inline event handlers or style attributes (the policy would block them)', () => {
    for (const file of pages) {
      const found: string[] = [];
      visit(loadPage(join(build.dist, file)).tree, 'element', (node: Element) => {
        for (const name of Object.keys(node.properties))
          if (/^on/i.test(name) || name === 'style') found.push(`<${node.tagName} ${name}>`);
      });
      expect(found, file).toEqual([]);
    }
  });

  it('loads and links nothing over plain http: (no mixed content)', () => {
    for (const file of pages) {
      const found: string[] = [];
      visit(loadPage(join(build.dist, file)).tree, 'element', (node: Element) => {
        for (const name of URL_ATTRIBUTES) {
          const value = node.properties[name];
          const values = Array.isArray(value)
            ? value.map(String)
            : value === undefined || value === null
              ? []
              : [String(value)];
          for (const address of values)
            if (/^\s*http:/i.test(address)) found.push(`<${node.tagName} ${name}="${address}">`);
        }
      });
      expect(found, file).toEqual([]);
    }
  });

  it('loads every script, stylesheet, image and font from the site itself', () => {
    for (const file of pages) {
      const doc = loadPage(join(build.dist, file));
      const loaded = [
        ...doc
          .all('script[src], img[src], source[src], audio[src], video[src], iframe[src]')
          .map((el) => attr(el, 'src') ?? ''),
        ...doc
          .all('link[href]')
          .filter((el) => /stylesheet|icon|preload|modulepreload|manifest/.test(attr(el, 'rel') ?? ''))
          .map((el) => attr(el, 'href') ?? ''),
      ];
      const foreign = loaded.filter(
        (address) =>
          new URL(address, 'https://site.test/').origin !== 'https://site.test' && !address.startsWith('data:'),
      );
      expect(foreign, file).toEqual([]);
    }
  });
});

describe('_headers for static hosts', () => {
  const rules = () => parseHeadersFile(readFileSync(join(build.dist, '_headers'), 'utf8'));

  it('exists at the root of the build', () => {
    expect(existsSync(join(build.dist, '_headers'))).toBe(true);
  });

  it('sends the pages’ policy as a header, plus frame-ancestors, for every path', () => {
    const all = rules().find((rule) => rule.path === '/*');
    expect(all, 'a rule for /*').toBeDefined();
    const header = parsePolicy(all?.headers.get('content-security-policy') ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    // Every page's policy, merged: the header must allow exactly what some page's <meta> allows.
    const merged: Policy = new Map();
    for (const file of pages) {
      for (const [name, sources] of policyOf(file).policy)
        merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
    const withoutFrameAncestors = new Map([...header].filter(([name]) => name !== 'frame-ancestors'));
    const sorted = (policy: Policy) =>
      Object.fromEntries([...policy].map(([name, sources]) => [name, [...sources].sort()]).sort());
    expect(sorted(withoutFrameAncestors)).toEqual(sorted(merged));
  });

  it('sends the referrer, nosniff and permissions headers, matching what the pages say', () => {
    const all = rules().find((rule) => rule.path === '/*')!;
    const referrer = attr(loadPage(join(build.dist, 'index.html')).one('meta[name="referrer"]'), 'content');
    expect(all.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all.headers.get('referrer-policy')).toBe(referrer);
    expect(all.headers.get('x-content-type-options')).toBe('nosniff');
    const permissions = all.headers.get('permissions-policy') ?? '';
    expect(permissions.split(/\s*,\s*/).length).toBeGreaterThanOrEqual(3);
    for (const feature of permissions.split(/\s*,\s*/))
      expect(feature, 'each feature denied to everyone').toMatch(/^[a-z-]+=\(\)$/);
  });

  it('caches the content-hashed files under /_astro/ for a year, and nothing else', () => {
    const list = rules();
    expect(list.find((rule) => rule.path === '/_astro/*')?.headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(list.filter((rule) => rule.headers.has('cache-control')).map((rule) => rule.path)).toEqual(['/_astro/*']);
  });

  it('puts every rule under the base path when the site is deployed under one', () => {
    const text = headersFile('/briefing/', "default-src 'self'");
    expect(parseHeadersFile(text).map((rule) => rule.path)).toEqual(['/briefing/*', '/briefing/_astro/*']);
  });
});
