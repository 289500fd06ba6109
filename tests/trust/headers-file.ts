/** One rule of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
export interface HeaderRule {
  path: string;
  headers: Map<string, string>;
}

/**
 * Parses `_headers`: a line starting without indentation is a path, indented `Name: value` lines are
 * its headers, `#` lines are comments. Header names are compared case-insensitively, so lower-cased.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`_headers: a header line outside a rule, or without "Name: value": ${JSON.stringify(line)}`);
    rule.headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}
