import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/review';
import { copyContent } from '../support/content-copy';

/**
 * Issue #21: `npm run review` works on a briefing with problems. A draft fact that misquotes its
 * source, a draft file that is not a fact at all and a problem elsewhere (a fact's summary) are
 * written into a copy of the content; the review lists each draft's problems with it, lets the
 * editor edit or reject the drafts, and refuses only to accept a draft that has problems of its own.
 */
let copy: ReturnType<typeof copyContent>;
const DRAFT = 'content/drafts/ferry-review.yaml';
const BROKEN = 'content/drafts/half-written.yaml';

async function review(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(
    args,
    { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } },
    undefined,
    copy.root,
  );
  return { status, stdout, stderr };
}

beforeAll(() => {
  copy = copyContent();
  mkdirSync(copy.path('content/drafts'));
  copy.write(
    DRAFT,
    [
      'title: Ferry rules reviewed',
      'kind: event',
      "date: { start: '2026-02-03' }",
      "summary: 'Drafted from one source, which says: “the ferry rules were torn up overnight”'",
      'recognise:',
      '  words:',
      '    ferry: [ferry rules]',
      '  match: [ferry]',
      '',
    ].join('\n'),
  );
  copy.write(BROKEN, 'title: [this is not\n');
  copy.edit('content/facts/lower-house-election.yaml', (text) =>
    text.replace('points to February 2026', 'points to “a landslide for the opposition”'),
  );
}, 60_000);
afterAll(() => copy?.remove());

describe('npm run review on a briefing with problems', () => {
  it('--list lists every item, each draft with its own problems, and the other problems apart', async () => {
    const listed = await review('--list');
    expect(listed.status, listed.stderr).toBe(0);
    const draft = listed.stdout.slice(listed.stdout.indexOf('Draft fact — ferry-review'));
    expect(draft.split('\n\n')[0]).toMatch(/✗ problem summary .*this quotation is not in the source/u);
    expect(listed.stdout).toContain('Draft fact that cannot be read — half-written');
    expect(listed.stdout).toMatch(/\(2 with problems, shown with them\)/u);
    expect(listed.stderr).toContain('content/facts/lower-house-election.yaml — summary');
    expect(listed.stderr).not.toContain('content/drafts/ferry-review.yaml');
  });

  it('refuses to accept a draft with problems of its own, changing nothing', async () => {
    const before = copy.read(DRAFT);
    const accepted = await review('--accept', 'fact:ferry-review');
    expect(accepted.status).toBe(1);
    expect(accepted.stderr).toMatch(/fact:ferry-review has a problem of its own .*edit or reject it/u);
    expect(copy.read(DRAFT)).toBe(before);
    expect(existsSync(copy.path('content/facts/ferry-review.yaml'))).toBe(false);
  });

  it('edits a broken draft, and rejects one that cannot be read, while other content still has problems', async () => {
    const edited = await review(
      '--edit',
      'fact:ferry-review',
      '--set',
      'summary=The transport ministry opens a review of ferry safety rules.',
    );
    expect(edited.status, edited.stderr).toBe(0);
    expect(copy.read(DRAFT)).toContain('summary: The transport ministry opens a review of ferry safety rules.');
    const rejected = await review('--reject', 'fact:half-written');
    expect(rejected.status, rejected.stderr).toBe(0);
    expect(existsSync(copy.path(BROKEN))).toBe(false);
    const listed = await review('--list');
    expect(listed.stdout).not.toContain('half-written');
    expect(listed.stdout.slice(listed.stdout.indexOf('Draft fact — ferry-review')).split('\n\n')[0]).not.toContain(
      '✗ problem',
    );
    expect(listed.stderr).toContain('content/facts/lower-house-election.yaml — summary');
  });
});
