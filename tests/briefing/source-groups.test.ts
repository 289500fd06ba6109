import { describe, expect, it } from 'vitest';
import { articleSequence } from '../../src/briefing/views/article-order';
import { sourceGroups } from '../../src/briefing/views/source-groups';
import { articleData } from '../support/content-builders';

describe('sourceGroups', () => {
  const articles = new Map(
    [
      ['jan-a', { status: 'stated', value: '2026-01-05' }],
      [
        'jan-b',
        {
          status: 'inferred',
          value: '2026-01-20',
          reason: 'It embeds a post dated that day.',
          qualifier: 'on-or-after',
        },
      ],
      ['dec', { status: 'stated', value: '2025-12-31' }],
      ['undated', { status: 'not-stated' }],
    ].map(([id, published]) => [id as string, { id: id as string, data: articleData({ published }) }]),
  );

  it('groups by month of publication, newest first, with the undated last', () => {
    const groups = sourceGroups(articleSequence(articles.values()), articles);
    expect(groups).toEqual([
      { id: 'sources-2026-01', label: 'January 2026', articleIds: ['jan-b', 'jan-a'] },
      { id: 'sources-2025-12', label: 'December 2025', articleIds: ['dec'] },
      { id: 'sources-undated', label: 'Date not stated', articleIds: ['undated'] },
    ]);
  });

  it('keeps every source exactly once', () => {
    const groups = sourceGroups(articleSequence(articles.values()), articles);
    expect(groups.flatMap((group) => group.articleIds).sort()).toEqual([...articles.keys()].sort());
  });
});
