/** Link protocols that may appear in an article: anything else (javascript:, data:, vbscript:, file:) is dropped. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The absolute, safe form of a link target, or undefined when the link must go (its visible text is
 * kept by the caller). Relative targets are resolved against the page's own address when known and
 * dropped otherwise: on the briefing's site they would point nowhere.
 */
export function safeUrl(target: string, base?: string): string | undefined {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so must we.
  const cleaned = target.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '');
  if (cleaned === '' || cleaned.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** Whether a text is an absolute http(s) address (what `--url` and `og:url` must be). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
