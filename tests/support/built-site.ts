/**
 * Builds the site into a private temporary folder and serves it on 127.0.0.1, so suites test the real
 * output (the same HTML, CSS and JS a host would serve) without touching the project's `dist/`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Astro needs the project's Node 24 (the `node` package), whatever node runs the tests. */
const NODE = existsSync(join(PROJECT_ROOT, 'node_modules/.bin/node'))
  ? join(PROJECT_ROOT, 'node_modules/.bin/node')
  : process.execPath;
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
  /** Deployment base path, e.g. `/briefing/`. */
  base?: string;
  /** Deployment origin, e.g. `https://example.org`. */
  site?: string;
}

export interface BuiltSite {
  /** The folder holding the built site. */
  dir: string;
  /** Deletes the build and its private cache. */
  close(): Promise<void>;
}

export interface ServedSite {
  /** Address of the site's root, with the base path and a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Builds the site once into a fresh temporary folder with its own Astro cache (safe alongside other builds). */
export async function buildSite({ base, site }: BuildOptions = {}): Promise<BuiltSite> {
  const work = await mkdtemp(join(tmpdir(), 'briefing-site-'));
  const dir = join(work, 'dist');
  const args = [ASTRO, 'build', '--outDir', dir];
  if (base) args.push('--base', base);
  if (site) args.push('--site', site);
  try {
    await run(NODE, args, {
      ...buildEnvironment(),
      BRIEFING_CACHE_DIR: join(work, 'cache'),
      // Telemetry would be a request off this machine.
      ASTRO_TELEMETRY_DISABLED: '1',
    });
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  return { dir, close: () => rm(work, { recursive: true, force: true }) };
}

/**
 * The environment without what a test runner sets for itself: Vitest puts Vite's `BASE_URL`, `MODE`,
 * `NODE_ENV=test` and friends into `process.env`, and Astro would build with them (a `BASE_URL` of `/`
 * silently overrides `--base`).
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key) || key.startsWith('VITEST'))
      delete env[key];
  }
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`astro build exited with ${code}:\n${output}`))));
  });
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
