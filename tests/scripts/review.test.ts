import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFactId, growthSources, projectWithWireCopy } from '../support/growth-sources';
import type { copyProject } from '../support/project-copy';

/**
 * `npm run review` through the real command line, on a copy of the project into which the wire copy
 * fixture was imported with `npm run add-source` (its drafted accounts and one draft fact).
 */
let project: ReturnType<typeof copyProject>;
const wire = growthSources.wire.id;

beforeAll(() => {
  project = projectWithWireCopy();
}, 120_000);
afterAll(() => project.remove());

describe('npm run review', () => {
  it('--list names every item with its id and changes nothing', () => {
    const before = project.read('content/facts/tv-remarks.yaml');
    const listed = project.run('review', ['--list']);
    expect(listed.status, listed.output).toBe(0);
    expect(listed.stdout).toMatch(/^\d+ items await review: 1 draft fact · \d+ drafted accounts · \d+ doubtful links/u); // the seeds' paragraphs that carry a fact on are asked about
    expect(listed.stdout).toContain(`id        fact:${draftFactId}`);
    expect(listed.stdout).toContain(`id        account:tv-remarks:${wire}`);
    expect(listed.stdout).toContain('“late on Monday” → 2026-01-26 (inferred:');
    expect(listed.stdout).toContain('drafted from the text, not yet reviewed');
    expect(project.read('content/facts/tv-remarks.yaml')).toBe(before);
  });

  it('refuses an unknown id, naming it and where the ids are listed', () => {
    const result = project.run('review', ['--accept', 'account:tv-remarks:no-such-source']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'no such item: account:tv-remarks:no-such-source → npm run review -- --list shows the ids',
    );
  });

  it('--accept marks a drafted account reviewed, keeping an editor’s own comment and layout in the file', () => {
    project.edit('content/facts/tv-remarks.yaml', (text) =>
      text.replace('kind: statement\n', 'kind: statement   # checked against the broadcast\n'),
    );
    const before = project.read('content/facts/tv-remarks.yaml');
    const result = project.run('review', ['--accept', `account:tv-remarks:${wire}`]);
    expect(result.status, result.output).toBe(0);
    const after = project.read('content/facts/tv-remarks.yaml');
    expect(after).toContain('kind: statement   # checked against the broadcast\n');
    // Only the draft's marks went: its comment line and its `review: drafted` line.
    const removed = before.split('\n').filter((line) => !after.split('\n').includes(line));
    expect(removed.map((line) => line.trim())).toEqual([
      '# Drafted from the text, not yet reviewed: npm run review accepts, edits or rejects it.',
      'review: drafted',
    ]);
    expect(project.run('review', ['--list']).stdout).not.toContain(`account:tv-remarks:${wire}`);
  });

  it('--reject removes a draft and records that the source gives no account, so it is not drafted again', () => {
    const result = project.run('review', ['--reject', `account:china-protests:${wire}`]);
    expect(result.status, result.output).toBe(0);
    const fact = project.read('content/facts/china-protests.yaml');
    expect(fact).not.toContain(`source: ${wire}`);
    expect(fact).toContain(`noAccountFrom: [${wire}]`);
    expect(project.run('review', ['--list']).stdout).not.toContain(`account:china-protests:${wire}`);
  });

  it('answers piped in, one a line: skip, edit with the source’s own words, quit — and writes a plain transcript', () => {
    const listed = project.run('review', ['--list']).stdout;
    const order = [...listed.matchAll(/^ {2}id {8}(\S+)$/gmu)].map((m) => m[1]);
    const target = `account:us-forces-scenario:${wire}`;
    const answers = [
      ...order.slice(0, order.indexOf(target)).map(() => 's'),
      'e',
      '',
      '',
      'televised interview',
      'Takaichi | U.S. forces',
      'stood idle',
      'q',
    ];
    const result = project.run('review', [], `${answers.join('\n')}\n`);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('? Accept, edit, reject or skip? [a/e/r/s/q]  Edit, then accept');
    expect(result.stdout).toContain('? Setting (empty: none)  televised interview');
    expect(result.stdout).toContain('1 change made.');
    expect(result.stdout).not.toContain('\u001b[');
    const fact = project.read('content/facts/us-forces-scenario.yaml');
    const entry = fact.slice(fact.indexOf(`- source: ${wire}`));
    expect(entry).toMatch(
      /setting: televised interview\n\s+actors: \[Takaichi, U\.S\. forces\]\n\s+wording: \[stood idle\]/u,
    );
    expect(entry.split('\n- ')[0]).not.toContain('review: drafted');
  });

  it('stops on a piped edit that is not the source’s words, writing nothing for it', () => {
    const before = project.read('content/facts/lower-house-election.yaml');
    const listed = project.run('review', ['--list']).stdout;
    const order = [...listed.matchAll(/^ {2}id {8}(\S+)$/gmu)].map((m) => m[1]);
    const target = `account:lower-house-election:${wire}`;
    const answers = [
      ...order.slice(0, order.indexOf(target)).map(() => 's'),
      'e',
      '',
      '',
      'a snap poll called by the premier',
    ];
    const result = project.run('review', [], `${answers.join('\n')}\n`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('“a snap poll called by the premier” — must be');
    expect(result.stderr).toContain('Run npm run review again to go on.');
    expect(project.read('content/facts/lower-house-election.yaml')).toBe(before);
  });

  it('publishes a draft fact only when it is accepted: it moves from content/drafts/ to content/facts/', () => {
    expect(existsSync(project.path(`content/drafts/${draftFactId}.yaml`))).toBe(true);
    expect(existsSync(project.path(`content/facts/${draftFactId}.yaml`))).toBe(false);
    const result = project.run('review', ['--accept', `fact:${draftFactId}`]);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(project.path(`content/drafts/${draftFactId}.yaml`))).toBe(false);
    const published = project.read(`content/facts/${draftFactId}.yaml`);
    expect(published).not.toMatch(/^# Draft fact/u);
    expect(published).toContain('review: drafted');
    const after = project.run('review', ['--list']).stdout;
    expect(after).toContain(`account:${draftFactId}:${wire}`);
    expect(after).not.toContain(`fact:${draftFactId}`);
  });
});
