import { createHash } from 'node:crypto';

/** A Content-Security-Policy as directive name (lower case) → its sources, in order. */
export type Policy = Map<string, string[]>;

/** Parses a policy the way browsers do: `;`-separated directives, the first of a repeated name wins. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The CSP hash source for an inline script or style: `'sha256-<base64>'` of its exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Source expressions that allow nothing beyond this site: keywords and hashes, no hosts or schemes. */
export function isFirstPartySource(source: string): boolean {
  return /^'(self|none|sha(256|384|512)-[A-Za-z0-9+/]+={0,2})'$/.test(source);
}
