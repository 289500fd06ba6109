import type { Readable, Writable } from 'node:stream';

/** Terminal colour codes, which Astro puts around its route lines when writing to a terminal. */
const COLOUR = /\u001b\[[0-9;]*m/gu;

/**
 * Whether a line of Astro's build output is one of its route lines — a page written
 * (`  ├─ /facts/tv-remarks/index.html (+12ms)`) or the page file that makes it (`▶ src/pages/…`):
 * one line per page, which would scroll everything else away.
 */
export function isRouteLine(line: string): boolean {
  return /^(?:\d{2}:\d{2}:\d{2}\s+)?\s*(?:[├└]─|▶)\s/u.test(line.replace(COLOUR, ''));
}

/** Whether a route line is a file written (rather than the page file heading a group of them). */
export function isFileLine(line: string): boolean {
  return /^(?:\d{2}:\d{2}:\d{2}\s+)?\s*[├└]─\s/u.test(line.replace(COLOUR, ''));
}

/**
 * Copies a child's output stream to `to` line by line, leaving out route lines unless `verbose`;
 * counts the files written. Resolves with the count when the stream ends.
 */
export function passOutput(from: Readable, to: Writable, verbose: boolean): Promise<number> {
  let files = 0;
  let rest = '';
  const pass = (line: string) => {
    if (isFileLine(line)) files++;
    if (verbose || !isRouteLine(line)) to.write(`${line}\n`);
  };
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(pass);
  });
  return new Promise((resolve) =>
    from.on('end', () => {
      if (rest) pass(rest);
      resolve(files);
    }),
  );
}
