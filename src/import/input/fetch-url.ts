import { MAX_ORIGINAL_BYTES } from '../../loader/limits';
import { formatBytes } from '../../loader/read-regular-file';
import { ImportError } from '../import-error';

/** A page fetched for import: the bytes exactly as the server sent them, and what to call them. */
export interface FetchedPage {
  bytes: Uint8Array;
  /** A file name whose extension says the format the server gave (`page.html`, `page.txt`, `page.md`). */
  fileName: string;
  /** The address the page was finally read from, after redirects. */
  url: string;
}

export interface FetchLimits {
  /** Largest body accepted: the size the build accepts for an original. */
  maxBytes: number;
  /** The whole fetch — connecting, redirects and the body — must finish within this many ms. */
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: MAX_ORIGINAL_BYTES, timeoutMs: 30_000, maxRedirects: 5 };

/** Media types the importer reads, and the extension each is handled as. */
const READABLE: ReadonlyMap<string, string> = new Map([
  ['text/html', '.html'],
  ['application/xhtml+xml', '.html'],
  ['text/plain', '.txt'],
  ['text/markdown', '.md'],
]);

const SAVE_INSTEAD = 'or open it in a browser, save it (Save Page As… → "Web page, HTML only") and import the file';

/** Whether what the editor typed is a web address rather than a file path. */
export function isWebAddress(typed: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//iu.test(typed);
}

/**
 * Fetches a source's page for import, as a browser's "save page" would keep it: http and https only,
 * redirects followed (each checked again, at most `maxRedirects`), the whole fetch bounded in time,
 * the body refused as soon as it is larger than an original may be, and only a web page or text
 * accepted. Every failure is an ImportError saying what happened and what to do.
 */
export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = checkedAddress(address);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await getOnce(url, signal);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects)
          throw new ImportError(
            `more than ${limits.maxRedirects} redirects from ${address}`,
            `open the address in a browser to see where it leads, ${SAVE_INSTEAD}`,
          );
        url = checkedAddress(new URL(location, url).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ImportError(
          `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url.href}`,
          `check the address; if the page needs a login or blocks scripts, ${SAVE_INSTEAD}`,
        );
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const extension = READABLE.get(type);
      if (!extension) {
        await response.body?.cancel();
        throw new ImportError(
          `${url.href} is not a web page or text (the server says ${type || 'nothing about its type'})`,
          'give the address of the article’s web page; a PDF or image cannot be imported — copy its text into a .txt file and import that',
        );
      }
      const bytes = await boundedBody(response, limits.maxBytes);
      return { bytes, fileName: `page${extension}`, url: url.href };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (signal.aborted)
      throw new ImportError(
        `${url.host} did not send the page within ${limits.timeoutMs / 1000} s`,
        `try again later, ${SAVE_INSTEAD}`,
      );
    const code = (error as { cause?: { code?: string } }).cause?.code;
    throw new ImportError(
      `could not reach ${url.host}${code ? ` (${code})` : ''}`,
      `check the address and that this computer is online; ${SAVE_INSTEAD}`,
    );
  }
}

/** Connection errors that mean a kept-alive connection was closed as it was reused: worth one more try. */
const RESET = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

/**
 * One GET, asked again once on a fresh connection when the connection is reset before any answer: a
 * server closes an idle kept-alive connection at its own time, and a request sent on it at that moment
 * fails although the server is fine (browsers retry such a GET too).
 */
async function getOnce(url: URL, signal: AbortSignal): Promise<Response> {
  const get = () =>
    fetch(url, {
      redirect: 'manual',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9' },
    });
  try {
    return await get();
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (signal.aborted || !code || !RESET.has(code)) throw error;
    return get();
  }
}

/** The address parsed, if it is http or https. */
function checkedAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ImportError(`"${address}" is not a web address`, 'give the whole address, starting with https://');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ImportError(
      `only http and https addresses are fetched (this one is ${url.protocol})`,
      `give the page's https:// address, ${SAVE_INSTEAD}`,
    );
  return url;
}

/** The body, read up to `maxBytes`: refused by its declared length at once, or as soon as more arrives. */
async function boundedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    new ImportError(
      `the page is ${size}, more than the ${formatBytes(maxBytes)} the briefing keeps for an original`,
      'check that the address is the article itself; or copy the article text into a .txt file and import that',
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(formatBytes(declared));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge(`over ${formatBytes(maxBytes)}`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
