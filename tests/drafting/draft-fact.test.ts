import { describe, expect, it } from 'vitest';
import { draftFact, titleFrom } from '../../src/drafting/draft-fact';

describe('the title of a draft fact', () => {
  it('cuts a long clause before a word that opens a clause of its own, never after it', () => {
    const title = titleFrom(
      'Ota hinted that choosing a new leader before the special budget session expected in late March would let the party name a candidate.',
      'late March',
    );
    expect(title).toBe('Ota hinted that choosing a new leader before the special budget session');
  });

  it('keeps a long clause’s opening whole when it does not end on such a word', () => {
    expect(
      titleFrom(
        'The port authority said it would open a review of pier safety rules on March 16, the first test of the new council.',
        'March 16',
      ),
    ).toBe('The port authority said it would open a review of pier safety rules');
  });

  it('drops the date with its preposition even at the start of the sentence, and the attribution', () => {
    expect(
      titleFrom(
        'On March 4, 2026, the port authority will close two piers for repairs, officials said.',
        'March 4, 2026',
      ),
    ).toBe('The port authority will close two piers for repairs');
  });

  it('does not end on a word that reads as cut off', () => {
    const title = titleFrom(
      'The fisheries agency said on April 2 it would extend the closed season for the northern grounds to more boats and to the coastal waters as well.',
      'on April 2',
    );
    expect(title.split(' ').length).toBeLessThanOrEqual(14);
    expect(title).not.toMatch(/\b(?:to|the|for|and|of)$/u);
  });
});

describe('the kind of a draft fact', () => {
  it('is an event when the source dates it after its own publication, whatever its verbs', async () => {
    const { draftFact } = await import('../../src/drafting/draft-fact');
    const sentence = 'On March 4, 2026, the port authority will close two piers for repairs, officials said.';
    const event = {
      blockId: 'p-piers',
      passage: sentence,
      sentence,
      date: { asWritten: 'March 4, 2026', value: '2026-03-04' },
    };
    expect(
      draftFact(event, { id: 'harbour-news', published: '2026-02-20', language: 'en' }, new Set())?.data.kind,
    ).toBe('event');
    expect(
      draftFact(event, { id: 'harbour-news', published: '2026-03-10', language: 'en' }, new Set())?.data.kind,
    ).toBe('statement');
  });
});

describe('a draft fact from a passage opening with a dateline', () => {
  it('takes no part of the dateline into its title or summary, when the sentence reader cut it after the month', () => {
    const passage =
      'Lenhaven, Mar. 4 (Harbour Wire)--Port authority spokesperson Lina Varga on Wednesday criticised the ferry operators’ strike.';
    const draft = draftFact(
      {
        blockId: 'p-1',
        passage,
        sentence: passage.slice(passage.indexOf('4 (Harbour')),
        date: { asWritten: 'on Wednesday', value: '2026-03-04' },
      },
      { id: 'harbour-copy', published: '2026-03-04', language: 'en' },
      new Set(),
    );
    expect(draft?.data.title).toBe('Port authority spokesperson Lina Varga criticised the ferry operators’ strike');
    expect(draft?.data.summary).toBe(
      'Drafted from one source, which says: “Port authority spokesperson Lina Varga on Wednesday criticised the ferry operators’ strike.”',
    );
  });
});
