import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/add-source';
import { checkContent } from '../../src/loader/check-content';
import { copyContent, projectRoot } from '../support/content-copy';
import { fixturePath } from './helpers';

/**
 * The command line, called in-process through its `main` (fast), and once as `npm run add-source`
 * runs it (tsx, the project's Node). Always into a scratch copy of content/ through --content-dir:
 * the real content/ is never written.
 */
const tsx = join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function addSource(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

function spawnAddSource(args: string[]) {
  const result = spawnSync(process.execPath, [tsx, 'scripts/add-source.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under the scratch content folders, to prove a refused import wrote nothing. */
function listing(root: string): string[] {
  return ['articles', 'originals', 'facts']
    .flatMap((dir) => readdirSync(join(root, 'content', dir)).map((name) => `${dir}/${name}`))
    .sort();
}

describe('npm run add-source', () => {
  const content = copyContent();
  const contentDir = content.path('content');
  const common = ['--content-dir', contentDir, '--added', '2026-11-22'];
  let before: string[] = [];

  beforeAll(() => {
    before = listing(content.root);
  });
  afterAll(() => content.remove());

  describe.each([
    ['a missing file', [fixturePath('plain-text', 'no-such-file.txt')], /no such file → check the path/u],
    ['a binary file', [fixturePath('binary', 'scan.pdf')], /binary .*→ save the article as plain text/u],
    ['a file that is not UTF-8', [fixturePath('invalid-utf8', 'article.txt')], /not valid UTF-8 text → convert it/u],
    [
      'a page without article text',
      [fixturePath('empty-body', 'page.html')],
      /no article text found in this HTML file → /u,
    ],
    [
      'a text file of blank lines',
      [fixturePath('whitespace-only', 'article.txt')],
      /no article text found in this plain-text file → /u,
    ],
    [
      'an impossible --published date',
      [fixturePath('plain-text', 'article.txt'), '--published', '2026-02-30'],
      /--published 2026-02-30 is not a date in the calendar → /u,
    ],
    [
      'a bad --url',
      [fixturePath('plain-text', 'article.txt'), '--url', 'www.example.com/story'],
      /--url "www.example.com\/story" is not a full http\(s\) address → /u,
    ],
    [
      'an id in use',
      [fixturePath('plain-text', 'article.txt'), '--id', 'alliance-would-weaken'],
      /"alliance-would-weaken" already exists.* → choose another id/u,
    ],
  ])('refuses %s', (_name, args, message) => {
    it('prints "add-source: <file>: <problem> → <fix>", exits 1 and writes nothing', () => {
      const run = addSource([...args, ...common]);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^add-source: ${escape(args[0] ?? '')}: .+ → .+$`, 'u'));
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
      expect(listing(content.root)).toEqual(before);
    });
  });

  it('refuses a call without a file, and unknown options', () => {
    expect(addSource([...common]).status).toBe(1);
    const unknown = addSource([fixturePath('plain-text', 'article.txt'), '--colour', 'red', ...common]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^add-source: .*--colour.* → see npm run add-source -- --help/u);
  });

  describe('importing the plain-text fixture', () => {
    let run: ReturnType<typeof addSource>;
    const id = 'takaichi-says-japan-would-act-only-within-the';
    beforeAll(() => {
      run = addSource([fixturePath('plain-text', 'article.txt'), ...common]);
    });

    it('exits 0 and writes the article and the original, nothing else', () => {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(listing(content.root)).toEqual([...before, `articles/${id}.md`, `originals/${id}.txt`].sort());
    });

    it('keeps the original byte for byte', () => {
      expect(
        readFileSync(content.path(`content/originals/${id}.txt`)).equals(
          readFileSync(fixturePath('plain-text', 'article.txt')),
        ),
      ).toBe(true);
    });

    it('reports the known facts mentioned, with paragraph ids, and the dates no fact covers', () => {
      expect(run.stdout).toMatch(/Known facts mentioned \(\d+\):/u);
      expect(run.stdout).toMatch(/^ {2}lower-house-election — The February 8, 2026 Lower House election$/mu);
      // "Remarks come ahead of the February 8 Lower House election", and "in the weeks ahead of the vote".
      expect(run.stdout).toMatch(
        /2 mentions in p-remarks-come-ahead-of-the-february-\w+, p-a-ministry-spokesperson-said-on-tuesday-/u,
      );
      expect(run.stdout).toMatch(/Dates and events that match no fact yet \(2\):/u);
      expect(run.stdout).toMatch(/1972 \(stated\) in p-/u);
      expect(run.stdout).toMatch(/2026-03-15 \(inferred\) in p-/u);
      expect(run.stdout).toMatch(/2026-01-26 inferred: “on Monday” — counted from the publication date 2026-01-28/u);
    });

    it('drafts the source’s accounts and a draft fact for each dated event no fact covers', () => {
      expect(run.stdout).toMatch(/^Accounts drafted from the text, not yet reviewed \([1-9]\d*\):$/mu);
      expect(run.stdout).toMatch(/^ {2}lower-house-election — added to .*facts\/lower-house-election\.yaml$/mu);
      expect(content.read('content/facts/lower-house-election.yaml')).toMatch(
        new RegExp(`# Drafted from the text, not yet reviewed.*\\n {2}- source: ${id}\\n[\\s\\S]*review: drafted`, 'u'),
      );
      expect(run.stdout).toMatch(/^Draft facts, not published until accepted \(1\):$/mu);
      const drafts = readdirSync(content.path('content/drafts'));
      expect(drafts).toHaveLength(1);
      // The meeting planned for March 15 is news; the relations of 1972 in the same sentence are background history (#21).
      expect(drafts.map((name) => content.read(`content/drafts/${name}`)).join('\n')).toMatch(/start: '2026-03-15'/u);
      expect(drafts.map((name) => content.read(`content/drafts/${name}`)).join('\n')).not.toMatch(/start: '1972'/u);
    });

    it('ends with next steps: the review and the build', () => {
      expect(run.stdout).toMatch(/Next steps:/u);
      expect(run.stdout).toMatch(/Run npm run review: accept, edit or reject each drafted account and draft fact/u);
      expect(run.stdout).toMatch(/Run npm run build/u);
    });

    it('passes the project’s content check', async () => {
      const report = await checkContent(content.root);
      expect(report.problems).toEqual([]);
      expect(report.counts.articles).toBe(3);
    });

    it('refuses to import the same file again', () => {
      const again = addSource([fixturePath('plain-text', 'article.txt'), ...common]);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/already exists/u);
    });
  });

  it('runs as a script: exit code 1 and the message on stderr for a refused file, 0 for --help', () => {
    const files = listing(content.root);
    const refused = spawnAddSource([fixturePath('binary', 'scan.pdf'), ...common]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^add-source: .*scan\.pdf: the file is binary/u);
    expect(listing(content.root)).toEqual(files);
    const help = spawnAddSource(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run add-source -- <file or https:\/\/ address>/u);
  });

  it('imports the HTML page and the Markdown file too (and the content check still passes)', async () => {
    expect(addSource([fixturePath('html-page', 'page.html'), ...common]).status).toBe(0);
    expect(addSource([fixturePath('markdown', 'article.md'), ...common]).status).toBe(0);
    const report = await checkContent(content.root);
    expect(report.problems).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
