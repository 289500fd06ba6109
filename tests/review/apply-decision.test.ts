import { afterEach, describe, expect, it } from 'vitest';
import { applyDecision } from '../../src/review/apply-decision';
import type { ReviewItem } from '../../src/review/review-items';
import { copyContent } from '../support/content-copy';

let scratch: ReturnType<typeof copyContent> | undefined;
afterEach(() => scratch?.remove());

/** A doubtful link of the seeds' tv-remarks fact, as the review lists it. */
const link = (ref: `${string}#${string}`): ReviewItem => ({
  kind: 'link',
  id: `link:tv-remarks:${ref}`,
  factId: 'tv-remarks',
  ref,
  articleId: ref.split('#')[0] ?? '',
  blockId: ref.split('#')[1] ?? '',
  text: 'A passage.',
  reason: 'alliance “alliance” + breaks “collapse”',
  doubt: 'the words that made the link stand far apart in the passage',
});

describe('a decision on a doubtful link', () => {
  it('keeps it in linksKept or removes it in unlinked, adding one line and changing nothing else', () => {
    scratch = copyContent();
    const file = 'content/facts/tv-remarks.yaml';
    const before = scratch.read(file);
    expect(applyDecision(scratch.root, link('alliance-would-weaken#p-1'), { action: 'accept' })).toContain('linksKept');
    expect(applyDecision(scratch.root, link('alliance-would-weaken#p-2'), { action: 'reject' })).toContain('unlinked');
    expect(applyDecision(scratch.root, link('alliance-would-weaken#p-3'), { action: 'reject' })).toContain('unlinked');
    expect(scratch.read(file)).toBe(
      `${before}linksKept: [alliance-would-weaken#p-1]\nunlinked: [alliance-would-weaken#p-2, alliance-would-weaken#p-3]\n`,
    );
  });
});
