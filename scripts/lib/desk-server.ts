import { spawn } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { formatProblems } from '../../src/model/problems';
import { deskPage, type DeskState } from '../../src/desk/desk-page';
import { loadForEditing } from '../../src/loader/load-for-editing';
import { MAX_ORIGINAL_BYTES } from '../../src/loader/limits';
import { applyDecision } from '../../src/review/apply-decision';
import { editedAccount } from '../../src/review/edited-account';
import { acceptRefusal, reviewScreen } from '../../src/review/item-problems';
import { main as addFile, run as addSource } from '../add-source';
import { main as removeSource } from '../remove-source';

/** Output captured from a command's `main`, to show on the page. */
function capture() {
  let text = '';
  const sink = { write: (chunk: string) => (text += chunk) };
  return { io: { stdout: sink, stderr: sink }, text: () => text };
}

/**
 * The desk's server (`npm run desk`): bound to 127.0.0.1 only, it serves the desk page and carries out
 * its forms with the very functions the CLI commands run — add-source's `run`/`main`, review's
 * `reviewScreen`, `acceptRefusal`, `editedAccount` and `applyDecision`, remove-source's `main`, and `npm run build` — on the project at
 * `root`. Every form carries a per-session token (a cross-site page cannot read it), the Host header
 * must be the desk's own (no DNS rebinding), and one action runs at a time. `env` is the rebuild's
 * environment (the desk's own by default).
 */
export function deskServer(
  root: string,
  options: { token?: string; env?: NodeJS.ProcessEnv } = {},
): { server: Server; token: string } {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let message: DeskState['message'];
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const actions: Record<string, (form: FormData) => Promise<NonNullable<DeskState['message']>>> = {
    '/add': async (form) => {
      const address = String(form.get('address') ?? '').trim();
      const text = String(form.get('text') ?? '');
      const file = form.get('file');
      const out = capture();
      const contentDir = ['--content-dir', join(root, 'content')];
      let status: number;
      if (address) status = await addSource([address, ...contentDir], out.io);
      else {
        const upload = file instanceof File && file.size > 0 ? file : undefined;
        if (!upload && !text.trim())
          return {
            title: 'Nothing to add',
            text: 'Give an address, paste the text, or choose a saved file.',
            failed: true,
          };
        const folder = mkdtempSync(join(tmpdir(), 'desk-'));
        try {
          const path = join(
            folder,
            upload ? basename(upload.name).replace(/[^\w.-]/gu, '_') || 'page.html' : 'pasted.txt',
          );
          writeFileSync(path, upload ? new Uint8Array(await upload.arrayBuffer()) : text);
          status = addFile([path, ...contentDir], out.io);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      }
      return { title: status === 0 ? 'Import report' : 'Not imported', text: out.text(), failed: status !== 0 };
    },
    '/review': async (form) => {
      const content = await loadForEditing(root);
      // As npm run review: a briefing with problems is still reviewed, and an item with problems of its
      // own may be edited or rejected, never accepted.
      const entry = reviewScreen(content).items.find((candidate) => candidate.item.id === form.get('id'));
      const action = form.get('action');
      const item = entry?.item;
      const editable = item?.kind === 'draft-fact' || item?.kind === 'account';
      if (!entry || !item || (action !== 'accept' && action !== 'reject' && !(action === 'edit' && editable))) {
        return {
          title: 'Not changed',
          text: `No such item or decision: ${String(form.get('id'))} (reload the page).`,
          failed: true,
        };
      }
      const refusal = action === 'accept' ? acceptRefusal(entry) : undefined;
      if (refusal) return { title: 'Not changed', text: `${refusal}.`, failed: true };
      if (action === 'edit') {
        const given = (names: readonly string[]) =>
          Object.fromEntries(names.flatMap((name) => (form.has(name) ? [[name, String(form.get(name)).trim()]] : [])));
        if (item.kind === 'account') {
          const account = editedAccount(item.account, given(['date', 'value', 'setting', 'actors', 'words']), content);
          return {
            title: 'Account saved',
            text: `${applyDecision(root, item, { action, account })}.`,
            failed: false,
          };
        }
        const fields = Object.fromEntries(Object.entries(given(['title', 'date', 'summary'])).filter(([, v]) => v));
        return { title: 'Draft saved', text: `${applyDecision(root, item, { action, fields })}.`, failed: false };
      }
      return {
        title: action === 'accept' ? 'Accepted' : 'Rejected',
        text: `${applyDecision(root, item, { action })}.`,
        failed: false,
      };
    },
    '/remove': async (form) => {
      const out = capture();
      const status = await removeSource([String(form.get('id') ?? '')], out.io, root);
      return { title: status === 0 ? 'Source removed' : 'Removal needs you', text: out.text(), failed: status !== 0 };
    },
    '/build': async () => {
      const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
        cwd: root,
        env: { ...(options.env ?? process.env), NO_COLOR: '1' },
      });
      let text = '';
      child.stdout.on('data', (chunk) => (text += String(chunk)));
      child.stderr.on('data', (chunk) => (text += String(chunk)));
      const status = await new Promise<number | null>((done) => child.on('close', done));
      const last = text.trimEnd().split('\n').slice(-40).join('\n');
      return { title: status === 0 ? 'Site rebuilt (dist/)' : 'The build stopped', text: last, failed: status !== 0 };
    },
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, 'text/plain', `The desk failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (request.headers.host !== `127.0.0.1:${port}`)
      return send(response, 421, 'text/plain', 'This desk answers only at its own address.');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (request.method === 'GET' && url.pathname === '/') {
      if (!sameToken(url.searchParams.get('token') ?? '', token))
        return send(
          response,
          403,
          'text/plain',
          'Open the desk at the address npm run desk printed (it carries this session’s token).',
        );
      const content = await serial(() => loadForEditing(root));
      const screen = reviewScreen(content);
      const state: DeskState = {
        token,
        items: screen.items,
        sources: content.articles.map((article) => ({
          id: article.id,
          label: article.data.title.status === 'stated' ? article.data.title.value : article.id,
        })),
        problems: screen.others.length > 0 ? formatProblems(screen.others) : '',
        message,
      };
      message = undefined;
      return send(response, 200, 'text/html; charset=utf-8', deskPage(state));
    }
    const action = actions[url.pathname];
    if (request.method !== 'POST' || !action) return send(response, 404, 'text/plain', 'Not found: the desk is at /.');
    if (Number(request.headers['content-length'] ?? 0) > MAX_ORIGINAL_BYTES * 2)
      return send(response, 413, 'text/plain', 'Too large: a source may be at most 10 MB.');
    const form = await new Request(url, {
      method: 'POST',
      headers: request.headers as Record<string, string>,
      body: Readable.toWeb(request) as ReadableStream,
      duplex: 'half',
    } as RequestInit).formData();
    if (!sameToken(String(form.get('token') ?? ''), token))
      return send(response, 403, 'text/plain', 'Refused: this form did not come from the desk (reload the desk page).');
    // A decision the review code refuses (a value not in the source, a draft without its summary) is
    // said on the page, as the CLI says it, not answered with a server error.
    message = await serial(() =>
      action(form).catch((error: unknown) => ({
        title: 'Not changed',
        text: error instanceof Error ? error.message : String(error),
        failed: true,
      })),
    );
    response.writeHead(303, { location: `/?token=${token}` }).end();
  }

  return { server, token };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response
    .writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    })
    .end(body);
}
