import { describe, expect, it } from 'vitest';
import { alsoCarriedBy, countedOnce } from '../../src/briefing/views/counted-once';
import { storyOf } from '../../src/briefing/views/wire-stories';

const stories = storyOf([
  { lead: 'wire', carriers: ['outlet-b', 'outlet-c'] },
  { lead: 'own-report', carriers: [] },
]);

describe('countedOnce', () => {
  it('counts a wire story once, through its lead, whatever the order of the accounts', () => {
    const accounts = [{ source: 'outlet-b' }, { source: 'own-report' }, { source: 'wire' }, { source: 'outlet-c' }];
    expect(countedOnce(accounts, stories).map((a) => a.source)).toEqual(['own-report', 'wire']);
  });

  it('lets the first carrier in reading order tell the story when the lead gives no account', () => {
    expect(countedOnce([{ source: 'outlet-c' }, { source: 'outlet-b' }], stories).map((a) => a.source)).toEqual([
      'outlet-b',
    ]);
  });

  it('keeps sources that belong to no known story', () => {
    expect(countedOnce([{ source: 'unknown' }, { source: 'wire' }], stories).map((a) => a.source)).toEqual([
      'unknown',
      'wire',
    ]);
  });
});

describe('alsoCarriedBy', () => {
  it('names the other articles of the same story, lead first', () => {
    expect(alsoCarriedBy('outlet-c', stories)).toEqual(['wire', 'outlet-b']);
    expect(alsoCarriedBy('wire', stories)).toEqual(['outlet-b', 'outlet-c']);
  });

  it('names none for a story of its own or an unknown article', () => {
    expect(alsoCarriedBy('own-report', stories)).toEqual([]);
    expect(alsoCarriedBy('nowhere', stories)).toEqual([]);
  });
});
