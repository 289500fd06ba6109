import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files';
import { visit } from 'unist-util-visit';
import { basePath } from '../model/paths';

/**
 * Headers for every response, on hosts that read a `_headers` file (Netlify, Cloudflare Pages). The
 * policy itself lives in `security.csp` in astro.config.mjs; this only adds what a `<meta>` cannot carry.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // The briefing uses none of these; saying so stops embedded or injected code from asking for them.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** Directives browsers ignore in a `<meta>` policy, so they exist only in the header. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** Files under `_astro/` have content hashes in their names: a changed file gets a new name. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Writes `_headers` at the root of the build once Astro has written the pages. The Content-Security-Policy
 * header is the one Astro put in every page's `<meta>` (merged across pages, so every page's hashes are
 * allowed; each page's own `<meta>` still narrows it), plus the directives only a header may set. Paths
 * carry the base, because a host matches `_headers` rules against the full request path.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out);
        const policies = pages.map((file) => ({
          file: relative(out, file),
          policy: metaPolicy(readFileSync(file, 'utf8')),
        }));
        const missing = policies.filter((page) => page.policy === undefined).map((page) => page.file);
        // A page without the policy would be served without protection from script injection.
        if (missing.length > 0)
          throw new Error(
            `security-headers: no content-security-policy <meta> in ${missing.join(', ')}. Check security.csp in astro.config.mjs.`,
          );
        const policy = [...mergePolicies(policies.map((page) => page.policy ?? '')), ...HEADER_ONLY_DIRECTIVES].join(
          '; ',
        );
        writeFileSync(join(out, '_headers'), headersFile(base, policy));
        logger.info(`_headers written (policy merged from ${pages.length} pages)`);
      },
    },
  };
}

/** The `_headers` text: security headers for everything, long caching for hashed assets. */
export function headersFile(base: string, policy: string): string {
  const lines = [
    '# Written by src/integration/security-headers.ts on every build; edit security.csp in astro.config.mjs instead.',
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
    `${base}_astro/*`,
    `  Cache-Control: ${ASSET_CACHE_CONTROL}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The `content` of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
  // The policy is a <meta> in the head: parsing only the head's <meta> tags that name it (with a real
  // parser, for the attribute syntax) keeps this cheap on a site of thousands of pages. A `>` inside
  // another tag's attribute can only cut that tag short, never hide the policy, whose value has no `>`.
  // Astro writes the name as plain text; a name written with character references is not found, and
  // the build stops on the page (see `securityHeaders`), never publishing it unprotected.
  const headEnd = html.indexOf('</head>');
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const metaTags = (head.match(/<meta\b[^>]*>/giu) ?? [])
    .filter((tag) => /content-security-policy/iu.test(tag))
    .join('');
  // Pages share their policy tags, so each distinct set is parsed once per build.
  let found = parsedPolicies.get(metaTags);
  if (found === undefined && !parsedPolicies.has(metaTags)) {
    found = policyIn(metaTags);
    parsedPolicies.set(metaTags, found);
  }
  return found;
}

/** Policies by the <meta> tags they were read from. */
const parsedPolicies = new Map<string, string | undefined>();

/** The policy of the first content-security-policy <meta> among `metaTags`. */
function policyIn(metaTags: string): string | undefined {
  let found: string | undefined;
  visit(fromHtml(metaTags, { fragment: true }) as Root, 'element', (node: Element) => {
    const equiv = node.properties.httpEquiv;
    const name = Array.isArray(equiv) ? equiv.join(' ') : String(equiv ?? '');
    if (node.tagName === 'meta' && name.toLowerCase() === 'content-security-policy')
      found ??= String(node.properties.content ?? '');
  });
  return found;
}

/**
 * One policy allowing what any page's policy allows: directives in first-seen order, each with the
 * union of its sources in first-seen order (pages are read in sorted order, so the result is stable).
 */
function mergePolicies(policies: readonly string[]): string[] {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const list = merged.get(name.toLowerCase()) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name.toLowerCase(), list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' '));
}
