import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage, textOf } from '../support/html';
import { copyProject } from '../support/project-copy';

/**
 * A synthetic briefing whose two sources disagree on a date (March 2 vs 3), a number (three vs five
 * ships) and a verb (announced vs said): every difference must be flagged on the fact page, the
 * timeline and the snapshot.
 */
let project: ReturnType<typeof copyProject>;
const page = (path: string) => loadPage(join(project.path('dist'), path, 'index.html'));

beforeAll(() => {
  project = copyProject();
  rmSync(project.path('content'), { recursive: true, force: true });
  cpSync(join(import.meta.dirname, '../fixtures/sites/disagreeing-sources/content'), project.path('content'), {
    recursive: true,
  });
  const result = project.build();
  expect(result.status, result.output).toBe(0);
});
afterAll(() => project?.remove());

describe('sources that disagree', () => {
  it('are flagged on the fact page, with both versions and their sources', () => {
    const differ = page('facts/patrol-announcement/').one('#sources-differ')!;
    expect(differ).toBeDefined();
    const section = textOf(
      page('facts/patrol-announcement/')
        .all('section.card')
        .find((s) => textOf(s).includes('Where the sources differ'))!,
    );
    // Each version with how many sources give it and, few as they are, which.
    expect(section).toMatch(
      /Sources differ on the date \(2 sources compared\):.*2 March 2026 \(Monday\) — 1 source: .*March 2, 2026.*3 March 2026 \(Tuesday\) — 1 source: .*March 3, 2026/,
    );
    expect(section).toMatch(
      /Sources differ on the ships on patrol: 3 or 5 ships \(2 sources compared\):.*three ships — 1 source.*five ships — 1 source/,
    );
    expect(section).toMatch(
      /Worded differently — the characterising words \(2 sources compared\):.*"announced" — 1 source.*"said" — 1 source/,
    );
    // Conflicts of fact first, the difference of words last.
    const order = page('facts/patrol-announcement/')
      .all('#sources-differ ~ ul > li, [id^="differ-patrol-announcement-"]')
      .map((li) => String(li.properties.id));
    expect(order).toEqual([
      'differ-patrol-announcement-date',
      'differ-patrol-announcement-number-ships-on-patrol',
      'differ-patrol-announcement-wording',
    ]);
    expect(page('facts/patrol-announcement/').all('table .differ-flag')).toHaveLength(2);
    expect(page('facts/patrol-announcement/').all('table .wording-flag')).toHaveLength(1);
  });

  it('flag the conflict, not the wording, in the list of facts', () => {
    const item = textOf(page('facts/').one('#fact-patrol-announcement')!);
    expect(item).toMatch(/Sources differ on the date and the ships on patrol/);
    expect(item).not.toMatch(/Worded differently/);
  });

  it('link quotes to the original page with a text fragment when its address is known', () => {
    const links = page('facts/patrol-announcement/')
      .all('.passage footer a')
      .map((a) => String(a.properties.href));
    expect(links).toContain(
      'https://news.example.org/patrol-plan#:~:text=The%20minister%20announced%20on%20March%202%2C,three%20ships%20would%20patrol%20the%20strait.',
    );
    expect(links.filter((href) => href.includes(':~:text='))).toHaveLength(1);
  });

  it('mark the source added in the latest update as new on the fact page', () => {
    const passages = page('facts/patrol-announcement/').all('.passage').map(textOf);
    expect(passages.find((p) => p.includes('three ships'))).toMatch(/New: added 6 March 2026/);
    expect(passages.find((p) => p.includes('five ships'))).not.toMatch(/New/);
  });

  it('are marked on the timeline', () => {
    const entry = textOf(page('timeline/').one('#entry-patrol-announcement')!);
    expect(entry).toMatch(/Sources differ on the date/);
    expect(entry).toMatch(/"March 2, 2026".*"March 3, 2026"/);
  });

  it('are listed in the snapshot with links to the fact', () => {
    const snapshot = page('');
    const items = snapshot.all('#where-sources-differ ~ ul > li, [id^="differ-patrol-announcement-"]');
    const ids = items.map((li) => String(li.properties.id)).filter((id) => id.startsWith('differ-'));
    // In reading order: the conflicting date and number before the difference of words.
    expect([...new Set(ids)]).toEqual([
      'differ-patrol-announcement-date',
      'differ-patrol-announcement-number-ships-on-patrol',
      'differ-patrol-announcement-wording',
    ]);
    for (const li of snapshot.all('[id^="differ-patrol-announcement-"]')) {
      expect(textOf(li)).toMatch(/The patrol announcement/);
      const href =
        selectAll('a', li)
          .map((a) => String(a.properties.href))
          .find((h) => h.startsWith('/facts/')) ?? '';
      const target = page('facts/patrol-announcement/').one(`[id="${href.split('#')[1]}"]`);
      expect(target, `${href} lands on the flag`).toBeDefined();
    }
  });
});
