import { describe, expect, it } from 'vitest';
import type { ArticleInput, FactInput } from '../../src/briefing/views/graph';
import { doubtfulLinks, linksToReview } from '../../src/review/doubtful-links';
import { articleData, factData } from '../support/content-builders';

const filler =
  'The ministry also spent much of the briefing on routine matters of budget, staffing, harbour maintenance, ferry timetables and other items of no bearing on the question at hand. ';
/** A passage linked to `patrol` by a rule, the matched words where `text` puts them. */
const linked = (
  id: string,
  text: string,
  cues: Array<{ list: string; words: string }>,
  added = '2026-11-22',
): ArticleInput => ({
  id,
  data: articleData({ added }),
  blocks: [
    {
      id: 'p-1',
      kind: 'paragraph',
      text,
      mentions: ['patrol'],
      mentionReasons: [{ fact: 'patrol', by: 'rule', rule: 'ships + patrol', cues }],
    },
  ],
});
const patrol = (extra: Record<string, unknown> = {}): FactInput => ({
  id: 'patrol',
  data: factData({ title: 'The patrol', ...extra }),
});
const cues = [
  { list: 'ships', words: 'ships' },
  { list: 'patrol', words: 'patrol' },
];

describe('doubtfulLinks', () => {
  it('asks about a link whose matched words stand far apart, not one where they make a phrase', () => {
    const far = linked('far', `Three ships left port at dawn. ${filler}Later, officials spoke of a patrol.`, cues);
    const near = linked('near', 'Three ships began a patrol near the islands.', cues);
    const found = doubtfulLinks([far, near], [patrol()], new Set());
    expect(found.map((link) => link.ref)).toEqual(['far#p-1']);
    expect(found[0]?.doubt).toBe('the words that made the link stand far apart in the passage');
    expect(found[0]?.reason).toBe('ships “ships” + patrol “patrol”');
  });

  it('asks about the latest sources’ links of a rule whose matches jumped, and never again about a link kept', () => {
    const earlier = linked('earlier', 'Three ships began a patrol.', cues, '2026-11-22');
    const latest = linked('latest', 'Two ships joined the patrol.', cues, '2026-12-01');
    expect(doubtfulLinks([earlier, latest], [patrol()], new Set(['patrol'])).map((link) => link.ref)).toEqual([
      'latest#p-1',
    ]);
    expect(doubtfulLinks([earlier, latest], [patrol({ linksKept: ['latest#p-1'] })], new Set(['patrol']))).toEqual([]);
  });

  it('never asks about a link marked by hand', () => {
    const marked: ArticleInput = {
      ...linked('marked', `Ships. ${filler}Patrol.`, cues),
      blocks: [
        {
          id: 'p-1',
          kind: 'paragraph',
          text: `Ships. ${filler}Patrol.`,
          mentions: ['patrol'],
          mentionReasons: [{ fact: 'patrol', by: 'marked', cues: [{ list: 'marked', words: 'Ships' }] }],
        },
      ],
    };
    expect(doubtfulLinks([marked], [patrol()], new Set(['patrol']))).toEqual([]);
  });
});

describe('how far apart the words that made a link stand (issue #21)', () => {
  it('measures the nearest occurrences, so words side by side are never called far apart', async () => {
    const { closestSpread } = await import('../../src/review/doubtful-links');
    const text = `Takaichi spoke first. ${'Other matters filled the session. '.repeat(8)}Later Takaichi warned the alliance would collapse.`;
    expect(closestSpread(text, ['Takaichi', 'alliance'])).toBeLessThan(30);
    expect(closestSpread(`alliance ${'x '.repeat(100)}collapse`, ['alliance', 'collapse'])).toBeGreaterThan(160);
    expect(closestSpread('only one word here', ['word', 'missing'])).toBeUndefined();
  });
});

describe('linksToReview', () => {
  it('reads the facts whose links jumped from the build’s warnings', () => {
    const earlier = linked('earlier', 'Three ships began a patrol.', cues, '2026-11-22');
    const latest = linked('latest', 'Two ships joined the patrol.', cues, '2026-12-01');
    const jumped = {
      kind: 'rules whose matches jumped',
      file: 'content/facts/patrol.yaml',
      where: 'recognise',
      problem: 'its rules link many more passages than before',
      fix: 'look at the new links',
    };
    const content = { articles: [earlier, latest], facts: [patrol()] };
    expect(linksToReview({ ...content, warnings: [jumped] }).map((link) => link.ref)).toEqual(['latest#p-1']);
    expect(linksToReview({ ...content, warnings: [{ ...jumped, file: 'content/facts/other.yaml' }] })).toEqual([]);
  });
});
