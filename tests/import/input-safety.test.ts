import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/add-source';
import { decodeInput } from '../../src/import/input/decode-input';
import { readInputFile } from '../../src/import/input/read-input-file';
import { formatReport } from '../../src/import/report/format-report';
import { buildReport } from '../../src/import/report/build-report';
import { copyContent } from '../support/content-copy';
import { ADDED, fixturePath, problemOf } from './helpers';
import { planImport } from '../../src/import/plan-import';

const scratch = mkdtempSync(join(tmpdir(), 'import-safety-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('what the importer refuses before reading', () => {
  it('refuses a 20 MB file at once, without reading it into memory', () => {
    const big = join(scratch, 'huge.html');
    writeFileSync(big, '');
    truncateSync(big, 20_000_000); // sparse: 20 MB on paper, nothing written
    const before = process.memoryUsage().arrayBuffers;
    const message = problemOf(() => readInputFile(big));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(5_000_000);
    expect(message).toMatch(/^the file is 20\.0 MB, more than the 10\.0 MB the briefing keeps for an original → /u);
  });

  it('refuses a FIFO without waiting for a writer', { timeout: 10_000 }, () => {
    const fifo = join(scratch, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(problemOf(() => readInputFile(fifo))).toMatch(
      /^this is not a regular file \(a folder, pipe or device\) → /u,
    );
  });

  it('refuses /dev/zero and a folder, which never end or are not files', { timeout: 10_000 }, () => {
    expect(problemOf(() => readInputFile('/dev/zero'))).toMatch(/not a regular file/u);
    expect(problemOf(() => readInputFile(scratch))).toMatch(/not a regular file/u);
  });

  it('says so on the command line and exits 1', { timeout: 10_000 }, () => {
    let stderr = '';
    const status = main(['/dev/zero'], {
      stdout: { write: () => undefined },
      stderr: { write: (text: string) => (stderr += text) },
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^add-source: \/dev\/zero: this is not a regular file/u);
  });
});

describe('UTF-16 input', () => {
  const text = 'Tokyo said on Tuesday that the talks would resume.\n';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();

  it.each([
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16LE'],
    ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16BE'],
    ['UTF-16LE without one', le, 'UTF-16LE'],
    ['UTF-16BE without one', be, 'UTF-16BE'],
  ])('names %s as UTF-16 (not "binary") and gives the conversion command', (_name, bytes, form) => {
    const message = problemOf(() => decodeInput(bytes));
    expect(message).toContain(`the file is ${form} text`);
    expect(message).toContain('iconv -f UTF-16 -t UTF-8');
    expect(message).not.toMatch(/binary/u);
  });

  it('still calls a file with scattered NUL bytes binary', () => {
    expect(
      problemOf(() => decodeInput(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x00, 0x00, 0x7f, 0x00]))),
    ).toMatch(/binary/u);
  });
});

describe('remote images in a source', () => {
  const source = [
    '# Talks to resume',
    '',
    'Officials said on Tuesday that the talks would resume next week.',
    '',
    '![The venue](https://images.example.net/venue.jpg)',
    '',
    'A photo <img src="https://tracker.example.org/pixel.gif" alt=""> appeared here.',
    '',
    '![Delegates][photo]',
    '',
    '[photo]: //cdn.example.com/delegates.png',
    '',
  ].join('\n');
  const plan = planImport({
    fileName: 'talks.md',
    bytes: new TextEncoder().encode(source),
    flags: {},
    added: ADDED,
    takenIds: new Set(),
    articlesDir: 'content/articles',
  });

  it('leaves every image out of the article, so no reader’s browser requests it', () => {
    expect(plan.article).not.toMatch(/!\[|<img|images\.example|tracker\.example|cdn\.example/u);
    expect(plan.article).toMatch(/A photo +appeared here\./u);
  });

  it('warns about each of them in the report, naming the addresses', () => {
    expect(plan.leftOut.filter((item) => item.kind === 'image').map((item) => item.text)).toEqual([
      'https://images.example.net/venue.jpg',
      'https://tracker.example.org/pixel.gif',
      '//cdn.example.com/delegates.png',
    ]);
    const printed = formatReport(
      plan,
      buildReport(plan, { recognisers: compileRecognisers([]).recognisers, summaries: [] }),
      { article: 'a.md', original: 'a.md' },
    );
    expect(printed).toMatch(
      /⚠ 3 images were left out \(https:\/\/images\.example\.net\/venue\.jpg, https:\/\/tracker\.example\.org\/pixel\.gif, \/\/cdn\.example\.com\/delegates\.png\): the briefing shows no picture/u,
    );
  });
});

describe('a second import of text already in the briefing', () => {
  const content = copyContent();
  afterAll(() => content.remove());
  const run = (args: string[]) => {
    let stdout = '';
    const status = main([...args, '--content-dir', content.path('content'), '--added', ADDED], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => undefined },
    });
    return { status, stdout };
  };

  it('is written, with a warning naming the article that already holds the text', () => {
    const first = run([fixturePath('plain-text', 'article.txt')]);
    expect(first.status).toBe(0);
    expect(first.stdout).not.toMatch(/already in the briefing/u);
    const firstId = /Added .*articles\/([a-z0-9-]+)\.md/u.exec(first.stdout)?.[1];
    const again = run([fixturePath('plain-text', 'article.txt'), '--id', 'same-text-again']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(
        `⚠ all paragraphs of this text are already in the briefing as content/articles/${firstId}\\.md\\. If it is the same article, undo the import with npm run remove-source -- same-text-again;`,
        'u',
      ),
    );
  });

  it('is not warned about for a different article', () => {
    const other = run([fixturePath('html-wire', 'page.html')]);
    expect(other.status).toBe(0);
    expect(other.stdout).not.toMatch(/already in the briefing/u);
  });
});

describe('markup nested deeper than any article', () => {
  const plan = (fileName: string, text: string) => () =>
    planImport({
      fileName,
      bytes: new TextEncoder().encode(text),
      flags: {},
      added: ADDED,
      takenIds: new Set(),
      articlesDir: 'content/articles',
    });
  const article = '<p>' + 'The text of the article goes on for a while here. '.repeat(10) + '</p>';

  it('refuses a page nested a few hundred levels deep, saying how deep', () => {
    const html = `<html><body>${'<div>'.repeat(450)}${article}${'</div>'.repeat(450)}</body></html>`;
    expect(problemOf(plan('deep.html', html))).toMatch(
      /^the page nests its elements 45\d levels deep \(a news page nests a few dozen\) → /u,
    );
  });

  it('refuses a page nested so deep that parsing it would overflow the stack, instead of crashing', () => {
    const html = `<html><body>${'<div class="share">x'.repeat(20_000)}${article}${'</div>'.repeat(20_000)}</body></html>`;
    expect(problemOf(plan('deeper.html', html))).toMatch(
      /^the page nests its elements (thousands of|\d{4,}) levels deep/u,
    );
  });

  it('refuses Markdown quotations nested deeper than the build accepts, before parsing', () => {
    const markdown = `# Title\n\n${'>'.repeat(40)} quoted\n`;
    expect(problemOf(plan('deep.md', markdown))).toMatch(
      /^lists or quotations are nested 40 levels deep on line 3, more than the 16 the build accepts → /u,
    );
  });

  it('refuses text that would make an article over the build’s 1 MB before giving it ids', () => {
    const text = Array.from(
      { length: 12_000 },
      (_, i) => `Paragraph ${i} of a text far longer than any single news article.`,
    ).join('\n\n');
    expect(problemOf(plan('long.txt', text))).toMatch(
      /^the article text comes to 1\.\d MB, more than the 1\.0 MB the build accepts for one article → /u,
    );
  });
});
