import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, loadPage, textOf } from '../support/html';
import { launchChromium } from '../support/chromium';
import { serve } from '../support/built-site';
import { copyProject } from '../support/project-copy';
import { describeVnuMessage, vnuMessages } from '../support/vnu';
import { axeViolations } from '../e2e/support/axe';

/**
 * A synthetic briefing that grew after it was written (tests/fixtures/sites/growing-sources): two
 * reviewed sources, then a wire story (three) carried by a second outlet (four), whose account is
 * drafted and not reviewed. The summary and the analysis record that they were written from the
 * first two sources only.
 */
let project: ReturnType<typeof copyProject>;
let output = '';
const DRAFTED = 'Drafted from the text, not yet reviewed';
/** The pages that carry drafted marks, staleness notes or carriers. */
const MARKED_PAGES = ['', 'facts/', 'facts/patrol-announcement/', 'timeline/', 'sources/'];
const page = (path: string) => loadPage(join(project.path('dist'), path, 'index.html'));
const json = (path: string) => JSON.parse(readFileSync(project.path(join('dist', path)), 'utf8'));
const hrefs = (element: Element) => selectAll('a', element).map((a) => attr(a, 'href') ?? '');

beforeAll(() => {
  project = copyProject();
  rmSync(project.path('content'), { recursive: true, force: true });
  cpSync(join(import.meta.dirname, '../fixtures/sites/growing-sources/content'), project.path('content'), {
    recursive: true,
  });
  const result = project.build();
  output = result.output;
  expect(result.status, result.output).toBe(0);
});
afterAll(() => project?.remove());

describe('a briefing that grew after it was written', () => {
  it('labels the drafted account on the fact page, in words, and no reviewed one', () => {
    const fact = page('facts/patrol-announcement/');
    const rows = fact.all('ul.glance > li').map(textOf);
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.includes(DRAFTED))).toHaveLength(1);
    expect(rows.find((row) => row.includes(DRAFTED))).toMatch(/^Harbour Wire/);
    const differ = fact.all('ul.differences .value-group').map(textOf);
    expect(differ.length).toBeGreaterThan(0);
    expect(differ.filter((li) => li.includes('Harbour Wire')).every((li) => li.includes(DRAFTED))).toBe(true);
    expect(differ.filter((li) => !li.includes('Harbour Wire')).some((li) => li.includes(DRAFTED))).toBe(false);
    expect(
      fact
        .all('table thead th')
        .map(textOf)
        .filter((th) => th.includes(DRAFTED)),
    ).toEqual([`Harbour Wire ${DRAFTED}`]);
    expect(textOf(page('facts/').one('#fact-patrol-announcement')!)).toContain(`${DRAFTED} (1 account)`);
  });

  it('counts the wire story once and names the outlet that carries it too', () => {
    const fact = page('facts/patrol-announcement/');
    const rows = fact.all('ul.glance > li').map(textOf);
    expect(rows.some((row) => row.startsWith('Coastal Times'))).toBe(false);
    expect(rows.find((row) => row.startsWith('Harbour Wire'))).toMatch(/also carried by Coastal Times/);
    expect(textOf(page('sources/').one('#source-four')!)).toMatch(
      /the same wire story as Harbour Wire \(compared once\)/,
    );
  });

  it('labels the drafted date on the timeline and the snapshot', () => {
    const timeline = page('timeline/');
    const dates = timeline.all('#entry-patrol-announcement .card .value-group').map(textOf);
    expect(dates).toHaveLength(3);
    const drafted = new RegExp(
      `1 source: Harbour Wire \\(a wire story, also carried by Coastal Times: counted once\\) ${DRAFTED}`,
    );
    expect(dates.filter((d) => d.includes(DRAFTED))).toEqual([expect.stringMatching(drafted)]);
    const snapshotDate = textOf(page('').one('#differ-patrol-announcement-date')!);
    expect(snapshotDate).toMatch(drafted);
  });

  it('says in one line the summary and the analysis are behind, linking the one list of the sources added since', () => {
    const summary = page('facts/patrol-announcement/').one('.stale-note')!;
    expect(textOf(summary)).toBe('This summary was written from 2 of 4 sources; 2 added since (see the list).');
    expect(hrefs(summary)).toEqual(['/sources/#added-since-summary-patrol-announcement']);
    const analysis = page('').one('.stale-note')!;
    expect(textOf(analysis)).toBe('This analysis was written from 2 of 4 sources; 2 added since (see the list).');
    expect(hrefs(analysis)).toEqual(['/sources/#added-since-analysis-snapshot']);
    const sources = page('sources/');
    for (const list of ['added-since-summary-patrol-announcement', 'added-since-analysis-snapshot']) {
      const section = sources.one(`section[aria-labelledby="${list}"]`);
      expect(section, list).toBeDefined();
      expect(hrefs(section!).filter((href) => href.startsWith('#source-'))).toEqual(['#source-three', '#source-four']);
    }
    expect(page('').text('.layout__main')).toContain('The briefing holds 4 sources on it.');
    expect(output).toMatch(/fact summaries written before sources were added/);
  });

  it('carries the review state in every export', () => {
    const comparison = json('data/comparison.json');
    expect(comparison.version).toBe('1.3');
    const compared = comparison.facts.find((f: { fact: string }) => f.fact === 'patrol-announcement');
    expect(compared.accounts).toEqual([
      { source: 'one', review: 'reviewed', alsoCarriedBy: [] },
      { source: 'two', review: 'reviewed', alsoCarriedBy: [] },
      { source: 'three', review: 'drafted', alsoCarriedBy: ['four'] },
    ]);
    const dateVersions = compared.discrepancies.find((d: { field: string }) => d.field === 'date').versions;
    expect(dateVersions.map((v: { source: string; review: string }) => [v.source, v.review])).toEqual([
      ['one', 'reviewed'],
      ['two', 'reviewed'],
      ['three', 'drafted'],
    ]);
    const accounts = json('data/facts.json').facts[0].accounts;
    expect(accounts.map((a: { source: string; review: string }) => [a.source, a.review])).toEqual([
      ['one', 'reviewed'],
      ['two', 'reviewed'],
      ['three', 'drafted'],
    ]);
    const conflicting = json('data/timeline.json').entries[0].conflictingDates;
    expect(conflicting.find((d: { source: string }) => d.source === 'three').review).toBe('drafted');
    const calendar = readFileSync(project.path('dist/timeline.ics'), 'utf8')
      .replace(/\r\n[ \t]/g, '')
      .replace(/\\([,;\\])/g, '$1');
    expect(calendar).toContain(`${DRAFTED}: the account of Harbour Wire.`);
    const feed = readFileSync(project.path('dist/updates.xml'), 'utf8');
    expect(feed).toContain(`${DRAFTED}: the account of The patrol announcement (Harbour Wire).`);
  });

  it('keeps the pages that show the new marks valid HTML and clean under axe', async () => {
    const dist = project.path('dist');
    const errors = vnuMessages(MARKED_PAGES.map((path) => join(dist, path, 'index.html'))).filter(
      (message) => message.type !== 'info',
    );
    expect(errors.map((m) => describeVnuMessage(m, dist))).toEqual([]);
    const served = await serve(dist);
    const browser = await launchChromium();
    try {
      // bypassCSP: the pages' Content-Security-Policy forbids inline scripts, and axe is injected as one.
      const context = await browser.newContext({ bypassCSP: true });
      for (const path of MARKED_PAGES) {
        const tab = await context.newPage();
        await tab.goto(new URL(path, served.url).href);
        const violations = await axeViolations(tab);
        expect(violations, `${path}: ${violations.join('\n')}`).toEqual([]);
        await tab.close();
      }
    } finally {
      await browser.close();
      await served.close();
    }
  });
});
