import { existsSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFactId, growthSources, projectWithWireCopy } from '../support/growth-sources';
import type { copyProject } from '../support/project-copy';

/**
 * `npm run remove-source` undoes an import everywhere it wrote, in a copy of the project: the wire copy
 * is imported (accounts drafted into five fact files, a draft fact), an editor comments a fact file and
 * keeps a doubtful link of it, then removes it; the content check and the build pass, the editor's
 * comment stays, and the changes log records the removal.
 */
const { id } = growthSources.wire;
const COMMENT = '# editor: checked against the broadcast, 3 Feb';
let project: ReturnType<typeof copyProject>;
let removed: ReturnType<ReturnType<typeof copyProject>['run']>;
let built: ReturnType<ReturnType<typeof copyProject>['build']>;

beforeAll(() => {
  project = projectWithWireCopy();
  const fact = 'content/facts/tv-remarks.yaml';
  const text = project.read(fact);
  expect(text).toContain(`- source: ${id}`);
  project.write(
    fact,
    text
      .replace('\nrelated:', `\n${COMMENT}\nrelated:`)
      .concat(`linksKept: ['${id}#p-anything', 'alliance-would-weaken#p-lose-credibility']\n`),
  );
  removed = project.run('remove-source', [id, '--reason', 'The wire copy was withdrawn.', '--date', '2026-12-05']);
  built = project.build();
}, 600_000);
afterAll(() => project?.remove());

describe('removing a source', () => {
  it('takes out its article, original, accounts and draft fact, and the check passes', () => {
    expect(removed.status, removed.output).toBe(0);
    expect(removed.stdout).toContain('✓ the content check passes');
    expect(existsSync(project.path(`content/articles/${id}.md`))).toBe(false);
    expect(existsSync(project.path(`content/originals/${id}.txt`))).toBe(false);
    expect(existsSync(project.path(`content/drafts/${draftFactId}.yaml`))).toBe(false);
    for (const fact of ['tv-remarks', 'china-countermeasures', 'lower-house-election'])
      expect(project.read(`content/facts/${fact}.yaml`)).not.toContain(id);
  });

  it('keeps the editor’s comment and the other sources’ decisions', () => {
    const text = project.read('content/facts/tv-remarks.yaml');
    expect(text).toContain(`${COMMENT}\nrelated:`);
    expect(parse(text).linksKept).toEqual(['alliance-would-weaken#p-lose-credibility']);
  });

  it('records the removal in the changes log, published on the About page', () => {
    const record = project.read(`content/corrections/removed-${id}.yaml`);
    expect(record).toContain("date: '2026-12-05'");
    expect(record).toContain('kind: change');
    expect(record).toContain('The wire copy was withdrawn.');
    expect(built.status, built.output).toBe(0);
    expect(project.read('dist/about/index.html')).toContain(`id="change-removed-${id}"`);
    expect(existsSync(project.path(`dist/articles/${id}/index.html`))).toBe(false);
  });

  it('refuses a source the analysis cites, changing nothing, and suggests an id for a slip', () => {
    const cited = project.run('remove-source', ['alliance-would-weaken']);
    expect(cited.status).toBe(1);
    expect(cited.stderr).toMatch(
      /the analysis cites alliance-would-weaken: content\/analysis\/snapshot\.mdx line \d+/u,
    );
    expect(cited.stderr).toContain('Nothing was changed.');
    expect(existsSync(project.path('content/articles/alliance-would-weaken.md'))).toBe(true);
    expect(project.run('remove-source', ['alliance-would-weeken']).stderr).toContain(
      'did you mean alliance-would-weaken?',
    );
  });
});
