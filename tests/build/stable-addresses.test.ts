import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist-files';
import { attr, loadPage } from '../support/html';
import { checkLinks } from '../support/link-check';
import { copyProject } from '../support/project-copy';

/**
 * Shared links must survive rebuilds: build, then insert paragraphs, add a source (with Japanese text),
 * rename a fact and a heading, rebuild — every id of the first build must still be on the same page.
 */
let project: ReturnType<typeof copyProject>;
let before: Map<string, Set<string>>;
let after: Map<string, Set<string>>;

const idsByPage = (dist: string) =>
  new Map(
    htmlPages(dist).map((file) => [
      file,
      new Set(
        loadPage(join(dist, file))
          .all('[id]')
          .map((el) => attr(el, 'id') ?? ''),
      ),
    ]),
  );

const NEW_SOURCE = `---
title:
  status: stated
  value: 台湾有事をめぐる首相発言
publisher:
  status: not-stated
byline:
  status: not-stated
published:
  status: stated
  value: 2026-01-28
url:
  status: not-stated
language:
  status: stated
  value: ja
original: new-source.txt
added: 2026-11-23
---

## 首相のテレビ発言

高市首相はテレビ番組で、台湾有事の際に日本が何もしなければ日米同盟は崩壊すると述べた。

The remarks came before the February 8 Lower House election.
`;

beforeAll(() => {
  project = copyProject();
  const first = project.build();
  expect(first.status, first.output).toBe(0);
  before = idsByPage(project.path('dist'));

  const weaken = 'content/articles/alliance-would-weaken.md';
  project.edit(weaken, (text) =>
    text.replace(
      'By Global Leaders Insights Team | Jan 27, 2026 {#p-byline}',
      'Editor’s note: this opening paragraph was added later.\n\nBy Global Leaders Insights Team | Jan 27, 2026 {#p-byline}',
    ),
  );
  const collapse = 'content/articles/alliance-collapse-warning.md';
  project.edit(collapse, (text) =>
    text
      .replace(
        '## Legal Framework and Strategic Clarification',
        'A paragraph inserted in the middle, without an id.\n\n## Legal Framework and Strategic Clarification',
      )
      .replace('## Beijing’s Economic Retaliation', '## China’s Economic Retaliation')
      .replace(
        'added: 2026-11-22',
        'added: 2026-11-22\nanchorAliases:\n  beijings-economic-retaliation: chinas-economic-retaliation',
      ),
  );
  project.write('content/articles/new-source.md', NEW_SOURCE);
  project.write('content/originals/new-source.txt', '台湾有事をめぐる首相発言\n');
  renameSync(
    project.path('content/facts/security-treaty-1960.yaml'),
    project.path('content/facts/us-japan-security-treaty.yaml'),
  );
  project.edit('content/facts/us-japan-security-treaty.yaml', (text) => `${text}aliases: [security-treaty-1960]\n`);

  const second = project.build();
  expect(second.status, second.output).toBe(0);
  after = idsByPage(project.path('dist'));
});
afterAll(() => project?.remove());

describe('stable addresses', () => {
  it('keeps every id of every page after paragraphs and a source are added', () => {
    const lost: string[] = [];
    for (const [page, ids] of before) {
      const target =
        page === 'facts/security-treaty-1960/index.html' ? 'facts/us-japan-security-treaty/index.html' : page;
      const now = after.get(target);
      if (!now) {
        lost.push(`${page}: page gone`);
        continue;
      }
      for (const id of ids) if (!now.has(id)) lost.push(`${page}#${id}`);
    }
    expect(before.size).toBeGreaterThan(20);
    expect(lost).toEqual([]);
  });

  it('keeps the old address of a renamed fact working', () => {
    const old = loadPage(project.path('dist/facts/security-treaty-1960/index.html'));
    expect(attr(old.one('meta[http-equiv="refresh"]'), 'content')).toBe('0;url=/facts/us-japan-security-treaty/');
    expect(attr(old.one('link[rel="canonical"]'), 'href')).toMatch(/\/facts\/us-japan-security-treaty\/$/);
    expect(existsSync(project.path('dist/facts/us-japan-security-treaty/index.html'))).toBe(true);
  });

  it('keeps the old anchor of a renamed heading working', () => {
    const page = loadPage(project.path('dist/articles/alliance-collapse-warning/index.html'));
    expect(page.one('#chinas-economic-retaliation')).toBeDefined();
    expect(page.one('#beijings-economic-retaliation')).toBeDefined();
  });

  it('gives Japanese headings and paragraphs working, unique ids', () => {
    const page = loadPage(project.path('dist/articles/new-source/index.html'));
    const heading = page.one('.article-body h2');
    expect(attr(heading, 'id')).toBe('首相のテレビ発言');
    const paragraph = page.all('.article-body p').find((p) => String(attr(p, 'id')).startsWith('p-高市首相は'));
    expect(paragraph).toBeDefined();
    // Short: the opening words and a hash, not the whole paragraph.
    expect([...String(attr(paragraph, 'id'))].length).toBeLessThanOrEqual(2 + 12 + 8);
    expect(attr(page.one('.article-body'), 'lang')).toBe('ja');
    const ids = page.all('[id]').map((el) => attr(el, 'id'));
    expect(ids.length).toBe(new Set(ids).size);
    expect(checkLinks(project.path('dist')).broken).toEqual([]);
  });

  it('links the new source to the facts it mentions, with no manual markup', () => {
    const page = loadPage(project.path('dist/articles/new-source/index.html'));
    const links = page.all('.article-body a.fact-mention').map((a) => attr(a, 'href'));
    expect(links).toContain('/facts/lower-house-election/');
    // The Japanese paragraph, by its words: 日米同盟 … 崩壊.
    expect(links).toContain('/facts/tv-remarks/');
    const fact = loadPage(project.path('dist/facts/lower-house-election/index.html'));
    expect(
      fact
        .all('.passage footer a')
        .map((a) => attr(a, 'href'))
        .some((href) => href?.startsWith('/articles/new-source/#')),
    ).toBe(true);
  });
});
