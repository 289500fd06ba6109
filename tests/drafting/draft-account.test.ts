import { describe, expect, it } from 'vitest';
import { checkQuotation } from '../../src/briefing/views/quotes';
import { draftAccount, draftAccountAndLeftOut, type DraftedFact } from '../../src/drafting/draft-account';
import { numberValue } from '../../src/drafting/drafted-numbers';

/** A fact about a minister's remarks on a port deal, with rules of the kind an editor writes. */
const remarks: DraftedFact = {
  id: 'port-remarks',
  data: {
    kind: 'statement',
    date: { start: '2026-03-02' },
    recognise: {
      words: {
        port: ['port deal', 'harbour agreement', '港湾協定'],
        fails: ['collapse', 'fall through', 'unravel', '破綻'],
        minister: ['minister', 'Okonkwo', '大臣'],
        says: ['say', 'warn', '述べ'],
      },
      match: ['port + fails', 'minister + says + date'],
      not: [],
      patterns: [],
    },
    accounts: [
      {
        source: 'other',
        actors: [],
        wording: [],
        paragraphs: [],
        review: 'reviewed',
        numbers: [{ label: 'distance to the port', asWritten: '40 km', value: 40, unit: 'km' }],
      },
    ],
  },
};

const english = [
  {
    blockId: 'p-one',
    text: 'Trade Minister Ada Okonkwo warned late on Monday that the port deal could collapse, speaking during a televised debate on Channel Nine.',
  },
  {
    blockId: 'p-two',
    text: 'The harbour lies about 25 miles from the capital, and the minister said the agreement was “a stark gamble”.',
  },
];

describe('a drafted account', () => {
  const account = draftAccount(remarks, { id: 'wire-story', published: '2026-03-03', language: 'en' }, english);

  it('resolves a relative date against the article’s own date and says how', () => {
    expect(account?.date?.asWritten).toBe('late on Monday');
    expect(account?.date?.value).toBe('2026-03-02');
    expect(account?.date?.inferred).toMatch(/“late on Monday” — counted from the publication date 2026-03-03/);
  });

  it('quotes the setting, the actors and the characterising words as written', () => {
    expect(account?.setting).toBe('televised debate on Channel Nine');
    expect(account?.actors).toContain('Trade Minister Ada Okonkwo');
    expect(account?.wording).toEqual(expect.arrayContaining(['warned', 'collapse', 'a stark gamble']));
    // Topic nouns every source shares and the neutral "said" characterise nothing.
    expect(account?.wording).not.toContain('port deal');
    expect(account?.wording).not.toContain('said');
  });

  it('gives numbers in a comparable unit, labelled like the fact’s other accounts', () => {
    expect(account?.numbers).toEqual([
      { label: 'distance to the port', asWritten: 'about 25 miles', value: 40.234, unit: 'km' },
    ]);
  });

  it('is marked drafted and names its paragraphs', () => {
    expect(account?.review).toBe('drafted');
    expect(account?.paragraphs).toEqual(['wire-story#p-one', 'wire-story#p-two']);
  });

  it('holds only words of the passages, verbatim', () => {
    const passages = english.map((p) => ({ ref: p.blockId, text: p.text }));
    const values = [
      account?.date?.asWritten,
      account?.setting,
      ...(account?.actors ?? []),
      ...(account?.wording ?? []),
      ...(account?.numbers ?? []).map((n) => n.asWritten),
    ];
    for (const value of values) expect(checkQuotation(value ?? '', passages), value).toMatchObject({ found: true });
  });

  it('ends a setting before its date, and names no actor from inside a quotation', () => {
    const later = draftAccount(remarks, { id: 'harbour-daily', published: '2026-03-03', language: 'en' }, [
      {
        blockId: 'p-later',
        text: 'Okonkwo warned at a regular news conference on March 2 that the port deal could collapse. “I’m not giving up on it,” Okonkwo said.',
      },
    ]);
    expect(later?.setting).toBe('regular news conference');
    const asked = draftAccount(remarks, { id: 'harbour-daily', published: '2026-03-03', language: 'en' }, [
      {
        blockId: 'p-asked',
        text: 'Okonkwo was asked on Monday about those remarks and said the port deal could collapse.',
      },
    ]);
    expect(asked?.setting).toBeUndefined();
    expect(later?.actors).toEqual(['Okonkwo']);
  });

  it('is drafted from Japanese too', () => {
    const japanese = draftAccount(remarks, { id: 'ja-paper', published: '2026-03-03', language: 'ja' }, [
      {
        blockId: 'p-ja',
        text: 'オコンクォ大臣は2日、テレビ番組で港湾協定が破綻すると述べた。港は約40キロ離れている。',
      },
    ]);
    expect(japanese?.date).toMatchObject({ asWritten: '2日', value: '2026-03-02' });
    expect(japanese?.date?.inferred).toBeDefined();
    expect(japanese?.setting).toBe('テレビ番組');
    expect(japanese?.actors).toContain('オコンクォ大臣');
    expect(japanese?.wording).toContain('破綻');
  });

  it('is not drafted from no passage', () => {
    expect(draftAccount(remarks, { id: 'none' }, [])).toBeUndefined();
  });

  it('leaves relative dates alone when the publication date is unknown', () => {
    expect(draftAccount(remarks, { id: 'undated', language: 'en' }, english)?.date).toBeUndefined();
  });
});

describe('number words', () => {
  it.each([
    [['110'], 110],
    [['1,200'], 1200],
    [['2.5', 'billion'], 2.5e9],
    [['three'], 3],
    [['twenty', 'five'], 25],
    [['five', 'hundred'], 500],
    [['seven', 'thousand'], 7000],
  ])('%j is %d', (words, value) => expect(numberValue(words)).toBe(value));
  it('reads no number from other words', () => expect(numberValue(['several'])).toBeUndefined());
});

describe('numbers drafted with what they count (issue #21)', () => {
  const numbersOf = async (text: string) => {
    const { draftedNumbers } = await import('../../src/drafting/drafted-numbers');
    return draftedNumbers(
      [{ blockId: 'p-1', passage: text, sentence: { start: 0, end: text.length }, lists: [] }],
      [],
      () => [],
    ).map(({ label, value, asWritten }) => ({ label, value, asWritten }));
  };

  it('names the subject of the verb, never counting the whole of “N of M” as a count of its own', async () => {
    expect(
      await numbersOf('In Sunday’s vote, the LDP alone won 316 of 465 seats, while the ruling bloc secured 352 seats.'),
    ).toEqual([
      { label: 'LDP seats', value: 316, asWritten: '316 of 465 seats' },
      { label: 'ruling bloc seats', value: 352, asWritten: '352 seats' },
    ]);
    expect(await numbersOf('The ruling coalition, including a smaller partner, won 351 seats.')).toEqual([
      { label: 'ruling coalition seats', value: 351, asWritten: '351 seats' },
    ]);
  });

  it('counts a party “with its coalition partner” as the ruling bloc, and the bloc’s names as one subject', async () => {
    expect(
      await numbersOf('The Harbour Party won 240 seats and with its coalition partner now holds 281 seats.'),
    ).toContainEqual({ label: 'ruling bloc seats', value: 281, asWritten: '281 seats' });
    const { numberSubjectKey } = await import('../../src/briefing/views/compare');
    expect(numberSubjectKey('ruling coalition seats')).toBe(numberSubjectKey('ruling bloc seats'));
    expect(numberSubjectKey('coalition partner seats')).not.toBe(numberSubjectKey('ruling bloc seats'));
  });

  it('names what a share is of', async () => {
    expect(await numbersOf('Beijing supplies about 70% of the rare earths Japan imports.')).toEqual([
      { label: 'share of rare earths', value: 70, asWritten: 'about 70%' },
    ]);
  });
});

describe('a drafted date belongs to the clause that tells the fact (issue #21)', () => {
  // Talks over ten days: any day of them fits the fact's dates, so only the sentence's structure decides.
  const talks: DraftedFact = {
    ...remarks,
    data: { ...remarks.data, date: { start: '2026-03-01', end: '2026-03-10' } },
  };

  it('is none when the date is the saying’s, in a clause apart from the fact’s words', () => {
    const passage = [
      { blockId: 'p-later', text: 'A ministry spokesperson said on Wednesday that the port deal would not collapse.' },
    ];
    expect(
      draftAccount(talks, { id: 'later-story', published: '2026-03-05', language: 'en' }, passage)?.date,
    ).toBeUndefined();
  });

  it('is the date of the clause that holds the fact’s words', () => {
    const passage = [{ blockId: 'p-same', text: 'The port deal could collapse, Minister Okonkwo warned on Monday.' }];
    expect(
      draftAccount(talks, { id: 'same-story', published: '2026-03-05', language: 'en' }, passage)?.date?.asWritten,
    ).toBe('on Monday');
  });
});

describe('numbers read with their subject in harder sentences', () => {
  const numbersOf = async (text: string) => {
    const { draftedNumbers } = await import('../../src/drafting/drafted-numbers');
    return draftedNumbers([], [], () => [], [
      { blockId: 'p-1', passage: text, sentence: { start: 0, end: text.length }, lists: [] },
    ]).map(({ label, value }) => `${label} = ${value}`);
  };

  it('reads a name with its abbreviation in brackets, a count named before the number, and leaves out the count before a change', async () => {
    expect(await numbersOf('The Harbour Fishing Union (HFU) alone won 41 of 90 seats on the board.')).toEqual([
      'Harbour Fishing Union seats = 41',
    ]);
    expect(await numbersOf('The HFU sharply raised its seat count to 41 from 28 before the vote.')).toEqual([
      'HFU seats = 41',
    ]);
    expect(await numbersOf('The union won 41 seats, up sharply from 28 seats a year ago.')).toEqual([
      'union seats = 41',
    ]);
  });

  it('reads no number without a subject from a sentence that does not mention the fact', async () => {
    expect(await numbersOf('Crossing the line of 60 seats on the board matters.')).toEqual([]);
  });
});

describe('a date set before its clause', () => {
  it('dates the clause after it, across the comma of the date itself', () => {
    const talks: DraftedFact = {
      ...remarks,
      data: { ...remarks.data, date: { start: '2026-03-01', end: '2026-03-10' } },
    };
    const passage = [
      { blockId: 'p-front', text: 'On March 4, 2026, Minister Okonkwo warned that the port deal could collapse.' },
    ];
    expect(
      draftAccount(talks, { id: 'front-story', published: '2026-03-05', language: 'en' }, passage)?.date?.asWritten,
    ).toBe('March 4, 2026');
  });
});

describe('values a drafter is unsure of', () => {
  const draft = (text: string, published = '2026-03-03') =>
    draftAccountAndLeftOut(remarks, { id: 'desk-copy', published, language: 'en' }, [{ blockId: 'p-1', text }]);

  it('names as actors the people and bodies that say or do, not a thing nor the subject of a condition or of what was said', () => {
    const { account } = draft(
      'Trade Minister Ada Okonkwo warned on Monday that the Harbour alliance would collapse if Norland ignored the port deal.',
    );
    expect(account?.actors).toEqual(['Trade Minister Ada Okonkwo']);
    const after = draft('“The port deal could collapse,” said Foreign Ministry spokesperson Lina Varga.');
    expect(after.account?.actors).toEqual(['Foreign Ministry spokesperson Lina Varga']);
    // A preposition's object is no subject, unless it ends the phrase of the noun before it; a date may stand before the verb.
    expect(
      draft('Minister Okonkwo warned that the pact between Norland and Lenhaven would collapse over the port deal.')
        .account?.actors,
    ).toEqual(['Minister Okonkwo']);
    expect(
      draft('The trade ministry in Lenhaven on Monday warned the port deal could collapse.').account?.actors,
    ).toEqual(['trade ministry in Lenhaven']);
  });

  it('leaves out the subject of a passive verb, saying why', () => {
    const { account, leftOut } = draft(
      'Okonkwo was asked during a radio programme on Monday whether the port deal could collapse.',
    );
    expect(account?.actors ?? []).not.toContain('Okonkwo');
    expect(leftOut).toContainEqual({
      field: 'actors',
      value: 'Okonkwo',
      reason: 'it is the subject of “was asked”, a passive verb: it is acted on, not shown acting',
    });
  });

  it('leaves out a date standing by another verb, and one tied to the fact by nearness only', () => {
    const other = draft(
      'Foreign Ministry spokesperson Lina Varga on Tuesday criticised Okonkwo’s warning of a port deal collapse.',
    );
    expect(other.account?.date).toBeUndefined();
    expect(other.leftOut).toContainEqual({
      field: 'date',
      value: 'on Tuesday',
      reason: 'it stands by “criticised”, which is none of the fact’s words: it may date another act',
      anotherAct: true,
    });
    const near = draft('The pier was closed on Monday. The port deal could collapse, the paper wrote.');
    expect(near.account?.date).toBeUndefined();
    expect(near.leftOut.map((item) => [item.field, item.value])).toContainEqual(['date', 'on Monday']);
    expect(near.leftOut.find((item) => item.field === 'date')?.reason).toMatch(/earlier sentence/u);
  });

  it('takes a verb for the fact’s own when it belongs to the fact’s word before it or announces the one after it', () => {
    const review: DraftedFact = {
      id: 'pier-review',
      data: {
        kind: 'event',
        date: { start: '2026-02', end: '2026-03' },
        recognise: {
          words: { review: ['review', 'ban'], pier: ['pier', 'piers'] },
          match: ['review + pier'],
          not: [],
          patterns: [],
        },
        accounts: [],
      },
    };
    const of = (text: string) =>
      draftAccountAndLeftOut(review, { id: 'desk-copy', published: '2026-02-20', language: 'en' }, [
        { blockId: 'p-1', text },
      ]);
    expect(of('The pier review scheduled for March will test the council.').account?.date?.asWritten).toBe('March');
    const ban = of('The council on Monday announced a ban on two piers.');
    expect(ban.account?.date).toMatchObject({ asWritten: 'on Monday', value: '2026-02-16' });
    expect(ban.leftOut.filter((item) => item.anotherAct)).toEqual([]);
  });

  it('dates the fact from an opening phrase, and never from a dateline', () => {
    const opening = draft(
      'During a televised debate on Monday night, Minister Okonkwo said the port deal could collapse.',
    );
    expect(opening.account?.date).toMatchObject({ asWritten: 'on Monday night', value: '2026-03-02' });
    const dateline = draft('Lenhaven, Mar. 3 (Harbour Wire)--Minister Okonkwo said the port deal could collapse.');
    expect(dateline.account?.date).toBeUndefined();
    expect(dateline.leftOut.filter((item) => item.field === 'date')).toEqual([]);
  });

  it('leaves out a count that says not whose it is', () => {
    const { account, leftOut } = draft('Okonkwo warned the port deal could collapse, costing 14 berths.');
    expect(account?.numbers ?? []).toEqual([]);
    expect(leftOut).toContainEqual({
      field: 'numbers',
      value: '14 berths',
      reason: 'no words of its sentence say whose count it is, so no other source’s number can be set beside it',
    });
  });

  it('drafts no title and no plain verb of saying as characterising words', () => {
    const { account } = draft(
      'The prime minister mentioned the port deal and warned it could collapse, the trade minister added.',
    );
    expect(account?.wording).toEqual(expect.arrayContaining(['warned', 'collapse']));
    expect(account?.wording).not.toContain('prime minister');
    expect(account?.wording).not.toContain('mentioned');
    expect(account?.wording).not.toContain('trade minister');
  });
});
