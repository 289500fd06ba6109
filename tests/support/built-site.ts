/**
 * Serves a built site on 127.0.0.1 as a static host would, so suites test the real output (the same HTML,
 * CSS and JS a host would serve) from a build in a scratch copy (tests/support/project-copy.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface ServedSite {
  /** Address of the site's root, with the base path and a trailing slash. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
};

async function fileAt(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves a built folder under `base` the way static hosts do: `index.html` for directories (with a
 * redirect to the trailing slash), `404.html` with status 404 for misses.
 */
export async function serve(dir: string, base = '/'): Promise<ServedSite> {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const notFound = async (): Promise<Buffer> => readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));

  const server = createServer(async (request, response) => {
    const send = (
      status: number,
      body: Buffer | string,
      type = CONTENT_TYPES['.html']!,
      headers: Record<string, string> = {},
    ) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, 'Method not allowed', CONTENT_TYPES['.txt']);
    const address = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(address.pathname);
    } catch {
      return send(400, 'Bad request', CONTENT_TYPES['.txt']);
    }
    if (`${pathname}/` === prefix) return send(301, '', undefined, { location: prefix + address.search });
    if (!pathname.startsWith(prefix)) return send(404, await notFound());
    let path = resolve(root, `.${sep}${pathname.slice(prefix.length)}`);
    if (path !== root && !path.startsWith(root + sep)) return send(404, await notFound());
    let kind = await fileAt(path);
    if (kind === 'dir') {
      if (!address.pathname.endsWith('/'))
        return send(301, '', undefined, { location: `${address.pathname}/${address.search}` });
      path = join(path, 'index.html');
      kind = await fileAt(path);
    }
    if (kind !== 'file') return send(404, await notFound());
    send(200, await readFile(path), CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream');
  });

  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
