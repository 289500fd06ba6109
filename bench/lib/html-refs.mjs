/**
 * What an HTML page or a stylesheet makes the browser fetch, read with regular expressions. Astro's
 * output is regular enough for that, and a real HTML parser would be a dependency for a report.
 */

/** Attributes of one tag's source text, lower-cased names; valueless attributes map to ''. */
export function attributes(tagSource) {
  const result = {};
  for (const match of tagSource.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    result[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return result;
}

const decode = (value) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/**
 * Resources a page references, by type: stylesheets, scripts (with whether they block rendering),
 * preloads, images, and the inline scripts' text.
 */
export function pageReferences(html) {
  const refs = { css: [], js: [], preload: [], images: [], inlineScripts: [], inlineStyles: [] };
  const headEnd = html.search(/<\/head>/i);
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(match[1]);
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!attrs.href) continue;
    const href = decode(attrs.href);
    if (rel.includes('stylesheet')) refs.css.push(href);
    else if (rel.includes('modulepreload')) refs.js.push({ src: href, blocking: false, preload: true });
    else if (rel.includes('preload')) refs.preload.push({ href, as: (attrs.as ?? '').toLowerCase() });
    else if (rel.includes('icon') || rel.includes('apple-touch-icon')) refs.images.push(href);
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(match[1]);
    const type = (attrs.type ?? '').toLowerCase();
    // JSON-LD and other data blocks are not executed.
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const inHead = headEnd >= 0 && match.index < headEnd;
    const blocking = inHead && type !== 'module' && !('async' in attrs) && !('defer' in attrs);
    if (attrs.src) refs.js.push({ src: decode(attrs.src), blocking });
    else if (match[2].trim()) refs.inlineScripts.push({ text: match[2], blocking });
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.inlineStyles.push(match[1]);
  for (const match of html.matchAll(/<(?:img|source)\b([^>]*)>/gi)) {
    const attrs = attributes(match[1]);
    // The browser fetches src, or one srcset candidate; the first candidate stands for it.
    const src = attrs.src ?? attrs.srcset?.split(',')[0]?.trim().split(/\s+/)[0];
    if (src && !src.startsWith('data:')) refs.images.push(decode(src));
  }
  return refs;
}

/** The page's visible text (tags, scripts and styles removed), for unicode-range checks and readability. */
export function visibleText(html) {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `@font-face` rules of a stylesheet: family, the url()s of its sources, and its unicode-range. */
export function fontFaces(css) {
  const faces = [];
  for (const match of css.matchAll(/@font-face\s*{([^}]*)}/gi)) {
    const body = match[1];
    const family = /font-family\s*:\s*([^;]+)/i
      .exec(body)?.[1]
      .trim()
      .replace(/^["']|["']$/g, '');
    const range = /unicode-range\s*:\s*([^;]+)/i.exec(body)?.[1];
    // A browser downloads the first source format it supports; woff2 comes first in practice.
    const urls = [...body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)].map((m) => m[1]);
    faces.push({ family, urls: urls.slice(0, 1), range: range ? parseUnicodeRange(range) : undefined });
  }
  return faces;
}

/** Other url()s in a stylesheet (outside @font-face): background images, @import. */
export function otherCssUrls(css) {
  const withoutFaces = css.replace(/@font-face\s*{[^}]*}/gi, '');
  const urls = [...withoutFaces.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)].map((m) => m[1]);
  const imports = [...withoutFaces.matchAll(/@import\s+["']([^"']+)["']/gi)].map((m) => m[1]);
  return { urls: urls.filter((url) => !url.startsWith('data:') && !url.startsWith('#')), imports };
}

/** Font families named in declarations (font-family, the font shorthand, custom properties holding them). */
export function familiesUsed(css) {
  const withoutFaces = css.replace(/@font-face\s*{[^}]*}/gi, '');
  const used = new Set();
  for (const match of withoutFaces.matchAll(/(?:font-family|font|--[\w-]*font[\w-]*)\s*:\s*([^;}]+)/gi)) {
    for (const name of match[1].split(','))
      used.add(
        name
          .trim()
          .replace(/^["']|["']$/g, '')
          .toLowerCase(),
      );
  }
  return used;
}

function parseUnicodeRange(value) {
  return value.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
    if (start.includes('?'))
      return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'F'), 16)];
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

/** Whether a text has a character in a unicode-range (a face without one covers everything). */
export function rangeMatches(range, text) {
  if (!range) return true;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (range.some(([start, end]) => code >= start && code <= end)) return true;
  }
  return false;
}
