import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/add-source';
import { fetchPage } from '../../src/import/input/fetch-url';
import { copyContent, projectRoot } from '../support/content-copy';
import { ImportError } from '../../src/import/import-error';
import { ADDED } from './helpers';

/**
 * `npm run add-source -- <address>` against a local HTTP server on 127.0.0.1 serving a page written
 * for the tests (tests/fixtures/growth/saved-page.html): the page is kept byte for byte as the
 * original and read as a saved page; redirects are followed, and a 404, a page too large, a PDF, a
 * server that never answers, a closed port and a non-web address are each refused with what to do.
 */
const page = readFileSync(join(projectRoot, 'tests/fixtures/growth/saved-page.html'));
let server: Server;
let origin = '';
const held: Array<() => void> = [];
let resets = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/asia/beijing-answers-takaichi':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return;
      case '/old-address':
        response.writeHead(301, { location: '/short' }).end();
        return;
      case '/short':
        response.writeHead(302, { location: `${origin}/asia/beijing-answers-takaichi` }).end();
        return;
      case '/loop':
        response.writeHead(302, { location: '/loop' }).end();
        return;
      case '/big-declared':
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2_000_000) });
        response.end(Buffer.alloc(2_000_000, 'a'));
        return;
      case '/big-streamed':
        // No length given: the limit must hold while the body arrives.
        response.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 40; i++) response.write(Buffer.alloc(64_000, 'b'));
        response.end();
        return;
      case '/report.pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7 not an article');
        return;
      case '/reset-once':
        // The first request's connection is cut before any answer, as a server closing an idle
        // kept-alive connection does; the next one is answered.
        if (resets++ === 0) {
          request.socket.destroy();
          return;
        }
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>');
        return;
      case '/never':
        held.push(() => response.destroy());
        return;
      default:
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const release of held) release();
  await new Promise((resolve) => server.close(resolve));
});

const limits = { maxBytes: 1_000_000, timeoutMs: 1_500, maxRedirects: 3 };
/** What the refusal of `address` says is wrong (the CLI prints it with its fix). */
const refusal = async (address: string) => {
  const error = await fetchPage(address, limits).then(
    () => new Error(`${address} was fetched`),
    (thrown: unknown) => thrown,
  );
  if (error instanceof ImportError) return error.problem;
  throw error;
};

describe('add-source with an address', () => {
  it('fetches the page through two redirects, keeps its bytes as the original and reads it as a saved page', async () => {
    const content = copyContent();
    try {
      let stdout = '';
      let stderr = '';
      const status = await run([`${origin}/old-address`, '--content-dir', content.path('content'), '--added', ADDED], {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
      });
      expect(status, stderr).toBe(0);
      const id = 'beijing-answers-takaichi-with-export-curbs';
      expect(readFileSync(content.path(`content/originals/${id}.html`))).toEqual(page);
      const article = content.read(`content/articles/${id}.md`);
      expect(article).toContain('The commerce ministry in Beijing announced the countermeasures');
      expect(article).not.toContain('Ten recipes for winter');
      expect(article).toMatch(/publisher:\n {2}status: stated\n {2}value: The Lantern Review/u);
      expect(article).toContain(`value: ${origin}/asia/beijing-answers-takaichi`);
      expect(stdout).toContain(id);
    } finally {
      content.remove();
    }
  });

  it('refuses a missing page, naming the status', async () => {
    expect(await refusal(`${origin}/gone`)).toBe(`the server answered 404 Not Found for ${origin}/gone`);
  });

  it('asks once more when the connection is cut before any answer, then reports what the server says', async () => {
    expect(await refusal(`${origin}/reset-once`)).toBe(`the server answered 404 Not Found for ${origin}/reset-once`);
    expect(resets).toBe(2);
  });

  it('refuses a page larger than an original may be, declared or streamed', async () => {
    expect(await refusal(`${origin}/big-declared`)).toMatch(/^the page is 2(\.0)? MB, more than the 1(\.0)? MB/u);
    expect(await refusal(`${origin}/big-streamed`)).toMatch(/^the page is over 1(\.0)? MB, more than the 1(\.0)? MB/u);
  });

  it('refuses what is not a web page or text', async () => {
    expect(await refusal(`${origin}/report.pdf`)).toBe(
      `${origin}/report.pdf is not a web page or text (the server says application/pdf)`,
    );
  });

  it('gives up on a server that does not answer, in bounded time', async () => {
    const started = Date.now();
    expect(await refusal(`${origin}/never`)).toBe(
      '127.0.0.1:' + origin.split(':').at(-1) + ' did not send the page within 1.5 s',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses endless redirects, other schemes, and says so when the server cannot be reached', async () => {
    expect(await refusal(`${origin}/loop`)).toBe(`more than 3 redirects from ${origin}/loop`);
    expect(await refusal('ftp://127.0.0.1/article.html')).toBe(
      'only http and https addresses are fetched (this one is ftp:)',
    );
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await refusal(`http://127.0.0.1:${port}/article`)).toBe(`could not reach 127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it('writes nothing and exits 1 when the fetch is refused', async () => {
    let stderr = '';
    const status = await run([`${origin}/gone`, '--content-dir', '/nonexistent'], {
      stdout: { write: () => undefined },
      stderr: { write: (text: string) => (stderr += text) },
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^add-source: ${origin}/gone: the server answered 404 Not Found .* → check the address; .*save it .* \\(nothing was written\\)\\n$`,
        'u',
      ),
    );
  });

  // Last: it imports for seconds, longer than the server keeps an idle connection for the fetches above.
  it("imports a file given with --url without fetching that address (a flag's value is no argument)", async () => {
    const content = copyContent();
    try {
      let stderr = '';
      const file = join(projectRoot, 'tests/fixtures/growth/wire-copy.txt');
      const address = `${origin}/gone`;
      const status = await run(
        [
          file,
          '--url',
          address,
          '--publisher',
          'Harbour Wire',
          '--content-dir',
          content.path('content'),
          '--added',
          ADDED,
        ],
        { stdout: { write: () => undefined }, stderr: { write: (text: string) => (stderr += text) } },
      );
      expect(status, stderr).toBe(0);
      expect(stderr).not.toContain('404');
    } finally {
      content.remove();
    }
  });
});
