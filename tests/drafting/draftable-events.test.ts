import { describe, expect, it } from 'vitest';
import { coveringFact, datesAnotherAct, notAnEvent } from '../../src/drafting/draftable-events';
import type { DraftedFact } from '../../src/drafting/draft-account';
import { whyDrafted } from '../../src/review/format-item';

const at = (paragraph: string, asWritten: string, value: string) => ({
  blockId: 'p-1',
  asWritten,
  index: paragraph.indexOf(asWritten),
  value,
});

describe('which dates the importer drafts facts for (issue #21)', () => {
  it('none for a dateline, a caption or credit, a byline or a section label', () => {
    const lead = 'TOKYO, Feb 9 (Harbour Wire) - The ruling party held its majority on Sunday.';
    expect(notAnEvent(at(lead, 'Feb 9', '2026-02-09'), lead, '2026-02-09')).toBe('dateline');
    // A city in lower case is a dateline only with its date and what follows it.
    const titled = 'Lenhaven, Feb. 9 (Harbour Wire)--The ruling party held its majority on Sunday.';
    expect(notAnEvent(at(titled, 'Feb. 9', '2026-02-09'), titled, '2026-02-09')).toBe('dateline');
    const plain = 'Lenhaven, a port town, voted on Feb. 8 - and the ruling party held it.';
    expect(notAnEvent(at(plain, 'Feb. 8', '2026-02-08'), plain, '2026-02-09')).toBeUndefined();
    const caption =
      'FILE – Voters queue at a polling station in Sendai, Japan, October 27, 2024. (Photo: Kenji Ota/Harbour Wire)';
    expect(notAnEvent(at(caption, 'October 27, 2024', '2024-10-27'), caption, '2026-02-09')).toBe(
      'caption, credit or label',
    );
    expect(
      notAnEvent(
        at('Reporting by Mina Arlott on Feb 9', 'Feb 9', '2026-02-09'),
        'Reporting by Mina Arlott on Feb 9',
        '2026-02-09',
      ),
    ).toBe('caption, credit or label');
  });

  it('none for background history, more than a year before the story', () => {
    const history = 'The party, founded in 1955, has governed for most of the years since.';
    expect(notAnEvent(at(history, '1955', '1955'), history, '2026-02-09')).toBe('background history');
    const lastAutumn = 'The prime minister first spoke about the islands in November 2025.';
    expect(notAnEvent(at(lastAutumn, 'November 2025', '2025-11'), lastAutumn, '2026-02-09')).toBeUndefined();
  });

  it('a dated event in the story’s text, after its dateline', () => {
    const lead =
      'TOKYO, Feb 9 (Harbour Wire) - The transport ministry will open a review of ferry rules on February 16.';
    expect(notAnEvent(at(lead, 'February 16', '2026-02-16'), lead, '2026-02-09')).toBeUndefined();
  });

  it('each draft says why it was drafted, naming the sources that date it', () => {
    expect(
      whyDrafted({ summaryFrom: ['harbour-a'], accounts: [{ source: 'harbour-a' }, { source: 'lantern-b' }] }),
    ).toBe('2 sources date an event no published fact covers: harbour-a, lantern-b');
    expect(whyDrafted({ summaryFrom: [], accounts: [{ source: 'harbour-a' }] })).toBe(
      'started by an editor (npm run new-fact)',
    );
  });
});

describe('dates inside quoted words', () => {
  it('give no draft: they are what someone said, not when something happened', () => {
    const said = 'He could not take the stance of saying “I’m quitting today,” Noda said.';
    expect(notAnEvent(at(said, 'today', '2026-02-09'), said, '2026-02-09')).toBe('quoted words');
  });
});

describe('expectations and plans', () => {
  const dated = (sentence: string, asWritten: string, value: string) => ({
    ...at(sentence, asWritten, value),
    sentence,
  });
  it('give no draft: what is expected or only possible has not happened', () => {
    const meeting = 'More talks were expected at a meeting of the party board later in the day.';
    expect(notAnEvent(dated(meeting, 'later in the day', '2026-03-02'), meeting, '2026-03-02')).toBe(
      'expectation or plan',
    );
    const session = 'Ota hinted that a new leader chosen before a session expected on March 20 would help the party.';
    expect(notAnEvent(dated(session, 'March 20', '2026-03-20'), session, '2026-03-02')).toBe('expectation or plan');
  });
  it('a scheduled event, a saying dated before what it expects, and a past event in the next clause are still events', () => {
    const scheduled = 'The port authority will open the new ferry terminal on March 16.';
    expect(notAnEvent(dated(scheduled, 'March 16', '2026-03-16'), scheduled, '2026-03-02')).toBeUndefined();
    const said = 'The agency said on March 1 it would close the northern grounds to trawlers.';
    const reported = 'The agency said it would close the northern grounds to trawlers on March 16.';
    expect(notAnEvent(dated(reported, 'March 16', '2026-03-16'), reported, '2026-03-02')).toBeUndefined();
    expect(notAnEvent(dated(said, 'March 1', '2026-03-01'), said, '2026-03-02')).toBeUndefined();
    const past = 'Talks could resume soon; the ministry recalled its envoy on March 1.';
    expect(notAnEvent(dated(past, 'March 1', '2026-03-01'), past, '2026-03-02')).toBeUndefined();
  });
});

describe('a dated passage linked to a known fact', () => {
  const facts = [
    { id: 'city-vote', data: { date: { start: '2026-03-01' } } },
    { id: 'port-talks', data: { date: { start: '2026-02-10', end: '2026-02-12' } } },
  ];
  const linked = [
    { factId: 'city-vote', paragraphIds: ['p-result', 'p-reaction'] },
    { factId: 'port-talks', paragraphIds: ['p-talks'] },
  ];
  it('is that fact’s account when dated within its dates or up to two days after', () => {
    expect(coveringFact({ blockId: 'p-reaction', value: '2026-03-02' }, linked, facts)).toBe('city-vote');
    expect(coveringFact({ blockId: 'p-talks', value: '2026-02-14' }, linked, facts)).toBe('port-talks');
  });
  it('is a new event when dated later, or when the passage is not linked to the fact', () => {
    expect(coveringFact({ blockId: 'p-reaction', value: '2026-03-09' }, linked, facts)).toBeUndefined();
    expect(coveringFact({ blockId: 'p-other', value: '2026-03-02' }, linked, facts)).toBeUndefined();
    expect(coveringFact({ blockId: 'p-talks', value: '2026-02-15' }, linked, facts)).toBeUndefined();
  });
});

describe('a date a fact’s days cover (issue #21)', () => {
  const remarks: DraftedFact = {
    id: 'port-remarks',
    data: {
      kind: 'statement',
      date: { start: '2026-03-02', end: '2026-03-03' },
      recognise: {
        words: {
          port: ['port deal'],
          fails: ['collapse'],
          minister: ['minister', 'Okonkwo'],
          says: ['say', 'warn', 'remarks'],
        },
        match: ['port + fails', 'minister + says'],
        not: [],
        patterns: [],
      },
      accounts: [],
    },
  };
  const source = { id: 'lantern-copy', published: '2026-03-04', language: 'en' };

  it('is another act’s when it stands by a verb none of the fact’s words: a reaction is a new event', () => {
    const reaction =
      'Foreign Ministry spokesperson Lina Varga on Tuesday criticised Okonkwo’s remarks that the port deal could collapse.';
    expect(datesAnotherAct({ blockId: 'p-1', asWritten: 'on Tuesday' }, reaction, [remarks], source)).toBe(true);
  });

  it('is the fact’s own when it stands by the fact’s words', () => {
    const own = 'Minister Okonkwo warned on Tuesday that the port deal could collapse.';
    expect(datesAnotherAct({ blockId: 'p-1', asWritten: 'on Tuesday' }, own, [remarks], source)).toBe(false);
    expect(datesAnotherAct({ blockId: 'p-1', asWritten: 'on Tuesday' }, own, [], source)).toBe(false);
  });
});
