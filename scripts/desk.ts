/**
 * `npm run desk [-- --port N]`: the editor's desk in the browser — add a source (address, pasted text
 * or a saved page), review what a machine drafted beside its source passage, remove a source, rebuild.
 * A small server on 127.0.0.1 only (scripts/lib/desk-server.ts), never part of the site: it writes the
 * same files through the same code as add-source, review and remove-source. Stop it with Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { deskServer } from './lib/desk-server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' } } });
const { server, token } = deskServer(process.cwd());
server.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(
    `desk: ${error.code === 'EADDRINUSE' ? `port ${values.port} is taken → npm run desk -- --port <another>` : error.message}\n`,
  );
  process.exitCode = 1;
});
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(
    `The editor's desk: http://127.0.0.1:${port}/?token=${token}\n(only on this computer; the address carries this session's key — Ctrl-C stops the desk)`,
  );
});
