import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/load-content';
import { copyContent } from '../support/content-copy';

/** A follow-up report added by hand, in our own words, published the day after the remarks. */
const followUp = `---
title: { status: stated, value: Premier doubles down on alliance warning }
publisher: { status: stated, value: Harbour Wire }
byline: { status: not-stated }
published: { status: stated, value: 2026-01-28 }
url: { status: not-stated }
language: { status: stated, value: en }
original: follow-up.txt
added: 2026-12-01
---

Prime Minister Sanae Takaichi warned late on Monday that the alliance with Washington would fall apart if Japan stood idle, speaking in a televised interview. {#p-warning}

Analysts said the comments were aimed at voters. {#p-voters}
`;

let scratch: ReturnType<typeof copyContent> | undefined;
afterEach(() => scratch?.remove());

const withFollowUp = () => {
  scratch = copyContent();
  scratch.write('content/originals/follow-up.txt', followUp.split('---\n')[2] ?? '');
  scratch.write('content/articles/follow-up.md', followUp);
  return scratch;
};

describe('a source added by hand', () => {
  it('gets a drafted account of every fact it mentions, verified and marked drafted', async () => {
    const content = await loadContent(withFollowUp().root, { base: '/' });
    expect(content.problems).toEqual([]);
    const account = content.facts
      .find((fact) => fact.id === 'tv-remarks')
      ?.data.accounts.find((a) => a.source === 'follow-up');
    // "Analysts said the comments …" carries the remarks on from the paragraph before (docs/recognition.md).
    expect(account).toMatchObject({
      review: 'drafted',
      setting: 'televised interview',
      paragraphs: ['follow-up#p-warning', 'follow-up#p-voters'],
    });
    expect(account?.date).toMatchObject({ asWritten: 'late on Monday', value: '2026-01-26' });
    expect(account?.date?.inferred).toMatch(/counted from the publication date 2026-01-28/);
    expect(account?.wording).toEqual(expect.arrayContaining(['warned', 'fall apart']));
    expect(content.buildDrafts).toContainEqual({ factId: 'tv-remarks', source: 'follow-up' });
  });

  it('is named in the warnings: accounts not reviewed, the analysis and summaries written before it', async () => {
    const { warnings } = await loadContent(withFollowUp().root, { base: '/' });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        kind: 'sources with accounts not yet reviewed',
        file: 'content/articles/follow-up.md',
        value: expect.stringContaining('tv-remarks'),
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        kind: 'analysis written before sources were added',
        value: 'follow-up',
        problem: 'written from 2 of 3 sources; the page says so until it is revised',
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        kind: 'fact summaries written before sources were added',
        file: 'content/facts/tv-remarks.yaml',
      }),
    );
  });

  it('flags the analysis’s own counts of sources ("Both sources report") once it is behind', async () => {
    const { warnings } = await loadContent(withFollowUp().root, { base: '/' });
    const counted = warnings.find((warning) => warning.kind === 'analysis that counts sources in its own words');
    expect(counted).toMatchObject({
      file: 'content/analysis/snapshot.mdx',
      fix: expect.stringContaining('<SourceCount />'),
    });
    expect(counted?.value?.split(', ')).toContain('Both sources');
    // The standfirst no longer counts them: the page's staleness line gives the count.
    expect(counted?.value?.split(', ')).not.toContain('Two sources');
  });

  it('gets no draft where an editor declined one, and loses a link an editor removed', async () => {
    const copy = withFollowUp();
    copy.edit('content/facts/tv-remarks.yaml', (text) => `${text}noAccountFrom: [follow-up]\n`);
    copy.edit('content/facts/us-forces-scenario.yaml', (text) => `${text}unlinked: ['follow-up#p-warning']\n`);
    const content = await loadContent(copy.root, { base: '/' });
    expect(content.problems).toEqual([]);
    expect(content.facts.find((fact) => fact.id === 'tv-remarks')?.data.accounts.map((a) => a.source)).not.toContain(
      'follow-up',
    );
    const block = content.articles.find((a) => a.id === 'follow-up')?.blocks.find((b) => b.id === 'p-warning');
    expect(block?.mentions).toContain('tv-remarks');
    expect(block?.mentions).not.toContain('us-forces-scenario');
  });
});

describe('draft facts', () => {
  it('are validated and their quotations checked, but never published', async () => {
    const copy = withFollowUp();
    mkdirSync(copy.path('content/drafts'));
    copy.write(
      'content/drafts/voter-appeal.yaml',
      [
        'title: Analysts read the remarks as aimed at voters',
        'kind: characterisation',
        'summary: Drafted from follow-up, “the comments were aimed at voters”.',
        'accounts:',
        '  - source: follow-up',
        '    wording: [aimed at voters]',
        '    review: drafted',
        '',
      ].join('\n'),
    );
    const content = await loadContent(copy.root, { base: '/' });
    expect(content.problems).toEqual([]);
    expect(content.draftFacts.map((d) => d.id)).toEqual(['voter-appeal']);
    expect(content.facts.map((f) => f.id)).not.toContain('voter-appeal');
    expect(content.warnings).toContainEqual(
      expect.objectContaining({ kind: 'draft facts awaiting review', file: 'content/drafts/voter-appeal.yaml' }),
    );

    copy.edit('content/drafts/voter-appeal.yaml', (text) => text.replace('aimed at voters]', 'aimed at the voters]'));
    const broken = await loadContent(copy.root, { base: '/' });
    expect(broken.problems).toContainEqual(
      expect.objectContaining({ file: 'content/drafts/voter-appeal.yaml', where: 'accounts[0].wording[0]' }),
    );
  });
});
