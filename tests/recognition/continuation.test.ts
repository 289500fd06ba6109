import { describe, expect, it } from 'vitest';
import { reportMentions } from '../../src/import/report/report-mentions';
import { analyseArticle } from '../../src/markdown/analyse-article';
import { doubtfulLinks } from '../../src/review/doubtful-links';
import { articleData, factData } from '../support/content-builders';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { describeReason } from '../../src/recognition/mention-reason';
import { recogniseArticle } from '../../src/recognition/recognise-article';
import { recognitionSchema } from '../../src/schemas/fact';
import type { ArticleBlock } from '../../src/schemas/article-block';

/**
 * Articles read as a whole, through the site's real Markdown pipeline: a paragraph that carries on a
 * fact an earlier paragraph introduced is linked to it and says so; a change of speaker, time or
 * section ends the thread; context needs more than one word. The story is invented (a minister's
 * radio remarks on a port deal, a harbour council election, a timber export ban), so nothing here
 * rests on the briefing's own vocabulary.
 */
const { recognisers, problems } = compileRecognisers([
  {
    id: 'radio-remarks',
    data: {
      kind: 'statement',
      title: 'The minister’s radio remarks on the port deal',
      date: { start: '2026-03-02' },
      recognise: recognitionSchema.parse({
        words: { broadcast: ['radio', 'radio interview', 'ラジオ'], says: ['say', 'remark', 'warn', '述べ', '発言'] },
        match: ['broadcast + says'],
        not: ['harbour choir'],
      }),
    },
  },
  {
    id: 'council-election',
    data: {
      kind: 'event',
      title: 'The harbour council election of 12 April 2026',
      date: { start: '2026-04-12' },
      recognise: recognitionSchema.parse({
        words: { election: ['election', '選挙'], council: ['harbour council', '港湾評議会'] },
        match: ['election + council'],
        not: ['by-election'],
        continued: ['seats', 'turnout', 'the vote', '議席', '投票率'],
      }),
    },
  },
  {
    id: 'timber-ban',
    data: {
      kind: 'measure',
      title: 'The timber export ban',
      date: { start: '2026-03-10' },
      recognise: recognitionSchema.parse({
        words: { timber: ['timber', '木材'], ban: ['export ban', 'halt exports', '輸出禁止'] },
        match: ['timber + ban'],
        continued: ['logs', '丸太'],
      }),
    },
  },
  {
    id: 'quay-speech',
    data: {
      kind: 'statement',
      title: 'The minister’s quay-side speech',
      date: { start: '2026-03-05' },
      recognise: recognitionSchema.parse({
        words: { brandt: ['Brandt'], warns: ['warn'] },
        match: ['brandt + warns + date'],
      }),
    },
  },
  {
    id: 'saltmarsh-accord',
    data: {
      kind: 'context',
      title: 'The Saltmarsh Accord on shared waters',
      recognise: recognitionSchema.parse({
        words: { accord: ['Accord', 'Saltmarsh Accord', '塩沼協定'] },
        match: ['accord'],
      }),
    },
  },
]);

async function read(
  paragraphs: string[],
  published: string,
  language?: string,
  unlinked?: ReadonlyMap<string, ReadonlySet<string>>,
  headline?: string,
): Promise<ArticleBlock[]> {
  const markdown = paragraphs.map((text, i) => (text.startsWith('#') ? text : `${text} {#p${i + 1}}`)).join('\n\n');
  const frontmatter = {
    ...(headline ? { title: { status: 'stated', value: headline } } : {}),
    published: { status: 'stated', value: published },
    ...(language ? { language: { status: 'stated', value: language } } : {}),
  };
  const { blocks } = await analyseArticle(markdown, {
    recognisers,
    factHref: (id) => `/facts/${id}/`,
    frontmatter,
    ...(unlinked ? { unlinked } : {}),
  });
  return blocks.filter((block) => block.kind !== 'heading');
}

/** The facts linked from each paragraph, by id. */
const linked = (blocks: readonly ArticleBlock[]) =>
  Object.fromEntries(blocks.map((block) => [block.id, block.mentions]));
/** Why paragraph `id` links `fact`, as the fact page and the import report say it. */
const why = (blocks: readonly ArticleBlock[], id: string, fact: string) => {
  const block = blocks.find((b) => b.id === id);
  const reason = block?.mentionReasons[block.mentions.indexOf(fact)];
  return reason ? describeReason(reason) : undefined;
};

const REMARKS =
  'Minister Ada Brandt said in a radio interview on Monday that the port deal would leave the docks idle.';

describe('a paragraph carries on a fact introduced before it', () => {
  it('compiles', () => expect(problems).toEqual([]));

  it('a quotation of the same speaker, named as she was introduced', async () => {
    const blocks = await read([REMARKS, '"We cannot sign a deal that empties our quays," Brandt said.'], '2026-03-03');
    expect(linked(blocks).p2).toEqual(['radio-remarks']);
    expect(why(blocks, 'p2', 'radio-remarks')).toBe(
      'continues The minister’s radio remarks on the port deal from ¶1 (quotation of the same speaker: “Brandt said”)',
    );
  });

  it('"she added", and a paragraph that opens with a quotation and names no one', async () => {
    const blocks = await read(
      [REMARKS, 'She added that talks with the shipping firms would go on.', '"Nobody wants a harbour without ships."'],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p2: ['radio-remarks'], p3: ['radio-remarks'] });
    expect(why(blocks, 'p2', 'radio-remarks')).toContain('(the same speaker goes on: “She added”)');
  });

  it('a phrase that refers back: "her remarks", "the move", "the ban"', async () => {
    const remarks = await read([REMARKS, 'Dock unions said her remarks showed the deal was finished.'], '2026-03-03');
    expect(linked(remarks).p2).toEqual(['radio-remarks']);
    expect(why(remarks, 'p2', 'radio-remarks')).toContain('(refers back to it: “her remarks”)');
    const such = await read([REMARKS, 'Such words are not idle. They put the docks at risk.'], '2026-03-03');
    expect(why(such, 'p2', 'radio-remarks')).toContain('(refers back to it: “Such words”)');
    const answer = await read([REMARKS, 'Dock unions said her answer showed the deal was finished.'], '2026-03-03');
    expect(why(answer, 'p2', 'radio-remarks')).toContain('(refers back to it: “her answer”)');

    const ban = await read(
      [
        'The government announced a timber export ban on 10 March, citing a shortage at home.',
        'The move follows a dry summer in the northern forests.',
        'The ban runs until the end of the year.',
      ],
      '2026-03-11',
    );
    expect(linked(ban)).toMatchObject({ p2: ['timber-ban'], p3: ['timber-ban'] });
  });

  it('an event’s detail: seats and turnout without the word "election"', async () => {
    const blocks = await read(
      [
        'The harbour council election on Sunday ended a decade of one-party rule.',
        'The Greens won 14 seats, and turnout reached 61 per cent.',
      ],
      '2026-04-13',
    );
    expect(linked(blocks).p2).toEqual(['council-election']);
    expect(why(blocks, 'p2', 'council-election')).toContain('(a detail of it: “seats”)');
  });

  it('a quotation reacting to the event the article is about, whoever says it', async () => {
    const blocks = await read(
      [
        'Greens sweep harbour council',
        'The harbour council election on Sunday ended a decade of one-party rule.',
        '"It is a new era for the port," said councillor Mira Osei.',
        'He added that the old majority had ignored the dockers.',
      ],
      '2026-04-13',
    );
    expect(linked(blocks)).toMatchObject({ p3: ['council-election'], p4: ['council-election'] });
    expect(why(blocks, 'p3', 'council-election')).toContain(
      'from ¶2 (a quotation reacting to it: “It is a new era for the port,”)',
    );
  });

  it('in Japanese: a quotation of the same speaker, この発言, この措置 and 議席', async () => {
    const remarks = await read(
      [
        'ブラント大臣は２日のラジオ番組で、港湾協定は失敗すると述べた。',
        '大臣は「港を空にする協定には署名できない」と語った。',
        'この発言には港湾労働者から反発が出ている。',
      ],
      '2026-03-03',
      'ja',
    );
    expect(linked(remarks)).toMatchObject({ p2: ['radio-remarks'], p3: ['radio-remarks'] });
    expect(why(remarks, 'p2', 'radio-remarks')).toContain('quotation of the same speaker');

    const ban = await read(
      ['政府は１０日、木材の輸出禁止を発表した。', 'この措置は年末まで続く。', '対象は丸太と製材品だ。'],
      '2026-03-11',
      'ja',
    );
    expect(linked(ban)).toMatchObject({ p2: ['timber-ban'], p3: ['timber-ban'] });

    const vote = await read(
      ['１２日の港湾評議会選挙で、緑の党が躍進した。', '緑の党は１４議席を獲得した。'],
      '2026-04-13',
      'ja',
    );
    expect(linked(vote).p2).toEqual(['council-election']);
  });
});

describe('the article as a whole: its headline, replies to a statement, an event going on', () => {
  it('the headline sets the topic: the first paragraph carries on what it names', async () => {
    const blocks = await read(
      ['Ports said the logs were left on the quays.'],
      '2026-03-11',
      undefined,
      undefined,
      'Timber export ban takes effect',
    );
    expect(linked(blocks).p1).toEqual(['timber-ban']);
    expect(why(blocks, 'p1', 'timber-ban')).toBe(
      'continues The timber export ban from the headline (a detail of it: “logs”)',
    );
  });

  it('a headline reports the news of its day: a rule’s date is met by its publication, not a sentence’s', async () => {
    const headline = await read(['Brandt warns the quays will empty'], '2026-03-05');
    expect(linked(headline).p1).toEqual(['quay-speech']);
    expect(why(headline, 'p1', 'quay-speech')).toContain('dated “the day of the headline” (2026-03-05)');
    expect(linked(await read(['Brandt warns the quays will empty'], '2026-03-20')).p1).toEqual([]);
    expect(linked(await read(['Brandt warns the quays will empty.'], '2026-03-05')).p1).toEqual([]);
  });

  it('"those comments" point at what the paragraph before told, beside a mention of another occasion', async () => {
    const blocks = await read(
      [
        'Brandt warned on Thursday that the docks would empty.',
        'Asked in a radio interview on Monday about those comments, she said the port deal was dead.',
      ],
      '2026-03-06',
    );
    expect(linked(blocks)).toMatchObject({ p1: ['quay-speech'], p2: ['radio-remarks', 'quay-speech'] });
    expect(why(blocks, 'p2', 'quay-speech')).toContain('(refers back to it: “those comments”)');
  });

  it('a referring phrase that is its sentence’s subject points back, though the sentence names another occasion after it', async () => {
    const blocks = await read(
      [REMARKS, 'Union leaders said the comments had gone further than Brandt warned on 5 March.'],
      '2026-03-06',
    );
    expect(linked(blocks).p2).toEqual(expect.arrayContaining(['quay-speech', 'radio-remarks']));
    expect(why(blocks, 'p2', 'radio-remarks')).toContain('(refers back to it: “the comments”)');
    // The head of the naming words is that occasion itself: "her comments on 5 March" carries nothing on.
    const own = await read([REMARKS, 'Union leaders recalled the comments Brandt warned on 5 March.'], '2026-03-06');
    expect(linked(own).p2).toEqual(['quay-speech']);
  });

  it('"what she said", "what Brandt said": the words of the statement already told, by its speaker', async () => {
    const first =
      'Minister Ada Brandt said in a radio interview on Monday that her government would not sign the port deal.';
    const she = await read([first, 'Read closely, what she said left room for a later agreement.'], '2026-03-03');
    expect(why(she, 'p2', 'radio-remarks')).toContain('(refers back to it: “what she said”)');
    const named = await read([first, 'Dock unions studied what Brandt said for any sign of a retreat.'], '2026-03-03');
    expect(linked(named).p2).toEqual(['radio-remarks']);
    // A name not written where the statement was linked is someone else.
    const other = await read([first, 'Dock unions studied what Okafor said for any sign of a retreat.'], '2026-03-03');
    expect(linked(other).p2).toEqual([]);
  });

  it('the one who replied goes on: "the spokesman said" after "a ministry spokesman replied"', async () => {
    const reply = 'A ministry spokesman replied that the radio interview had been misread.';
    const blocks = await read([REMARKS, reply, '"Nothing in it was new," the spokesman said.'], '2026-03-03');
    expect(linked(blocks)).toMatchObject({ p2: ['radio-remarks'], p3: ['radio-remarks'] });
    expect(why(blocks, 'p3', 'radio-remarks')).toContain('(quotation of the same speaker: “the spokesman said”)');
    // Someone else in common words, not the one who replied, is another speaker.
    const other = await read([REMARKS, reply, '"Nothing in it was new," an official said.'], '2026-03-03');
    expect(linked(other).p3).toEqual([]);
  });

  it('a not-word stops a detail only when written near it: "seats … , long after, a by-election"', async () => {
    const election = 'The harbour council election on Sunday ended a decade of one-party rule.';
    const far = await read(
      [election, 'Holding those seats lets the Greens block the budget, and perhaps later even call a by-election.'],
      '2026-04-13',
    );
    expect(why(far, 'p2', 'council-election')).toContain('(a detail of it: “seats”)');
    const near = await read([election, 'The Greens took the seats in a by-election.'], '2026-04-13');
    expect(linked(near).p2).toEqual([]);
  });

  it('a date belongs to the mention written nearest it: "she had warned on 5 March" does not date the radio remarks', async () => {
    const blocks = await read(
      ['Speaking on the radio, Brandt said she had warned on 5 March that the docks would empty.'],
      '2026-03-06',
    );
    expect(linked(blocks).p1).toEqual(['radio-remarks', 'quay-speech']);
    // Alone, a date near the words of the radio remarks and outside their days still rules them out.
    expect(
      linked(await read(['Speaking on the radio on 5 March, she said the deal was dead.'], '2026-03-06')).p1,
    ).toEqual([]);
  });

  it('"the rhetoric from Brandt" refers back to her words; "the rhetoric from Reyes" to someone else’s', async () => {
    expect(linked(await read([REMARKS, 'The rhetoric from Brandt alarmed the unions.'], '2026-03-03')).p2).toEqual([
      'radio-remarks',
    ]);
    expect(linked(await read([REMARKS, 'The rhetoric from Reyes alarmed the unions.'], '2026-03-03')).p2).toEqual([]);
  });

  it('another speaker on a statement: a reply that uses its words, in English and Japanese', async () => {
    const reply = await read(
      [REMARKS, 'Dock union leader Sam Okafor told reporters that the radio interview was reckless.'],
      '2026-03-03',
    );
    expect(linked(reply).p2).toEqual(['radio-remarks']);
    expect(why(reply, 'p2', 'radio-remarks')).toContain('from ¶1 (another speaker on it: “radio”)');

    const japanese = await read(
      [
        'ブラント大臣は２日のラジオ番組で、港湾協定は失敗すると述べた。',
        '野党党首はラジオ番組での主張について「無責任だ」と述べた。',
      ],
      '2026-03-03',
      'ja',
    );
    expect(linked(japanese).p2).toEqual(['radio-remarks']);
  });

  it('another speaker on a statement: a reply whose words open on "they" or "those", and "he added" after it', async () => {
    const blocks = await read(
      [
        REMARKS,
        'Union leader Sam Okafor said they proved the ministry had given up on the docks.',
        'He added that members would vote on a strike.',
      ],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p2: ['radio-remarks'], p3: ['radio-remarks'] });
    expect(why(blocks, 'p2', 'radio-remarks')).toContain('(another speaker on it: “leader Sam Okafor said they”)');
    // "it" opens too many clauses of no one's words ("said it would study the plan").
    expect(
      linked(await read([REMARKS, 'The shipping firm Nordline said it would study the plan.'], '2026-03-03')).p2,
    ).toEqual([]);
  });

  it('Japanese: reported speech without quotation marks, and a quotation attributed by と whatever its verb', async () => {
    const first = 'ブラント大臣は２日のラジオ番組で、港湾協定は失敗すると述べた。';
    const read3 = async (next: string) => linked(await read([first, next], '2026-03-03', 'ja')).p2;
    // The same speaker, named without her title (ブラント氏), reports more, with no quotation marks.
    expect(await read3('ブラント氏はさらに、交渉は続けると述べた。')).toEqual(['radio-remarks']);
    // Another speaker's quotation closed by 「…」との批判, on the radio programme: a reply.
    expect(await read3('ラジオ番組を聞いた野党党首からは「無責任だ」との批判が出た。')).toEqual(['radio-remarks']);
    // Another speaker, in reported speech that does not speak of the programme: not a reply.
    expect(await read3('野党党首は、協定はまだ必要だと述べた。')).toEqual([]);
  });

  it('another speaker quoted on her ("She has given up on the docks," said …) replies to her statement', async () => {
    const reply = await read([REMARKS, '"She has given up on the docks," said union leader Sam Okafor.'], '2026-03-03');
    expect(why(reply, 'p2', 'radio-remarks')).toContain('(another speaker on it: “She”)');
    // Not where her paragraphs wrote only "she" and the quotation speaks of "he".
    const he = await read(
      [`${REMARKS} She spoke from her office.`, '"He has given up on the docks," said union leader Sam Okafor.'],
      '2026-03-03',
    );
    expect(linked(he).p2).toEqual([]);
  });

  it('a not-word of the statement stops a speaker carrying it on only when written near the speaker', async () => {
    const far = await read(
      [
        REMARKS,
        '"She has given up on the docks," said Sam Okafor, who for thirty years has also led the harbour choir.',
      ],
      '2026-03-03',
    );
    expect(linked(far).p2).toEqual(['radio-remarks']);
    const near = await read([REMARKS, '"She has given up," said the harbour choir.'], '2026-03-03');
    expect(linked(near).p2).toEqual([]);
  });

  it('another speaker quoted calling it remarks replies to it: “Reckless remarks,” 「無責任な発言だ」', async () => {
    const blocks = await read(
      [REMARKS, '"Reckless remarks from a tired government," said harbour pilot Nils Berg.'],
      '2026-03-03',
    );
    expect(why(blocks, 'p2', 'radio-remarks')).toContain('(another speaker on it: “remarks”)');
    const ja = await read(
      [
        'ブラント大臣は２日のラジオ番組で、港湾協定は失敗すると述べた。',
        '一方、労組は「無責任な発言だ」と反発している。',
      ],
      '2026-03-03',
      'ja',
    );
    expect(linked(ja).p2).toEqual(['radio-remarks']);
  });

  it('a reply is not made by a word of speech alone: someone else "in a remark to reporters" speaks of something else', async () => {
    const blocks = await read(
      [REMARKS, 'Harbour pilot Nils Berg said, in a remark to reporters, that the tide tables were wrong.'],
      '2026-03-03',
    );
    expect(linked(blocks).p2).toEqual([]);
  });

  it('a reply ends where it does not speak of the statement, or speaks of another time', async () => {
    const blocks = await read(
      [REMARKS, 'Dock union leader Sam Okafor told reporters the unions had not been consulted.'],
      '2026-03-03',
    );
    expect(linked(blocks).p2).toEqual([]);
    const earlier = await read(
      [REMARKS, 'In 2024, union leader Sam Okafor said a radio debate had misled workers.'],
      '2026-03-03',
    );
    expect(linked(earlier).p2).toEqual([]);
  });

  it('the same speaker goes on in a sentence that opens with her: "She stopped short of saying …"', async () => {
    const blocks = await read([REMARKS, 'She stopped short of saying the deal would be cancelled.'], '2026-03-03');
    expect(why(blocks, 'p2', 'radio-remarks')).toContain('(the same speaker goes on: “She stopped short of saying”)');
    const others = await read(
      [REMARKS, 'Officials stopped short of saying the deal would be cancelled.'],
      '2026-03-03',
    );
    expect(linked(others).p2).toEqual([]);
  });

  it('the same person goes on with no word of speech: "Pressed for an example, she pictured …"', async () => {
    const blocks = await read(
      [REMARKS, 'Pressed by the presenter for an example, she pictured a cargo line moving its ships to Antwerp.'],
      '2026-03-03',
    );
    expect(why(blocks, 'p2', 'radio-remarks')).toContain('(the same person goes on: “she”)');
    // Not someone of the other gender, not another time, and not once someone else is quoted.
    for (const next of [
      'Pressed for an example, he pictured a cargo line moving its ships to Antwerp.',
      'In 2019 she pictured a cargo line moving its ships to Antwerp.',
      'Dock unions said she pictured an empty port.',
    ])
      expect(linked(await read([`${REMARKS} She spoke from her office.`, next], '2026-03-03')).p2).toEqual([]);
  });

  it('an opening participle clause, then her name: "Defending the plan, Brandt appeared to …"', async () => {
    const SPEECH = 'Minister Ada Brandt warned on Thursday that the port would lose its cargo lines.';
    const blocks = await read(
      [SPEECH, 'Defending the plan, Brandt appeared to soften her radio remarks on Monday about idle docks.'],
      '2026-03-06',
    );
    // The earlier statement is recalled as the object of her act, dated at its own time; the act is this one's.
    expect(linked(blocks).p2).toEqual(expect.arrayContaining(['quay-speech', 'radio-remarks']));
    expect(why(blocks, 'p2', 'quay-speech')).toContain('(the same person goes on: “Brandt appeared”)');
    for (const next of [
      // not an opening clause, but a time: another occasion
      'In 2019, Brandt appeared to soften her stance on idle docks.',
      // no name of hers after the clause
      'Asked about the plan, harbour officials declined to comment.',
      'Asked about the plan, Mayor Olsen appeared unconvinced.',
    ])
      expect(linked(await read([SPEECH, next], '2026-03-06')).p2 ?? []).not.toContain('quay-speech');
  });

  it('a figure written as a word goes on with the measure; "the two" names known things', async () => {
    const BAN = 'The government on Tuesday announced an export ban on timber, to halt exports of raw wood.';
    const blocks = await read([BAN, 'Three ports have stopped loading ships for now.'], '2026-03-11');
    expect(why(blocks, 'p2', 'timber-ban')).toContain('(a detail of it: “Three”)');
    expect(linked(await read([BAN, 'Hundreds of lorries queued at the border.'], '2026-03-11')).p2).toEqual([
      'timber-ban',
    ]);
    expect(linked(await read([BAN, 'The two mayors met for lunch at the town hall.'], '2026-03-11')).p2).toEqual([]);
  });

  it('Japanese writes no article: a bare 措置 or 発言 before a particle is the one told', async () => {
    const BAN_JA = '政府は１０日、木材の輸出禁止を発表した。';
    const measure = await read([BAN_JA, '業界団体は会見で困惑を示し、措置の見直しを求めた。'], '2026-03-11', 'ja');
    expect(linked(measure).p2).toEqual(['timber-ban']);
    expect(why(measure, 'p2', 'timber-ban')).toContain('(refers back to it: “措置”)');
    const remarks = await read(
      ['ブラント大臣は２日、ラジオで港の協定について発言した。', '野党は発言の撤回を求めた。'],
      '2026-03-03',
      'ja',
    );
    expect(linked(remarks).p2).toEqual(['radio-remarks']);
    // Not the end of a compound (対抗措置), not a verb (発言した).
    for (const next of ['隣国は対抗措置を検討している。', '別の議員も同じ日に発言した。'])
      expect(linked(await read([BAN_JA, next], '2026-03-11', 'ja')).p2).toEqual([]);
  });

  it('"add up" is not speech: a note on rounding does not go on with the event', async () => {
    const VOTE = 'The harbour council election on Sunday ended a decade of one-party rule.';
    expect(linked(await read([VOTE, 'Percentages may not add up because of rounding.'], '2026-04-13')).p2).toEqual([]);
    expect(linked(await read([VOTE, 'Observers added that counting was orderly.'], '2026-04-13')).p2).toEqual([
      'council-election',
    ]);
  });

  it('a market moving right after it is another subject, not a count of its own', async () => {
    const BAN = 'The government on Tuesday announced an export ban on timber, to halt exports of raw wood.';
    for (const next of ['Shares of furniture makers fell 4 percent.', 'The main index closed up 1.2 percent.'])
      expect(linked(await read([BAN, next], '2026-03-11')).p2).toEqual([]);
    expect(linked(await read([BAN, 'Some 300 ships are waiting.'], '2026-03-11')).p2).toEqual(['timber-ban']);
    const ja = await read(
      ['政府は１０日、木材の輸出禁止を発表した。', '家具メーカーの株価は４％下落した。'],
      '2026-03-11',
      'ja',
    );
    expect(linked(ja).p2).toEqual([]);
  });

  it('the measure goes on in those it touches: "Some mills have …", 一部の…', async () => {
    const BAN = 'The government on Tuesday announced an export ban on timber, to halt exports of raw wood.';
    const blocks = await read([BAN, 'Some sawmills have moved their orders to neighbouring countries.'], '2026-03-11');
    expect(linked(blocks).p2).toEqual(['timber-ban']);
    expect(why(blocks, 'p2', 'timber-ban')).toContain('(those it touches: “Some sawmills”)');
    const ja = await read(
      ['政府は１０日、木材の輸出禁止を発表した。', '一部の製材所は取引先を海外に移した。'],
      '2026-03-11',
      'ja',
    );
    expect(linked(ja).p2).toEqual(['timber-ban']);
    // Not a proper name after "Some", not after an unlinked paragraph, not dated at another time.
    for (const [before, next] of [
      [BAN, 'Some Nordic firms made the same choice in 2019.'],
      ['The harbour choir sang on Sunday.', 'Some sawmills have moved their orders abroad.'],
    ])
      expect(linked(await read([before!, next!], '2026-03-11')).p2).toEqual([]);
  });

  it('"that statement" points at the statement told last, "the statement" at the article\'s topic', async () => {
    const opening = [
      REMARKS,
      'She added that the docks would stay idle.',
      'On Thursday Brandt warned the dock owners again, this time at the quay.',
      'Crowds gathered at the gate all afternoon.',
    ];
    const demonstrative = await read([...opening, 'Unions demanded she withdraw that statement.'], '2026-03-06');
    expect(linked(demonstrative).p5).toEqual(['quay-speech']);
    const definite = await read([...opening, 'Unions demanded she withdraw the statement.'], '2026-03-06');
    expect(linked(definite).p5).toEqual(['radio-remarks']);
  });

  it('この発言 points at the statement told last, in Japanese', async () => {
    const blocks = await read(
      [
        'ブラント大臣は２日、ラジオで港の協定について発言した。',
        'ブラント大臣はさらに、港は止まると述べた。',
        // the quay-side speech has English words only: an English paragraph (a quoted wire line) tells it
        'On Thursday Brandt warned the dock owners again.',
        '門の前には午後まで人が集まった。',
        '労組はこの発言の撤回を求めた。',
      ],
      '2026-03-06',
    );
    expect(linked(blocks).p5).toEqual(['quay-speech']);
  });

  it('those around her open the paragraph: "Her advisers later admitted …"', async () => {
    const told = `${REMARKS} She spoke from her office.`;
    const blocks = await read(
      [told, 'Her advisers later admitted they had not expected her to go so far.'],
      '2026-03-03',
    );
    expect(why(blocks, 'p2', 'radio-remarks')).toContain('(another speaker on it: “Her advisers”)');
    expect(linked(await read([told, 'His advisers later admitted surprise.'], '2026-03-03')).p2).toEqual([]);
  });

  it('someone introduced by "a" is someone new: "said a crane driver" does not go on with her', async () => {
    const blocks = await read(
      [REMARKS, '"The quays are already empty," said a crane driver at the gate.'],
      '2026-03-03',
    );
    expect(linked(blocks).p2).toEqual([]);
  });

  it('she acting in a paragraph that names another event by its own rules is on that event', async () => {
    const told = `${REMARKS} She spoke from her office.`;
    const blocks = await read([told, 'Weeks before the harbour council election, she toured the docks.'], '2026-03-03');
    expect(linked(blocks).p2).toEqual(['council-election']);
  });

  it('the event goes on: a figure, or what someone said, right after it, in English and Japanese', async () => {
    const blocks = await read(
      [
        'The harbour council election on Sunday ended a decade of one-party rule.',
        'Independents won 9 of the 31 places.',
        'Officials said counting ended before midnight.',
      ],
      '2026-04-13',
    );
    expect(linked(blocks)).toMatchObject({ p2: ['council-election'], p3: ['council-election'] });
    expect(why(blocks, 'p2', 'council-election')).toContain('(a detail of it: “9”)');
    expect(why(blocks, 'p3', 'council-election')).toContain('(another speaker on it: “said”)');

    const ban = await read(
      ['政府は１０日、木材の輸出禁止を発表した。', '港では約３００隻の船が足止めされている。'],
      '2026-03-11',
      'ja',
    );
    expect(linked(ban).p2).toEqual(['timber-ban']);
  });

  it('the speaker of a statement going on speaks on that statement, not on the event told beside it', async () => {
    const blocks = await read(
      [
        'Minister Ada Brandt said in a radio interview on Monday that the port deal would fail. The harbour council election is due in April.',
        '"We cannot sign a deal that empties our quays," she told reporters.',
      ],
      '2026-03-03',
    );
    expect(linked(blocks).p1).toEqual(['radio-remarks', 'council-election']);
    expect(linked(blocks).p2).toEqual(['radio-remarks']);
  });

  it('"her victory", "the defeat" refer back to the event', async () => {
    const told = 'The harbour council election on Sunday ended a decade of one-party rule.';
    const victory = await read([told, 'Rivals were quick to concede her victory.'], '2026-04-13');
    expect(why(victory, 'p2', 'council-election')).toContain('(refers back to it: “her victory”)');
  });

  it('a length of time is not a figure of the event: "a clip 40 seconds long"', async () => {
    const told = 'The harbour council election on Sunday ended a decade of one-party rule.';
    const clip = await read([told, 'A clip of the winner lasted 40 seconds and was shared widely.'], '2026-04-13');
    expect(linked(clip).p2).toEqual([]);
    const places = await read([told, 'Independents won 9 of the 31 places.'], '2026-04-13');
    expect(linked(places).p2).toEqual(['council-election']);
  });

  it('the event ends at another time, or at a paragraph that names another fact', async () => {
    const blocks = await read(
      ['The harbour council election on Sunday ended a decade of one-party rule.', 'In 2022 only 4,000 people voted.'],
      '2026-04-13',
    );
    expect(linked(blocks).p2).toEqual([]);
    const other = await read(
      [
        'The harbour council election on Sunday ended a decade of one-party rule.',
        'Separately, a timber export ban announced on 10 March has shut 40 sawmills.',
      ],
      '2026-04-13',
    );
    expect(linked(other).p2).toEqual(['timber-ban']);
  });
});

describe('dates counted from the sentence’s own day', () => {
  it('“two days earlier” dates a mention back from the day just named, so the right occasion is linked', async () => {
    // 7 March is outside the quay speech’s days; two days before it, the 5th, is within them.
    const blocks = await read(
      [
        'On Saturday the unions answered Brandt, who had warned on the quay two days earlier that the docks would empty.',
      ],
      '2026-03-09',
    );
    expect(linked(blocks).p1).toEqual(['quay-speech']);
    expect(why(blocks, 'p1', 'quay-speech')).toContain('two days earlier');
  });
  it('a date that ends a span says how long a measure lasts, not when it was taken', async () => {
    const blocks = await read(
      [
        'Officials said the timber export ban would stay in force until the end of June.',
        'About 4,000 tonnes of logs a week are held at the border.',
      ],
      '2026-03-10',
    );
    expect(linked(blocks)).toMatchObject({ p1: ['timber-ban'], p2: ['timber-ban'] });
    // A limit it keeps to is not when it was taken either.
    expect(
      linked(
        await read(
          [
            'The timber export ban took effect on Tuesday.',
            'Under the ban, no logs may leave the country before 2028.',
          ],
          '2026-03-11',
        ),
      ).p2,
    ).toEqual(['timber-ban']);
    // Dated within a few words at another time, it is another ban.
    expect(linked(await read(['The timber export ban of June 2019 was lifted.'], '2026-03-10')).p1).toEqual([]);
  });
  it('“earlier in the week” is the week of the publication, not the week ahead', async () => {
    const blocks = await read(
      ['Brandt on Friday refused to take back what she said in a radio interview earlier in the week.'],
      '2026-03-06',
    );
    expect(linked(blocks).p1).toEqual(['radio-remarks']);
  });
});

describe('a change of subject ends the thread', () => {
  it('another speaker, named where the fact was not, ends a quotation thread (and what follows it)', async () => {
    const blocks = await read(
      [
        REMARKS,
        '"This is reckless," said opposition leader Tom Reyes.',
        'He added that the unions had not been consulted.',
      ],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p2: [], p3: [] });
  });

  it('another speaker in Japanese: a different topic before the quotation', async () => {
    const blocks = await read(
      ['ブラント大臣は２日のラジオ番組で、港湾協定は失敗すると述べた。', '野党党首は「無責任だ」と述べた。'],
      '2026-03-03',
      'ja',
    );
    expect(linked(blocks).p2).toEqual([]);
  });

  it('another time: a paragraph on remarks of another year ends the thread', async () => {
    const blocks = await read(
      [
        REMARKS,
        'In 2019 she said at a party congress that the port must stay public.',
        'Her remarks then were far milder.',
      ],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p2: [], p3: [] });
  });

  it('a new section: a quotation under a heading is not the previous paragraph’s speaker going on', async () => {
    const blocks = await read(
      [REMARKS, '## What the unions say', '"We will strike if the deal is signed," she said.'],
      '2026-03-03',
    );
    expect(linked(blocks).p3).toEqual([]);
  });

  it('a short question set as a paragraph is a subheading: it carries nothing on, and opens a new section', async () => {
    const blocks = await read(
      [REMARKS, 'What did she mean?', '"We will strike if the deal is signed," she said.'],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p2: [], p3: [] });
    // A question within a quotation, or a long one, is part of the running text.
    const quoted = await read([REMARKS, '"Who would sign such a deal?" she asked.'], '2026-03-03');
    expect(linked(quoted).p2).toEqual(['radio-remarks']);
  });

  it('a live blog’s time stamp set as a heading opens no new section', async () => {
    const blocks = await read(
      [REMARKS, '## 9.15am', '"We will strike if the deal is signed," she said.'],
      '2026-03-03',
    );
    expect(linked(blocks).p3).toEqual(['radio-remarks']);
  });

  it('an unlinked paragraph between breaks a quotation thread', async () => {
    const blocks = await read(
      [REMARKS, 'The port handles a third of the country’s container traffic.', '"We cannot wait," she said.'],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p2: [], p3: [] });
  });
});

describe('precision', () => {
  it('context needs more than one word of its rules', async () => {
    const blocks = await read(
      [
        'The Accord was mentioned only in passing.',
        'Both sides cited the Saltmarsh Accord on shared waters.',
        '両国は塩沼協定に言及した。',
      ],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p1: [], p2: ['saltmarsh-accord'], p3: ['saltmarsh-accord'] });
  });

  it('a different event of the same kind is not carried on: an earlier vote, another year’s ban', async () => {
    const election = await read(
      [
        'The harbour council election on Sunday ended a decade of one-party rule.',
        'In the 2022 vote, the Greens had won only nine seats.',
      ],
      '2026-04-13',
    );
    expect(linked(election).p2).toEqual([]);
    const ban = await read(
      [
        'The government announced a timber export ban on 10 March.',
        'A similar ban in 2021 was lifted after six weeks.',
      ],
      '2026-03-11',
    );
    expect(linked(ban).p2).toEqual([]);
  });

  it('a word between determiner and noun that names something else, another gender, or a phrase naming its own referent', async () => {
    const blocks = await read(
      [
        'Minister Ada Brandt said in a radio interview on Monday that her government would not sign the port deal.',
        'Her previous remarks on the port had been far more cautious.',
        'The harbour master gave his remarks to reporters.',
        'Dock unions rejected the statements of the shipping firms.',
      ],
      '2026-03-03',
    );
    expect(linked(blocks)).toMatchObject({ p2: [], p3: [], p4: [] });
  });

  it(':nofact[…] still overrides, and a link an editor removed in review stays removed', async () => {
    const marked = await read(
      [REMARKS, 'Dock unions said :nofact[her remarks] showed the deal was finished.'],
      '2026-03-03',
    );
    expect(linked(marked).p2).toEqual([]);
    const removed = await read(
      [REMARKS, 'Dock unions said her remarks showed the deal was finished.'],
      '2026-03-03',
      undefined,
      new Map([['p2', new Set(['radio-remarks'])]]),
    );
    expect(linked(removed).p2).toEqual([]);
  });

  it('the carried-on link is placed on the words that carry it', async () => {
    const markdown = `${REMARKS} {#p1}\n\nDock unions said her remarks showed the deal was finished. {#p2}`;
    const { html } = await analyseArticle(markdown, {
      recognisers,
      factHref: (id) => `/facts/${id}/`,
      frontmatter: { published: { status: 'stated', value: '2026-03-03' } },
    });
    expect(html).toContain(
      'Dock unions said <a href="/facts/radio-remarks/" class="fact-mention" data-fact="radio-remarks">her remarks</a> showed',
    );
  });
});

describe('a carried-on link explains itself where editors see links', () => {
  it('in the import report, as the site reads the article', () => {
    const blocks = [
      { id: 'p-1', kind: 'paragraph' as const, text: REMARKS },
      { id: 'p-2', kind: 'paragraph' as const, text: 'She added that talks with the shipping firms would go on.' },
    ];
    const [remarks] = reportMentions(blocks, recognisers, new Map([['radio-remarks', 'The radio remarks']]), {
      published: '2026-03-03',
    });
    expect(remarks?.paragraphIds).toEqual(['p-1', 'p-2']);
    expect(remarks?.reasons[1]).toBe(
      'continues The minister’s radio remarks on the port deal from ¶1 (the same speaker goes on: “She added”)',
    );
  });

  it('in review, as a doubtful link an editor can keep or remove', async () => {
    const blocks = await read([REMARKS, 'Dock unions said her remarks showed the deal was finished.'], '2026-03-03');
    const article = { id: 'port-story', data: articleData({}), blocks };
    const found = doubtfulLinks(
      [article],
      [{ id: 'radio-remarks', data: factData({ title: 'The radio remarks' }) }],
      new Set(),
    );
    expect(found.map((link) => [link.ref, link.reason])).toEqual([
      [
        'port-story#p2',
        'continues The minister’s radio remarks on the port deal from ¶1 (refers back to it: “her remarks”)',
      ],
    ]);
    expect(found[0]?.doubt).toContain('linked as carrying on an earlier paragraph');
    expect(
      doubtfulLinks(
        [article],
        [{ id: 'radio-remarks', data: factData({ title: 'The radio remarks', linksKept: ['port-story#p2'] }) }],
        new Set(),
      ),
    ).toEqual([]);
  });
});

describe('bounded time', () => {
  it('a paragraph of thousands of referring phrases and attributions after the fact is read within the test’s time limit', () => {
    const hostile =
      'She added that her remarks, the remarks and the ban stood. '.repeat(2_000) +
      'Her remarks of 2019 and the 2020 ban stood. '.repeat(2_000);
    const found = recogniseArticle(
      [
        { id: 'p1', text: REMARKS },
        { id: 'p2', text: hostile },
      ],
      recognisers,
      { published: '2026-03-03' },
    );
    expect(found[1]?.map((mention) => mention.factId)).toEqual(['radio-remarks']);
  }, 20_000);
  it('a Japanese sentence of thousands of reported sayings and quotations is read within the test’s time limit', () => {
    const hostile = 'さらに閉じると述べ、「閉じる」と語り、'.repeat(10_000) + '以上。';
    const started = performance.now();
    const found = recogniseArticle(
      [
        { id: 'p1', text: 'ブラント大臣は２日のラジオ番組で、港湾協定は失敗すると述べた。' },
        { id: 'p2', text: hostile },
      ],
      recognisers,
      { published: '2026-03-03', language: 'ja' },
    );
    expect(found[1]?.map((mention) => mention.factId)).toEqual(['radio-remarks']);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
