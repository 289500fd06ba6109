import { describe, expect, it } from 'vitest';
import { draftedSources, reviewOf } from '../../src/briefing/views/review-state';

const accounts = [
  { source: 'a', review: 'reviewed' as const },
  { source: 'b', review: 'drafted' as const },
];

describe('review state', () => {
  it('names the sources whose account is drafted, and only those', () => {
    expect([...draftedSources(accounts)]).toEqual(['b']);
    expect(draftedSources([{ source: 'a', review: 'reviewed' }]).size).toBe(0);
  });

  it('gives the review state of one source’s account', () => {
    expect(reviewOf(accounts, 'b')).toBe('drafted');
    expect(reviewOf(accounts, 'a')).toBe('reviewed');
  });
});
