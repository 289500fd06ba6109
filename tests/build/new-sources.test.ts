import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/briefing/views/briefing';
import { loadContent } from '../../src/loader/load-content';
import { draftFactId, growthSources } from '../support/growth-sources';
import { attr, loadPage, textOf } from '../support/html';
import { copyProject } from '../support/project-copy';

/**
 * Issue #12's acceptance, end to end: three new sources written for the tests (wire copy, a saved web
 * page, a Japanese article; tests/fixtures/growth) are imported into a copy of the project with
 * `npm run add-source` and no hand edits, the site is built, then the draft fact the wire copy gave is
 * accepted with `npm run review` and the site built again.
 */
let project: ReturnType<typeof copyProject>;
let firstBuild: ReturnType<ReturnType<typeof copyProject>['build']>;
const json = (path: string) => JSON.parse(project.read(`dist/data/${path}`));
const builtPage = (path: string) => loadPage(join(project.path('dist'), path, 'index.html'));
const DRAFTED = 'Drafted from the text, not yet reviewed';
const NEW_LABELS = ['The Lantern Review', 'Harbour Wire', '東都新聞'];
const { wire, page: savedPage, japanese } = growthSources;
const added = [wire.id, savedPage.id, japanese.id];

type Versioned = { source: string; value: string };
type Discrepancy = { field: string; versions: Versioned[] };
type Compared = { fact: string; accounts: Array<{ source: string; review: string }>; discrepancies: Discrepancy[] };

beforeAll(() => {
  project = copyProject();
  for (const source of [wire, savedPage, japanese]) {
    const result = project.run('add-source', source.args);
    expect(result.status, result.output).toBe(0);
  }
  firstBuild = project.build();
  expect(firstBuild.status, firstBuild.output).toBe(0);
}, 600_000);
afterAll(() => project?.remove());

describe('three new sources, imported and built without a hand edit', () => {
  it('join the comparison with drafted accounts, and the discrepancy flags', () => {
    const remarks = (json('comparison.json').facts as Compared[]).find((fact) => fact.fact === 'tv-remarks');
    expect(remarks?.accounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: wire.id, review: 'drafted' }),
        expect.objectContaining({ source: japanese.id, review: 'drafted' }),
      ]),
    );
    expect(remarks?.accounts.filter((a) => a.source.startsWith('alliance-')).map((a) => a.review)).toEqual([
      'reviewed',
      'reviewed',
    ]);
    // The wire copy dates the remarks a day off one seed, and calls the programme what the other does.
    const date = remarks?.discrepancies.find((d) => d.field === 'date');
    expect(date?.versions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: wire.id, value: 'late on Monday' }),
        expect.objectContaining({ source: japanese.id, value: '1月26日' }),
      ]),
    );
    expect(remarks?.discrepancies.find((d) => d.field === 'setting')?.versions).toContainEqual(
      expect.objectContaining({ source: wire.id, value: 'televised interview' }),
    );
    const countermeasures = (json('comparison.json').facts as Compared[]).find(
      (fact) => fact.fact === 'china-countermeasures',
    );
    expect(countermeasures?.accounts.map((a) => a.source)).toEqual(expect.arrayContaining(added));
  });

  it('with quotations the build verifies: a drafted value that is not the source’s words stops it', () => {
    const file = 'content/facts/tv-remarks.yaml';
    const text = project.read(file);
    expect(text).toContain('setting: televised interview\n');
    const entry = text.indexOf(`- source: ${wire.id}`);
    project.write(
      file,
      `${text.slice(0, entry)}${text.slice(entry).replace('setting: televised interview', 'setting: radio phone-in')}`,
    );
    try {
      const checked = project.run('check');
      expect(checked.status).toBe(1);
      expect(checked.output).toContain('radio phone-in');
      expect(checked.output).toContain(file);
    } finally {
      project.write(file, text);
    }
  });

  it('resolve a relative date against the article’s own date and mark it inferred', () => {
    const entry = (
      json('timeline.json').entries as Array<{ fact: string; conflictingDates: Array<Record<string, string>> }>
    ).find((e) => e.fact === 'tv-remarks');
    const fromWire = entry?.conflictingDates.find((d) => d.source === wire.id);
    expect(fromWire).toMatchObject({ asWritten: 'late on Monday', value: '2026-01-26' });
    expect(fromWire?.inferred).toMatch(/publication date 2026-01-29/u);
  });

  it('print the warnings with a summary line, without failing the build', () => {
    expect(firstBuild.output).toMatch(
      /\d+ warnings \(the build goes on; look at them when you can\): [^\n]*\d+ × sources with accounts not yet reviewed[^\n]*\d+ × draft facts awaiting review/u,
    );
    for (const id of added) expect(firstBuild.output).toContain(`content/articles/${id}.md — accounts`);
    expect(firstBuild.output).toContain('written from 2 of 5 sources');
  });

  it('end the build’s output with the work: the warnings after the publish line, then the summary line', () => {
    const lines = firstBuild.stdout.trimEnd().split('\n');
    const last = lines.at(-1) ?? '';
    expect(last).toMatch(
      /^To do: \d+ × sources with accounts not yet reviewed · [^\n]*\d+ × draft facts awaiting review[^\n]* → npm run review /u,
    );
    // Every kind of warning the build printed is counted in the last line.
    for (const [, kind] of firstBuild.stdout.matchAll(/\d+ × ([^·:\n]+?)(?= ·|\n|$)/gmu)) expect(last).toContain(kind);
    const published = lines.findIndex((line) => line.startsWith('✓ published to dist/'));
    expect(published).toBeGreaterThan(-1);
    expect(lines.slice(published).join('\n')).toMatch(/\d+ warnings \(the build goes on/u);
    // Astro's one line per page is summarised in the publish line.
    expect(lines[published]).toMatch(/\(\d{2,} files written; npm run build -- --verbose lists them\)/u);
    expect(firstBuild.output).not.toMatch(/^\s*[├└]─ /mu);
  });

  it('each have a label of their own', async () => {
    const content = await loadContent(project.root, { base: '/' });
    const briefing = buildBriefing(content);
    const labels = content.articles.map((article) => briefing.label(article.id));
    expect(new Set(labels).size).toBe(content.articles.length);
    expect(labels).toEqual(expect.arrayContaining(['Harbour Wire', 'The Lantern Review', '東都新聞']));
    expect(firstBuild.output).not.toContain('sources alike in label');
  });

  it('are labelled drafted on the fact page, and the seeds’ reviewed accounts are not', () => {
    const rows = builtPage('facts/tv-remarks/').all('ul.glance > li').map(textOf);
    for (const label of NEW_LABELS)
      expect(
        rows.find((row) => row.startsWith(label)),
        label,
      ).toContain(DRAFTED);
    expect(rows.filter((row) => !NEW_LABELS.some((label) => row.startsWith(label)))).toHaveLength(2);
    expect(
      rows.filter((row) => !NEW_LABELS.some((label) => row.startsWith(label))).some((row) => row.includes(DRAFTED)),
    ).toBe(false);
  });

  it('make the snapshot and the fact pages say in one line what they were written from, linking the one list of sources added since', () => {
    const analysis = builtPage('').one('.stale-note');
    expect(analysis && textOf(analysis)).toBe(
      'This analysis was written from 2 of 5 sources; 3 added since (see the list).',
    );
    const summary = builtPage('facts/tv-remarks/').one('.stale-note');
    expect(summary && textOf(summary)).toBe(
      'This summary was written from 2 of 5 sources; 3 added since (see the list).',
    );
    const sources = builtPage('sources/');
    for (const note of [analysis, summary]) {
      const [href = ''] = selectAll('a', note!).map((a) => attr(a, 'href') ?? '');
      expect(href).toMatch(/^\/sources\/#added-since-/);
      const list = sources.one(`section[aria-labelledby="${href.split('#')[1]}"]`);
      expect(list, href).toBeDefined();
      const links = selectAll('a', list!).map((a) => attr(a, 'href') ?? '');
      for (const id of added) expect(links, id).toContain(`#source-${id}`);
    }
  });

  it('give a draft fact for the announced event no fact covers, published only once it is accepted', () => {
    const ids = () => (json('facts.json').facts as Array<{ id: string }>).map((fact) => fact.id);
    expect(existsSync(project.path(`content/drafts/${draftFactId}.yaml`))).toBe(true);
    expect(ids()).not.toContain(draftFactId);
    expect(existsSync(project.path(`dist/facts/${draftFactId}/index.html`))).toBe(false);

    const accepted = project.run('review', ['--accept', `fact:${draftFactId}`]);
    expect(accepted.status, accepted.output).toBe(0);
    const rebuilt = project.build();
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(ids()).toContain(draftFactId);
    expect(existsSync(project.path(`dist/facts/${draftFactId}/index.html`))).toBe(true);
    const fact = (json('comparison.json').facts as Compared[]).find((f) => f.fact === draftFactId);
    expect(fact?.accounts).toContainEqual(expect.objectContaining({ source: wire.id, review: 'drafted' }));
    expect(rebuilt.output).not.toContain('draft facts awaiting review');
  });
});
