import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { growthSources, projectWithWireCopy } from '../support/growth-sources';
import type { copyProject } from '../support/project-copy';

/** `npm run new-fact` through the real command line, on a copy of the project with the wire copy fixture imported. */
let project: ReturnType<typeof copyProject>;
const wire = growthSources.wire.id;
const id = 'foreign-ministry-protest';
const file = `content/drafts/${id}.yaml`;

beforeAll(() => {
  project = projectWithWireCopy();
}, 120_000);
afterAll(() => project.remove());

describe('npm run new-fact', () => {
  it('refuses a missing kind or a malformed date, writing nothing', () => {
    const noKind = project.run('new-fact', ['--title', 'A formal protest to Tokyo']);
    expect(noKind.status).toBe(1);
    expect(noKind.stderr).toContain('--kind is needed: one of event, statement, measure, context, characterisation');
    const badDate = project.run('new-fact', [
      '--title',
      'A formal protest to Tokyo',
      '--kind',
      'statement',
      '--date',
      '28/01/2026',
    ]);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('--date "28/01/2026": write YYYY-MM-DD, YYYY-MM or YYYY');
    expect(existsSync(project.path('content/drafts/a-formal-protest-to-tokyo.yaml'))).toBe(false);
  });

  it('writes a draft with rules from the title and the accounts of the sources they match, drafted', () => {
    const result = project.run('new-fact', [
      '--id',
      id,
      '--title',
      'China lodges a formal protest with Tokyo',
      '--kind',
      'statement',
      '--date',
      '2026-01-28',
    ]);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain(`${wire}#p-chinas-foreign-ministry-said-beijing-would-1meie53`);
    const draft = parse(project.read(file));
    expect(draft).toMatchObject({
      title: 'China lodges a formal protest with Tokyo',
      kind: 'statement',
      date: { start: '2026-01-28' },
    });
    expect(Object.values(draft.recognise.words).flat()).toEqual(expect.arrayContaining(['China', 'protest']));
    const account = draft.accounts.find((a: { source: string }) => a.source === wire);
    expect(account).toMatchObject({
      review: 'drafted',
      paragraphs: [`${wire}#p-chinas-foreign-ministry-said-beijing-would-1meie53`],
    });
    expect(project.read(file)).toContain('# Drafted from the text, not yet reviewed');
    expect(project.run('new-fact', ['--id', id, '--title', 'Again', '--kind', 'event']).stderr).toContain(
      `${file} already exists`,
    );
  });

  it('is not published until reviewed, and not accepted while its summary is unwritten', () => {
    expect(existsSync(project.path(`content/facts/${id}.yaml`))).toBe(false);
    const refused = project.run('review', ['--accept', `fact:${id}`]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('has no summary yet');
    const summary = 'China’s foreign ministry said it had lodged a formal protest with Tokyo over the remarks.';
    expect(project.run('review', ['--edit', `fact:${id}`, '--set', `summary=${summary}`]).status).toBe(0);
    const accepted = project.run('review', ['--accept', `fact:${id}`]);
    expect(accepted.status, accepted.output).toBe(0);
    expect(parse(project.read(`content/facts/${id}.yaml`)).summary).toBe(summary);
    const checked = project.run('check');
    expect(checked.status, checked.output).toBe(0);
  });
});
