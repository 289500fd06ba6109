import type { Recognisers, FactRecogniser } from './compile-recognisers';
import { compileCue, lookupKeys, matchCueAt, type Cue } from './cue';
import {
  AUXILIARIES,
  CUES_BY_KIND,
  STATEMENT_NOUNS_JA,
  DETERMINERS,
  FUNCTION_WORDS,
  MODIFIERS,
  SAY_ENDINGS_JA,
  SAY_VERBS,
  SPEAKER_NOUNS,
  SPEAKER_PRONOUNS,
  type ContinuableKind,
} from './continuation-cues';
import { datesInText, type TextDate } from '../model/date-reader';
import { fallsWithin, isResolved } from './date-window';
import {
  gapBetween,
  NEAR_CUE,
  sentenceAt,
  type MatchedCue,
  type Recognised,
  type RecognitionContext,
} from './recognise';
import { tagEnglish } from './english-model';
import { spanSet, type Span } from './span-set';
import type { Token, TokenisedText } from './tokens';

/** The shapes in which a paragraph carries on a fact, as the explanation names them. */
export const SHAPES = {
  quotation: 'quotation of the same speaker',
  speech: 'the same speaker goes on',
  anaphora: 'refers back to it',
  detail: 'a detail of it',
  reaction: 'a quotation reacting to it',
  reply: 'another speaker on it',
  acting: 'the same person goes on',
  affected: 'those it touches',
} as const;

/** The shapes carried by who speaks (an attribution, a pronoun) rather than by words of the fact. */
const SPEAKER_SHAPES: ReadonlySet<string> = new Set([SHAPES.quotation, SHAPES.speech, SHAPES.reply, SHAPES.acting]);

/** What the article has told so far, paragraph by paragraph: the thread later paragraphs may carry on. */
export interface ArticleThread {
  /** Fact index → where it was last linked (paragraph index, and its order among that paragraph's links). */
  last: Map<number, { paragraph: number; order: number; block: string }>;
  /** Fact index → who is written about where it was linked: to tell its speaker from another. */
  voices: Map<number, Voice>;
  /** The statements linked in the paragraph just read (fact indexes): what a quotation or "she added" carries on. */
  previousStatements: number[];
  /** Who is quoted in common words in the paragraph just read, if it linked a statement ("spokesman", by dictionary form): a speaker "the spokesman said" goes on with. */
  previousSpeakers: Set<string>;
  /** The index of the paragraph just read. */
  previous: number;
  /** Every fact that can be carried on which the paragraph just read linked. */
  previousLinked: number[];
  /** The article's topic: the facts its first two paragraphs with links (headline, lede) linked, if they open it. */
  topic: Set<number>;
  /** How many paragraphs have linked a fact that can be carried on. */
  linkedParagraphs: number;
}

/** Who the paragraphs linking a fact write about. */
export interface Voice {
  /** Names and titles, lower case ("prime", "minister", "sanae", "takaichi", "guo"). */
  names: Set<string>;
  /** Genders of the pronouns written there (`she`, `he`). */
  pronouns: Set<string>;
  /** The latest of the text itself, for languages whose names are not written apart (Japanese). */
  text: string;
}

/** Cues weighed per paragraph at most (a real paragraph has a handful). */
const MAX_CUES_WEIGHED = 200;

/** The article's topic is set by its opening: the first two paragraphs with links among this many (headline, byline, dateline, lede). */
const TOPIC_WITHIN = 4;

/** How much of the paragraphs linking a fact is kept to find its speaker's name in Japanese. */
const VOICE_TEXT = 2_000;

export function newThread(): ArticleThread {
  return {
    last: new Map(),
    voices: new Map(),
    previousStatements: [],
    previousSpeakers: new Set(),
    previous: -1,
    previousLinked: [],
    topic: new Set(),
    linkedParagraphs: 0,
  };
}

/** One paragraph, as the continuation reads it. */
export interface ThreadParagraph {
  id: string;
  /** Its index among the article's paragraphs, from 0. */
  index: number;
  text: string;
  tokenised: TokenisedText;
  /** Spans not read (links, `:nofact[…]`). */
  excluded: readonly Span[];
  /** Whether a heading stands before it: a new section, where the paragraph before is no longer the one it goes on from. */
  opensSection?: boolean;
}

/** The kind under which a fact can be carried on, if it can: a statement, event or measure with dates. */
export function continuableKind(fact: FactRecogniser): ContinuableKind | undefined {
  if (!fact.datesDecide || !fact.window) return undefined;
  return fact.kind in CUES_BY_KIND ? (fact.kind as ContinuableKind) : undefined;
}

/**
 * The facts a paragraph carries on from earlier ones, though it names none of them by their rules:
 * - a quotation of the same speaker, or "she added", "he said", right after a paragraph that linked a
 *   statement (a named speaker who was not named there, "officials said", ends it);
 * - a phrase that refers back ("the remarks", "her comments", "Takaichi's remarks", "the move", "the
 *   ban", "この発言") to the latest fact of that kind, when its sentence names none of that kind itself;
 * - a detail the fact's file lists (an election's seats, a ban's goods) once the article introduced it;
 * - another speaker, right after a paragraph on the statement the article is about, using one of its
 *   rule words ("Guo said Takaichi had …"): a reply to it;
 * - right after a paragraph on the event or measure the article is about, a paragraph that names no
 *   fact and no other time and gives a figure or reports what someone said ("Exit polls give the
 *   party 290 seats").
 * A cue dated, within a few words, outside the fact's window (another year's ban, an earlier election)
 * carries nothing on, nor does one in a sentence with one of the fact's `not` words; a modifier other
 * than a few neutral ones ("the previous remarks", "an earlier ban") names something else.
 *
 * `own`: what the paragraph mentions itself by the facts' rules; `marked`: facts an editor marked in
 * it by hand. Reads each token a constant
 * number of times, so an article is read in time linear in its length.
 */
export function carriedOn(
  paragraph: ThreadParagraph,
  own: readonly Recognised[],
  marked: readonly string[],
  thread: ArticleThread,
  recognisers: Recognisers,
  context: RecognitionContext,
): { mentions: Recognised[]; ended: number[] } {
  const { text, tokenised } = paragraph;
  const { tokens } = tokenised;
  const skipped = spanSet(paragraph.excluded);
  const found = new Map<number, Recognised>();
  let dates: TextDate[] | undefined;
  const datesNear = (span: Span) => {
    // Most paragraphs carry no date at all: chrono is not asked about one with no digit or date word.
    dates ??= MAY_HOLD_DATE.test(text) ? datesInText(text, context).filter(occurred) : [];
    return dates.filter((d) => gapBetween({ start: d.index, end: d.end }, span) <= NEAR_CUE && !datesAnother(d));
  };
  // A date that dates another mention of the paragraph ("a news programme on Monday") is not this one's.
  const datesAnother = (date: TextDate) =>
    own.some(
      (mention) =>
        mention.reason.date?.asWritten === date.asWritten ||
        mention.matched.some((cue) => cue.list === 'date' && cue.start < date.end && date.index < cue.end),
    );
  const linked = new Set([...own.map((m) => m.factId), ...marked]);
  // The kinds of fact the paragraph names itself: a phrase referring back to one of them is that mention.
  const named = kindsNamed(own, recognisers);
  // A phrase referring back to a kind the paragraph names itself is that mention, unless it stands in
  // a sentence before the first that names one ("The comments go further than her previous remarks.
  // Those, in parliament, …"): a reference points back, not ahead.
  // Within the sentence that names one, a phrase that is the subject of its sentence and stands before
  // the naming words points back too: "The comments are in line with previous remarks", "he said the
  // comments had repeated the mistake she made in November" — its verb follows it at once.
  const namedBefore = (kind: ContinuableKind, at: number, noun?: number) => {
    const first = named.get(kind);
    if (first === undefined) return false;
    const sentence = tokenised.sentences[sentenceAt(tokenised, at)]!;
    if (sentence.end <= first.sentence) return false;
    return !(
      sentence.start === first.sentence &&
      noun !== undefined &&
      subjectBeforeNaming(tokens, noun, first.mentions)
    );
  };

  // A hostile paragraph of thousands of "the remarks" is read in bounded time: only so many cues are weighed.
  let budget = MAX_CUES_WEIGHED;
  const offer = (f: number, span: Span, list: string, shape: string) => {
    const fact = recognisers.facts[f];
    const last = thread.last.get(f);
    if (!fact?.window || !last || linked.has(fact.factId) || found.has(f) || skipped.overlaps(span) || budget-- <= 0)
      return;
    const near = datesNear(span);
    if (near.length > 0 && !near.some((d) => fallsWithin(d, fact.window!.mentions))) return;
    // A not-word rules out a sentence whose words refer back to the fact ("the results" beside another
    // vote); where a speaker (an attribution, a pronoun) or a detail ("seats", "that margin") carries
    // it, only one written near it does: "the vote in the upper house", not "that margin lets it
    // override the upper house".
    const around = SPEAKER_SHAPES.has(shape) || shape === SHAPES.detail ? span : undefined;
    if (notWordIn(fact, tokenised, sentenceAt(tokenised, span.start), recognisers, around)) return;
    const cue: MatchedCue = { start: span.start, end: span.end, list, words: text.slice(span.start, span.end) };
    found.set(f, {
      factId: fact.factId,
      sentence: tokenised.sentences[sentenceAt(tokenised, span.start)] ?? { start: 0, end: text.length },
      matched: [cue],
      reason: {
        fact: fact.factId,
        by: 'continued',
        rule: shape,
        cues: [{ list, words: cue.words }],
        continues: { block: last.block, paragraph: last.paragraph + 1, title: fact.title },
      },
    });
  };

  // A fact's detail dated, within a few words, on the fact's own days names it even where nothing
  // introduced it: "the ruling party won 316 seats on Sunday".
  const introduce = (f: number, span: Span) => {
    const fact = recognisers.facts[f];
    if (!fact?.window || linked.has(fact.factId) || found.has(f) || skipped.overlaps(span) || budget-- <= 0) return;
    const date = datesNear(span).find((d) => d.precision === 'day' && fallsWithin(d, fact.window!));
    if (!date || notWordIn(fact, tokenised, sentenceAt(tokenised, span.start), recognisers)) return;
    const words = text.slice(span.start, span.end);
    found.set(f, {
      factId: fact.factId,
      sentence: tokenised.sentences[sentenceAt(tokenised, span.start)] ?? { start: 0, end: text.length },
      matched: [{ start: span.start, end: span.end, list: 'continued', words }],
      reason: {
        fact: fact.factId,
        by: 'rule',
        rule: 'continued + date',
        cues: [{ list: 'continued', words }],
        date: { asWritten: date.asWritten, ...(date.value ? { value: date.value } : {}) },
      },
    });
  };

  // What "the remarks" or "the move" refers to: a fact of that kind the paragraph just before linked
  // (within a section), else the article's topic of that kind (set by its headline and lede), else
  // the latest one linked.
  const adjacent = thread.previous === paragraph.index - 1 && !paragraph.opensSection;
  // Of a kind, the fact the paragraph just before linked that this one does not name itself.
  const toldJustBefore = (kind: ContinuableKind): number | undefined =>
    adjacent
      ? thread.previousLinked.find((f) => {
          const fact = recognisers.facts[f];
          return fact && continuableKind(fact) === kind && !linked.has(fact.factId);
        })
      : undefined;
  // Of a kind, the fact told latest (in the latest paragraph; there, the first linked), after those
  // ranked higher by `rank`.
  const latestRanked = (kind: ContinuableKind, rank: (f: number, at: { paragraph: number }) => number) => {
    let best: number | undefined;
    let bestAt = -Infinity;
    for (const [f, at] of thread.last) {
      const fact = recognisers.facts[f];
      if (!fact || continuableKind(fact) !== kind) continue;
      const score = rank(f, at) * 1e9 + at.paragraph * 1000 - at.order;
      if (score > bestAt) {
        best = f;
        bestAt = score;
      }
    }
    return best;
  };
  // What "the remarks" points at: the fact of the paragraph just before, else the article's topic, else the latest.
  const referent = (kind: ContinuableKind): number | undefined =>
    latestRanked(kind, (f, at) => (adjacent && at.paragraph === paragraph.index - 1 ? 2 : thread.topic.has(f) ? 1 : 0));
  // What "that statement" points at: the fact of its kind linked last.
  const latestOf = (kind: ContinuableKind): number | undefined => latestRanked(kind, () => 0);

  // "what she said", "what Brandt told reporters": the words of a statement already told, by its
  // speaker (a pronoun of the speaker's gender, or a name written where it was linked).
  const whatWasSaid = (who: number, verb: Token) => {
    const speaker = tokens[who]!;
    const what = previousWord(tokens, who);
    if (what === undefined || tokens[what]!.norm !== 'what' || namedBefore('statement', tokens[what]!.start)) return;
    const f = referent('statement');
    const voice = f === undefined ? undefined : thread.voices.get(f);
    const gender = GENDER.get(speaker.norm);
    const same = PRONOUN_SET.has(speaker.norm)
      ? !otherGender(voice, gender!)
      : capitalised(text, speaker) && voice?.names.has(speaker.norm) === true;
    if (f !== undefined && same) offer(f, { start: tokens[what]!.start, end: verb.end }, 'anaphora', SHAPES.anaphora);
  };

  // 1. Phrases that refer back, and the facts' own details.
  const readers = continuationReaders(recognisers);
  // What the paragraph speaks of, linked or not: a statement (someone says something), a kind's noun, a fact's detail.
  const spoken = new Set<ContinuableKind>();
  let remarked = false;
  let pronounSaid: Span | undefined;
  let saidAt: Span | undefined;
  const detailed = new Set<number>();
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    if (token.cjk ? SAY_ENDINGS_JA.some((ending) => text.startsWith(ending, token.start)) : saysAt(tokens, i)) {
      spoken.add('statement');
      saidAt ??= { start: token.start, end: token.end };
      const before = previousWord(tokens, i);
      if (!token.cjk && before !== undefined && PRONOUN_SET.has(tokens[before]?.norm ?? ''))
        pronounSaid ??= { start: tokens[before]!.start, end: token.end };
      if (!token.cjk && before !== undefined) whatWasSaid(before, token);
    }
    for (const kind of readers.nounKinds(token)) {
      spoken.add(kind);
      if (kind === 'statement') remarked = true;
      const pointer = pointerBefore(text, tokens, i);
      if (!pointer) continue;
      // "those remarks" points at what the paragraph before told, even beside a mention of the kind.
      // "that statement" points at the one told last, even where the article's topic is another.
      const f = namedBefore(kind, token.start, i)
        ? pointer.demonstrative
          ? toldJustBefore(kind)
          : undefined
        : pointer.demonstrative
          ? latestOf(kind)
          : referent(kind);
      if (f === undefined) continue;
      // "the rhetoric from Takaichi": a phrase naming its own referent names the speaker of this one.
      if (pointer.namedBy && !thread.voices.get(f)?.names.has(pointer.namedBy)) continue;
      if (pointer.possessor && kind === 'statement' && !thread.voices.get(f)?.names.has(pointer.possessor)) continue;
      if (pointer.gender && otherGender(thread.voices.get(f), pointer.gender)) continue;
      offer(f, { start: pointer.start, end: token.end }, 'anaphora', SHAPES.anaphora);
    }
    // Japanese writes no article: a kind's noun standing alone before a particle (措置の撤回を求めた,
    // 発言を撤回しない) is "the measure", "the remarks" — not one ending a compound (対抗措置) or made a
    // verb (発言した).
    if (token.cjk) {
      const bare = bareNounJa(text, token.start);
      if (bare) {
        spoken.add(bare.kind);
        if (bare.kind === 'statement') remarked = true;
        const f = namedBefore(bare.kind, token.start) ? undefined : referent(bare.kind);
        if (f !== undefined)
          offer(f, { start: token.start, end: token.start + bare.length }, 'anaphora', SHAPES.anaphora);
      }
    }
    for (const key of lookupKeys(token)) {
      for (const entry of readers.phrases.get(key) ?? []) {
        const after = matchCueAt(tokens, i, entry.cue);
        if (after < 0) continue;
        const span = { start: token.start, end: tokens[after - 1]?.end ?? token.end };
        for (const f of entry.facts) detailed.add(f);
        if (entry.kind) {
          spoken.add(entry.kind);
          if (namedBefore(entry.kind, token.start)) continue;
          // この発言, 同措置: a demonstrative points at the one told last, as "that statement" does.
          const f = JA_DEMONSTRATIVE.test(entry.cue.written) ? latestOf(entry.kind) : referent(entry.kind);
          if (f !== undefined) offer(f, span, 'anaphora', SHAPES.anaphora);
        }
        for (const f of entry.facts) {
          if (thread.last.has(f)) offer(f, span, 'detail', SHAPES.detail);
          else introduce(f, span);
        }
      }
    }
  });

  // A reaction is to this occasion: a paragraph dated only at other times reacts to something else.
  const elsewhen = (f: number) => {
    dates ??= MAY_HOLD_DATE.test(text) ? datesInText(text, context).filter(occurred) : [];
    return dates.length > 0 && !dates.some((d) => fallsWithin(d, recognisers.facts[f]!.window!.mentions));
  };

  // 2. A quotation or reported speech of the speaker of the paragraph just before.
  const statements = adjacent ? latestOccasions(thread.previousStatements, recognisers) : [];
  if (statements.length > 0 && !named.has('statement')) {
    const voices = statements.flatMap((f) => thread.voices.get(f) ?? []);
    const speech = speakerOf(paragraph, skipped, voices, thread.previousSpeakers);
    if (speech?.same)
      for (const f of statements)
        offer(f, speech.same.span, speech.same.list, speech.same.quoted ? SHAPES.quotation : SHAPES.speech);
    // No one is quoted, but the paragraph opens on the speaker just reported doing something ("Asked for
    // an example, she pictured …", "She did not hesitate."): her account goes on, unless dated elsewhen.
    // A paragraph that names another fact that happens at a time by its own rules is on that one
    // ("… no longer whether she wins": the election).
    const acting = speech || named.size > 0 ? undefined : speakerActs(paragraph, skipped);
    if (acting)
      for (const f of statements)
        if (!otherGender(thread.voices.get(f), acting.gender) && !elsewhen(f))
          offer(f, acting.span, 'speaker', SHAPES.acting);
    // Those around the speaker just reported open the paragraph ("Her advisers later admitted …", "Her
    // critics call it bravado"): they speak of what she said.
    const circle = circleOpening(paragraph, readers);
    if (circle)
      for (const f of statements)
        if (!otherGender(thread.voices.get(f), circle.gender) && !elsewhen(f))
          offer(f, circle.span, 'speaker', SHAPES.reply);
    // Another speaker, right after a paragraph on the statement the article is about, speaks of its
    // speaker: a reaction to it ("Guo said Takaichi had once again exposed …", "a spokesman replied
    // that the prime minister had only described …") — unless dated at another time.
    if (speech?.other)
      for (const f of statements) {
        const about =
          thread.topic.has(f) &&
          (ruleWordWritten(paragraph, skipped, recognisers.facts[f]!, speech.other, recognisers) ??
            (own.length === 0
              ? (pointsBackAfter(tokens, speech.other) ??
                quotedAbout(paragraph, skipped, thread.voices.get(f)) ??
                (remarked ? remarkQuoted(paragraph, skipped, readers) : undefined) ??
                remarkQuotedJa(text))
              : undefined));
        if (about && !elsewhen(f)) offer(f, about, 'speaker', SHAPES.reply);
      }
  }
  // An opening participle clause and then the speaker just reported, by a name written there ("Detailing
  // the response to a crisis, Takaichi appeared to …", "Pressed on the point, the prime minister …"):
  // the same person goes on, even where the sentence then recalls an earlier statement of hers by a
  // phrase dated at its own time ("… to dial back on her remarks in November") — the act is this
  // occasion's, the earlier one only its object.
  if (statements.length > 0 && !found.size) {
    const acting = participleThenSpeaker(
      paragraph,
      skipped,
      statements.map((f) => thread.voices.get(f)),
    );
    if (acting && onlyRecalled(acting, own, statements, recognisers))
      for (const f of statements) {
        const recalled = new Set(own.flatMap((m) => (m.reason.date ? [m.reason.date.asWritten] : [])));
        dates ??= MAY_HOLD_DATE.test(text) ? datesInText(text, context).filter(occurred) : [];
        const ownDates = dates.filter((d) => !recalled.has(d.asWritten));
        const window = recognisers.facts[f]!.window!.mentions;
        if (ownDates.length === 0 || ownDates.some((d) => fallsWithin(d, window)))
          offer(f, acting, 'speaker', SHAPES.acting);
      }
  }

  // An attributed quotation right after a paragraph on the event or measure the article is about
  // (and on no statement, whose speaker it would rather go on with), that speaks of no remarks, is a
  // reaction to it.
  const reacted =
    adjacent && thread.previousStatements.length === 0 ? thread.previousLinked.filter((f) => thread.topic.has(f)) : [];
  if (reacted.length > 0 && !remarked && spoken.has('statement') && (QUOTATION.test(text) || pronounSaid)) {
    const quote = firstQuotation(text) ?? pronounSaid;
    if (quote)
      for (const f of reacted)
        if (!named.has(continuableKind(recognisers.facts[f]!)!) && !elsewhen(f))
          offer(f, quote, 'quotation', SHAPES.reaction);
  }

  // The event or measure the article is about goes on: right after a paragraph on it (within a
  // section), a paragraph that names no fact itself and no other time, and gives a figure (seats,
  // tonnes, flights) or reports what someone said, is more of it ("Exit polls give the party 290 to
  // 330 seats", "Japanese automakers said they had stockpiles"). A paragraph that names another fact,
  // or is dated elsewhere, changes the subject and ends this.
  const goingOn =
    adjacent && own.length === 0 && marked.length === 0
      ? thread.previousLinked.filter((f) => {
          const kind = continuableKind(recognisers.facts[f]!);
          return kind !== undefined && kind !== 'statement' && thread.topic.has(f);
        })
      : [];
  // Someone speaking of remarks ("criticised her remark") is on the remarks, not on the event; and the
  // speaker of a statement going on ("she told reporters") speaks on that statement.
  const onStatement = [...found.keys()].some((f) => continuableKind(recognisers.facts[f]!) === 'statement');
  const said = remarked || onStatement ? undefined : saidAt;
  if (goingOn.length > 0 && (said || FIGURE.test(text))) {
    dates ??= MAY_HOLD_DATE.test(text) ? datesInText(text, context).filter(occurred) : [];
    const counted = said ? undefined : figureIn(text, dates);
    // A price or an index moving ("The Nikkei closed up 3.4 percent", "Shares of magnet makers fell
    // 4 percent") is the market's reaction, another subject, not a count of the event's own.
    const figure =
      said ?? (counted && !marketMove(text, tokenised, sentenceAt(tokenised, counted.start)) ? counted : undefined);
    if (figure)
      for (const f of goingOn)
        if (!elsewhen(f)) offer(f, figure, said ? 'speaker' : 'figure', said ? SHAPES.reply : SHAPES.detail);
  }
  // Or it opens on a part of those it touches ("Some firms have shifted sales …", "Many hotels are
  // offering discounts …"): how they cope is more of it.
  if (goingOn.length > 0 && !said) {
    const group = groupOpening(paragraph);
    if (group) for (const f of goingOn) if (!elsewhen(f)) offer(f, group, 'group', SHAPES.affected);
  }

  // 3. Another time: a paragraph that speaks of a fact's kind (or its details), is dated only outside
  // the fact's dates and names no known fact of that kind is about another occasion ("In November she
  // said …", "the 2021 vote"): the fact's thread ends there, until a paragraph names it again. (One
  // that names a known fact of the kind leaves the others to the referent rules above.)
  const ended: number[] = [];
  for (const f of thread.last.keys()) {
    const fact = recognisers.facts[f];
    const kind = fact && continuableKind(fact);
    if (!kind || !fact.window || named.has(kind) || found.has(f) || !(spoken.has(kind) || detailed.has(f))) continue;
    dates ??= MAY_HOLD_DATE.test(text) ? datesInText(text, context).filter(occurred) : [];
    if (dates.length > 0 && !dates.some((d) => fallsWithin(d, fact.window!.mentions))) ended.push(f);
  }
  return { mentions: [...found.values()], ended };
}

/**
 * After a paragraph is read: what it linked becomes the thread the next ones may carry on, and the
 * facts whose thread it `ended` (see `carriedOn`) are carried on no more.
 */
export function recordParagraph(
  thread: ArticleThread,
  paragraph: ThreadParagraph,
  mentions: readonly number[],
  ended: readonly number[],
  recognisers: Recognisers,
): void {
  for (const f of ended) thread.last.delete(f);
  let written: Pick<Voice, 'names' | 'pronouns'> | undefined;
  const statements: number[] = [];
  mentions.forEach((f, order) => {
    const fact = recognisers.facts[f];
    if (!fact) return;
    const kind = continuableKind(fact);
    if (!kind) return;
    thread.last.set(f, { paragraph: paragraph.index, order, block: paragraph.id });
    if (kind === 'statement') statements.push(f);
    const voice = thread.voices.get(f) ?? {
      names: new Set<string>(),
      pronouns: new Set<string>(),
      text: '',
    };
    written ??= writtenAbout(paragraph);
    for (const word of written.names) voice.names.add(word);
    for (const gender of written.pronouns) voice.pronouns.add(gender);
    voice.text = (voice.text + '\n' + paragraph.text).slice(-VOICE_TEXT);
    thread.voices.set(f, voice);
  });
  thread.previousStatements = statements;
  thread.previousSpeakers = statements.length > 0 ? speakersInCommonWords(paragraph) : new Set();
  thread.previousLinked = mentions.filter((f) => thread.last.get(f)?.paragraph === paragraph.index);
  thread.previous = paragraph.index;
  const carried = mentions.filter((f) => thread.last.get(f)?.paragraph === paragraph.index);
  // The headline (read before the first paragraph, index -1) opens the article even when it links nothing.
  if ((carried.length > 0 || paragraph.index < 0) && paragraph.index < TOPIC_WITHIN && thread.linkedParagraphs++ < 2)
    for (const f of carried) thread.topic.add(f);
}

/**
 * The speakers written in common words to whom a paragraph attributes words, outside quotations ("a
 * government spokesman replied" → spokesman), by dictionary form.
 */
function speakersInCommonWords(paragraph: ThreadParagraph): Set<string> {
  const speakers = new Set<string>();
  const { tokens } = paragraph.tokenised;
  for (const { token, index, quoting } of withQuoting(tokens)) {
    if (token.kind !== 'word' || token.cjk || quoting || !saysAt(tokens, index)) continue;
    for (const word of subjectOf(tokens, index))
      for (const key of word.keys) if (SPEAKER_NOUN_SET.has(key)) speakers.add(key);
  }
  return speakers;
}

/**
 * Who a paragraph writes about: its names and titles, lower case (capitalised words other than
 * function words: "prime", "minister", "sanae", "takaichi"), and the genders of its pronouns.
 */
function writtenAbout(paragraph: ThreadParagraph): Pick<Voice, 'names' | 'pronouns'> {
  const names = new Set<string>();
  const pronouns = new Set<string>();
  for (const token of paragraph.tokenised.tokens) {
    if (token.kind !== 'word' || token.cjk) continue;
    const gender = GENDER.get(token.norm);
    if (gender) pronouns.add(gender);
    else if (!FUNCTION_WORDS.has(token.norm) && capitalised(paragraph.text, token)) names.add(token.norm);
  }
  return { names, pronouns };
}

/**
 * Where a paragraph that reports another speaker (`other`: the attribution) uses, outside quotations
 * and the attribution, one of a statement's own rule words ("Takaichi", "the prime minister",
 * "televised"): what it reports is a reaction to that statement.
 */
function ruleWordWritten(
  paragraph: ThreadParagraph,
  skipped: ReturnType<typeof spanSet>,
  fact: FactRecogniser,
  other: Span,
  recognisers: Recognisers,
): Span | undefined {
  const own = ruleCuesOf(fact, recognisers);
  const { tokens } = paragraph.tokenised;
  for (const { token, index, quoting } of withQuoting(tokens)) {
    if (token.kind !== 'word' || quoting || skipped.overlaps(token)) continue;
    if (token.start < other.end && token.end > other.start) continue;
    for (const key of lookupKeys(token))
      for (const c of recognisers.index.get(key) ?? []) {
        const cue = recognisers.cues[c];
        const after = own.has(c) && cue ? matchCueAt(tokens, index, cue) : -1;
        if (after >= 0) return { start: token.start, end: tokens[after - 1]?.end ?? token.end };
      }
  }
  return undefined;
}

const ruleCues = new WeakMap<FactRecogniser, ReadonlySet<number>>();

/** Every word of a fact's match lines (indexes into `Recognisers.cues`), gathered once. */
function ruleCuesOf(fact: FactRecogniser, recognisers: Recognisers): ReadonlySet<number> {
  let cues = ruleCues.get(fact);
  if (!cues) {
    // A list of ways of saying ("say, warn, remark, speak") tells that someone speaks, not what of:
    // another speaker using one is not thereby on the statement.
    const speech = (part: { cues: readonly number[] }) =>
      part.cues.some((c) => {
        const first = recognisers.cues[c]?.items;
        return first?.length === 1 && first[0]?.kind === 'word' && first[0].keys.some((key) => SAY_SET.has(key));
      });
    cues = new Set(
      fact.lines.flatMap((line) => line.parts.filter((part) => !speech(part)).flatMap((part) => part.cues)),
    );
    ruleCues.set(fact, cues);
  }
  return cues;
}

/**
 * Whether the word at `i` is a say-verb speaking: not one that a particle after it makes another verb
 * ("Percentages may not add up", "the figures add up").
 */
function saysAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.keys.some((key) => SAY_SET.has(key))) return false;
  let j = i + 1;
  while (tokens[j]?.kind === 'gap') j++;
  const next = tokens[j];
  return !(next?.kind === 'word' && OTHER_VERB_AFTER.get(next.norm)?.some((verb) => token.keys.includes(verb)));
}

/** Particles that make a say-verb before them another verb: "add up". */
const OTHER_VERB_AFTER: ReadonlyMap<string, readonly string[]> = new Map([['up', ['add']]]);

/** Nouns of a kind that Japanese uses bare for the one already told, with the particles after which they do. */
const BARE_NOUNS_JA: ReadonlyArray<{ noun: string; kind: ContinuableKind }> = [
  { noun: '措置', kind: 'measure' },
  { noun: '規制', kind: 'measure' },
  { noun: '発言', kind: 'statement' },
];
const PARTICLE_AFTER_JA = /^[のをはがにも]/u;
/** Before a bare noun: the start, punctuation or a kana particle — not a kanji or katakana that would make it a compound. */
const COMPOUND_BEFORE_JA = /[\p{Script=Han}\p{Script=Katakana}ー々]/u;

/** A kind's noun standing alone at `at` in Japanese (、措置の…, は発言を…), if one does. */
function bareNounJa(text: string, at: number): { kind: ContinuableKind; length: number } | undefined {
  const found = BARE_NOUNS_JA.find(({ noun }) => text.startsWith(noun, at));
  if (!found) return undefined;
  if (at > 0 && COMPOUND_BEFORE_JA.test(text.charAt(at - 1))) return undefined;
  // この発言, その措置: a demonstrative phrase, read as one (it points at the one told last).
  if (/(?:この|その|これらの)$/u.test(text.slice(Math.max(0, at - 4), at))) return undefined;
  if (!PARTICLE_AFTER_JA.test(text.charAt(at + found.noun.length))) return undefined;
  return { kind: found.kind, length: found.noun.length };
}

/** Whether a token is written with a capital (tokens keep only their normalised form). */
function capitalised(text: string, token: Token): boolean {
  return /^\p{Lu}/u.test(text.charAt(token.start));
}

/**
 * Just before a noun at `i`: a determiner ("the", "her", "those") or a possessive name ("Takaichi's"),
 * perhaps with one neutral modifier between ("her latest remarks"). Anything else there names
 * something other than what was told ("the previous remarks").
 */
function pointerBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
): { start: number; possessor?: string; gender?: string; demonstrative?: boolean; namedBy?: string } | undefined {
  let j = previousWord(tokens, i);
  let word = j === undefined ? undefined : tokens[j];
  if (word && MODIFIER_SET.has(word.norm)) {
    j = previousWord(tokens, j as number);
    word = j === undefined ? undefined : tokens[j];
  }
  if (!word || j === undefined) return undefined;
  // "the statements of other governments", "the remarks by the minister": the phrase names its own
  // referent — a name right after the preposition must be the speaker's ("the rhetoric from Takaichi").
  let k = i + 1;
  while (tokens[k]?.kind === 'gap') k++;
  let namedBy: string | undefined;
  if (tokens[k]?.kind === 'word' && POSTMODIFIERS.has(tokens[k]?.norm ?? '')) {
    let n = k + 1;
    while (tokens[n]?.kind === 'gap') n++;
    const name = tokens[n];
    if (name?.kind !== 'word' || !capitalised(text, name)) return undefined;
    namedBy = name.norm;
  }
  const gender = GENDER.get(word.norm);
  const extra = { ...(gender ? { gender } : {}), ...(namedBy ? { namedBy } : {}) };
  if (DETERMINER_SET.has(word.norm))
    return { start: word.start, ...extra, ...(DEMONSTRATIVES.has(word.norm) ? { demonstrative: true } : {}) };
  // "Takaichi's remarks": the possessive is in the token, or is the "'s" after it.
  const after = tokens[j + 1];
  const possessive = word.possessive || (after?.kind === 'gap' && /^['’]s$/u.test(after.norm));
  if (possessive && capitalised(text, word))
    return { start: word.start, possessor: word.norm.replace(/['’]s$/u, ''), ...extra };
  return undefined;
}

/** The word before token `i` with only spaces and quotes between, or none. */
function previousWord(tokens: readonly Token[], i: number): number | undefined {
  let j = i - 1;
  while (j >= 0 && tokens[j]?.kind === 'gap' && !/^['’]s$/u.test(tokens[j]?.norm ?? '')) j--;
  if (j >= 0 && tokens[j]?.kind === 'gap') j--; // the "'s" of a possessive
  return j >= 0 && tokens[j]?.kind === 'word' ? j : undefined;
}

const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS);
/** Japanese referring phrases that open on a demonstrative (この, その, 同, これらの). */
const JA_DEMONSTRATIVE = /^(?:この|その|同|これらの)/u;
/** Determiners that point at what was just told ("those remarks", "that comment"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'such']);
/** A date that places something in time: resolved, and not the end of a span ("until March"). */
const occurred = (date: TextDate) => isResolved(date) && !date.until;

/** Digits, month and weekday names, and the words of relative dates, in English and Japanese: a paragraph without any has no date. */
const MAY_HOLD_DATE =
  /[0-9０-９年月日週]|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|weekend|week|month|year|ago|last|next)\b/iu;
const POSTMODIFIERS: ReadonlySet<string> = new Set(['of', 'by', 'from']);
const GENDER: ReadonlyMap<string, string> = new Map([
  ['she', 'she'],
  ['her', 'she'],
  ['hers', 'she'],
  ['herself', 'she'],
  ['he', 'he'],
  ['his', 'he'],
  ['him', 'he'],
  ['himself', 'he'],
]);

/** Whether the fact's paragraphs speak of someone of the other gender only ("his remarks" when only "she" was written). */
function otherGender(voice: Voice | undefined, gender: string): boolean {
  return voice !== undefined && voice.pronouns.size > 0 && !voice.pronouns.has(gender);
}
const MODIFIER_SET: ReadonlySet<string> = new Set(MODIFIERS);
const SAY_SET: ReadonlySet<string> = new Set(SAY_VERBS);
const VERB_AFTER_SUBJECT: ReadonlySet<string> = new Set(AUXILIARIES);
const PRONOUN_SET: ReadonlySet<string> = new Set(SPEAKER_PRONOUNS);
const SPEAKER_NOUN_SET: ReadonlySet<string> = new Set(SPEAKER_NOUNS);
const OPENING_QUOTES = /^[\s]*["“‘«「『]/u;
const QUOTATION = /["“”«»「」『』]/u;

/**
 * Whose words the paragraph reports. The speaker just reported goes on: an attribution to "she", "he",
 * or a name or title written where the statement was introduced ("the prime minister said"), a
 * sentence opening with "she" or "he" whose verb has no speaker beside it ("She stopped short of
 * saying …"), or a paragraph that opens with a quotation and attributes it to no one. An attribution
 * to a name not written there, or to a speaker in common words ("officials said", "the ministry
 * said"), is another speaker.
 */
function speakerOf(
  paragraph: ThreadParagraph,
  skipped: ReturnType<typeof spanSet>,
  voices: readonly Voice[],
  speakers: ReadonlySet<string> = new Set(),
): Speech | undefined {
  const sameSpeaker = (word: string) => voices.some((voice) => voice.names.has(word));
  // "the spokesman said" right after "a government spokesman replied …": the one quoted there goes on.
  const sameInCommonWords = (token: Token) => token.keys.some((key) => speakers.has(key));
  const { text, tokenised } = paragraph;
  const { tokens } = tokenised;
  const quoted = QUOTATION.test(text);
  let same: Span | undefined;
  // Words inside a quotation are the speaker's own, not an attribution ("We will respond …").
  for (const { token, index: i, quoting } of withQuoting(tokens)) {
    if (token.kind !== 'word' || skipped.overlaps(token) || (quoting && !token.cjk)) continue;
    if (token.cjk) {
      // Japanese: 首相は「…」と述べた — the quotation closes and its verb follows; the speaker is the
      // topic before the quotation (…は), if any, and must be written where the fact was linked.
      // A closed quotation followed by the quotative と is attributed whatever the verb (「…」と批判した,
      // 「…」との声); without quotation marks, reported speech ends on a say-verb (…と述べた), and its
      // speaker is the sentence's topic (郭氏は…) or, where none is written, the one being reported.
      const ending = SAY_ENDINGS_JA.find((written) => text.startsWith(written, token.start));
      const closed = closesQuotation(text, token.start);
      if ((closed && text.startsWith('と', token.start)) || (!closed && ending)) {
        const topic = closed
          ? topicBeforeQuotation(text, tokenised.sentences[token.sentence]?.start ?? 0, token.start)
          : topicOfSentence(text, tokenised.sentences[token.sentence]?.start ?? 0, token.start);
        if (topic && !voices.some((voice) => sameJapaneseSpeaker(topic, voice.text)))
          return { other: { start: token.start, end: token.start + (ending?.length ?? 1) } };
        same ??= { start: token.start, end: token.end };
      }
      continue;
    }
    if (!saysAt(tokens, i)) continue;
    const subject = subjectOf(tokens, i);
    if (subject.some((t) => PRONOUN_SET.has(t.norm))) {
      same ??= spanOf(subject, token);
      continue;
    }
    const names = subject.filter((t) => !FUNCTION_WORDS.has(t.norm));
    if (names.some((t) => sameSpeaker(t.norm) || sameInCommonWords(t))) {
      same ??= spanOf(subject, token);
      continue;
    }
    // Someone else speaks: a name (capitalised) or a speaker written in common words ("officials", "the
    // ministry"), or anyone introduced by "a" ("said a shopkeeper in Fukuoka"): someone new.
    if (
      names.some((t) => capitalised(text, t) || t.keys.some((key) => SPEAKER_NOUN_SET.has(key))) ||
      subject.some((t) => t.norm === 'a' || t.norm === 'an')
    )
      return { other: spanOf(subject, token) };
    // No speaker next to the verb ("she stopped short of saying"): the subject of its sentence, if it is a pronoun.
    const opening = firstWordOf(tokens, token.sentence);
    if (opening && PRONOUN_SET.has(opening.norm)) same ??= { start: opening.start, end: token.end };
  }
  if (same) return { same: { span: same, list: quoted ? 'quotation' : 'speaker', quoted } };
  if (OPENING_QUOTES.test(text)) {
    const first = tokens.find((t) => t.kind === 'word');
    if (first) return { same: { span: { start: first.start, end: first.end }, list: 'quotation', quoted: true } };
  }
  return undefined;
}

/**
 * "she" or "he" as a subject in the paragraph's first sentence, outside quotations: the person just
 * reported goes on ("Asked by the host for a case, she pictured …", "She did not hesitate.").
 */
function speakerActs(
  paragraph: ThreadParagraph,
  skipped: ReturnType<typeof spanSet>,
): { span: Span; gender: string } | undefined {
  for (const { token, quoting } of withQuoting(paragraph.tokenised.tokens)) {
    if (token.sentence > 0) return undefined;
    if (token.kind !== 'word' || token.cjk || quoting || skipped.overlaps(token)) continue;
    if (PRONOUN_SET.has(token.norm)) return { span: { start: token.start, end: token.end }, gender: token.norm };
  }
  return undefined;
}

/**
 * A paragraph whose first sentence opens on a participle clause (a word ending in -ing or -ed:
 * "Detailing …", "Asked …", "Pressed …") closed by a comma, right after which stand only capitalised
 * words, one of them a name written where the statement was linked, and then a word in lower case (its
 * verb): "Detailing the response, Takaichi appeared …". The span runs from the name to the verb.
 */
function participleThenSpeaker(
  paragraph: ThreadParagraph,
  skipped: ReturnType<typeof spanSet>,
  voices: ReadonlyArray<Voice | undefined>,
): Span | undefined {
  const { text } = paragraph;
  const { tokens } = paragraph.tokenised;
  const first = firstWordOf(tokens, 0);
  if (!first || first.cjk || !/^\p{Lu}/u.test(text.charAt(first.start)) || !OPENING_PARTICIPLE.test(first.norm))
    return undefined;
  let i = tokens.indexOf(first) + 1;
  // The clause runs to its comma, within the first sentence and outside any quotation.
  while (
    i < tokens.length &&
    tokens[i]!.sentence === 0 &&
    !(tokens[i]!.kind === 'break' && tokens[i]!.norm.startsWith(','))
  )
    if (tokens[i]!.kind === 'gap' && QUOTATION.test(tokens[i]!.norm)) return undefined;
    else i++;
  if (tokens[i]?.sentence !== 0) return undefined;
  let start: number | undefined;
  let named = false;
  for (i++; i < tokens.length && tokens[i]!.sentence === 0; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (skipped.overlaps(token)) return undefined;
    if (!capitalised(text, token)) {
      if (!named || start === undefined) return undefined;
      // The word after the name must be its verb and the opening word a verb too, as the tagger reads
      // the sentence: "Asked about it, Chinese officials declined" has no name of hers for a subject.
      const sentence = paragraph.tokenised.sentences[0] ?? { start: 0, end: text.length };
      const tags = tagEnglish(text.slice(sentence.start, sentence.end));
      const at = (offset: number) => tags.find((tag) => tag.start === offset - sentence.start)?.pos;
      return at(first.start) === 'VERB' && VERB_TAGS.has(at(token.start) ?? '') ? { start, end: token.end } : undefined;
    }
    start ??= token.start;
    if (!FUNCTION_WORDS.has(token.norm) && voices.some((voice) => voice?.names.has(token.norm))) named = true;
  }
  return undefined;
}

/**
 * A paragraph that opens on "Her" or "His" and a plural noun in lower case, not a statement's own noun
 * ("Her advisers", "His critics"; "Her remarks" refers back instead): the span, and the gender.
 */
function circleOpening(
  paragraph: ThreadParagraph,
  readers: ContinuationReaders,
): { span: Span; gender: string } | undefined {
  const { text } = paragraph;
  const { tokens } = paragraph.tokenised;
  const first = firstWordOf(tokens, 0);
  if (!first || first.cjk || (first.norm !== 'her' && first.norm !== 'his') || !capitalised(text, first))
    return undefined;
  const noun = pluralNounAfter(paragraph, first);
  if (!noun || readers.nounKinds(noun).length > 0) return undefined;
  // A plural noun as the tagger reads the sentence, not an adjective ("Her previous remarks").
  const sentence = paragraph.tokenised.sentences[0] ?? { start: 0, end: text.length };
  const tag = tagEnglish(text.slice(sentence.start, sentence.end)).find(
    (word) => word.start === noun.start - sentence.start,
  );
  if (tag?.pos !== 'NOUN') return undefined;
  return { span: { start: first.start, end: noun.end }, gender: GENDER.get(first.norm)! };
}

/** Words that, opening a paragraph before a plural noun, take a part of a group: "Some firms", "Many hotels". */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'most']);
/** The same in Japanese, opening the paragraph: 一部の企業は…, 多くの旅館が…. */
const QUANTIFIERS_JA: readonly string[] = ['一部の', '多くの'];

/**
 * A paragraph that opens on a quantifier and a plural noun in lower case ("Some firms", "Many
 * operators", "Several airlines"), or on 一部の, 多くの: the span of those words.
 */
function groupOpening(paragraph: ThreadParagraph): Span | undefined {
  const { text } = paragraph;
  const { tokens } = paragraph.tokenised;
  const first = firstWordOf(tokens, 0);
  if (!first) return undefined;
  if (first.cjk) {
    const written = QUANTIFIERS_JA.find((q) => text.startsWith(q, first.start));
    return written ? { start: first.start, end: first.start + written.length } : undefined;
  }
  if (!QUANTIFIERS.has(first.norm)) return undefined;
  const noun = pluralNounAfter(paragraph, first);
  return noun ? { start: first.start, end: noun.end } : undefined;
}

/**
 * The word right after `first` in the first sentence, if it looks like a plural noun in lower case
 * ("Her advisers", "Some firms"): not a name, not a function word, ending in -s.
 */
function pluralNounAfter(paragraph: ThreadParagraph, first: Token): Token | undefined {
  const { tokens } = paragraph.tokenised;
  let i = tokens.indexOf(first) + 1;
  while (tokens[i]?.kind === 'gap' && /^\s+$/u.test(tokens[i]!.norm)) i++;
  const noun = tokens[i];
  if (noun?.kind !== 'word' || noun.sentence !== 0 || capitalised(paragraph.text, noun)) return undefined;
  return !FUNCTION_WORDS.has(noun.norm) && /[a-z]s$/u.test(noun.norm) ? noun : undefined;
}

/** A first word that is a participle opening a clause: "Detailing", "Asked", "Pressed", "Speaking". */
const OPENING_PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/u;
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * Whether every statement the paragraph names itself is another fact than those going on, named after
 * the speaker's verb (`acting` ends on it) and dated by its own reason: the sentence recalls it.
 */
function onlyRecalled(
  acting: Span,
  own: readonly Recognised[],
  statements: readonly number[],
  recognisers: Recognisers,
): boolean {
  const going = new Set(statements.map((f) => recognisers.facts[f]?.factId));
  return own.every((mention) => {
    const fact = recognisers.facts.find((candidate) => candidate.factId === mention.factId);
    if (!fact || continuableKind(fact) !== 'statement') return true;
    return (
      !going.has(mention.factId) &&
      mention.reason.date !== undefined &&
      mention.matched.every((cue) => cue.start >= acting.end)
    );
  });
}

/**
 * Inside another speaker's quotation, "she" or "her" of the one whose statement was just told ("She
 * is playing with fire," said …): the quotation is about her — unless her paragraphs wrote only
 * pronouns of the other gender, or of both.
 */
function quotedAbout(
  paragraph: ThreadParagraph,
  skipped: ReturnType<typeof spanSet>,
  voice: Voice | undefined,
): Span | undefined {
  if (!voice || voice.pronouns.size > 1) return undefined;
  return wordQuoted(paragraph, skipped, (token) => {
    const gender = token.cjk ? undefined : GENDER.get(token.norm);
    return gender !== undefined && (voice.pronouns.size === 0 || voice.pronouns.has(gender));
  });
}

/**
 * Inside another speaker's quotation, a noun for a statement ("“Reckless remarks,” said …"): what
 * they call what was just told.
 */
function remarkQuoted(
  paragraph: ThreadParagraph,
  skipped: ReturnType<typeof spanSet>,
  readers: ContinuationReaders,
): Span | undefined {
  return wordQuoted(paragraph, skipped, (token) => readers.nounKinds(token).includes('statement'));
}

/** The first word inside a quotation (and not skipped) that passes `test`. */
function wordQuoted(
  paragraph: ThreadParagraph,
  skipped: ReturnType<typeof spanSet>,
  test: (token: Token) => boolean,
): Span | undefined {
  for (const { token, quoting } of withQuoting(paragraph.tokenised.tokens))
    if (token.kind === 'word' && quoting && !skipped.overlaps(token) && test(token))
      return { start: token.start, end: token.end };
  return undefined;
}

/** The same in Japanese: a noun for a statement inside 「…」 (野党は「強硬発言だ」と批判). */
function remarkQuotedJa(text: string): Span | undefined {
  for (const noun of STATEMENT_NOUNS_JA) {
    const at = text.indexOf(noun);
    if (at >= 0 && text.lastIndexOf('「', at) > text.lastIndexOf('」', at)) return { start: at, end: at + noun.length };
  }
  return undefined;
}

/** Pronouns that, opening what someone else says, stand for what was just told ("Guo said they showed …"). */
const POINTING_BACK: ReadonlySet<string> = new Set(['they', 'these', 'those']);

/**
 * Right after an attribution ("Guo said", "the spokesman replied that"), a pronoun that stands for what
 * the paragraph before told: "Guo said they showed …", "he replied that these were …" ("it" is too often no one's words: "said it would study it").
 */
function pointsBackAfter(tokens: readonly Token[], attribution: Span): Span | undefined {
  let i = tokens.findIndex((token) => token.start >= attribution.end);
  if (i < 0) return undefined;
  const nextWord = () => {
    while (tokens[i]?.kind === 'gap') i++;
    return tokens[i]?.kind === 'word' ? tokens[i] : undefined;
  };
  let word = nextWord();
  if (word?.norm === 'that') {
    i++;
    word = nextWord();
  }
  return word && POINTING_BACK.has(word.norm) ? { start: attribution.start, end: word.end } : undefined;
}

/** Whose words a paragraph reports: the speaker just reported (`same`: where, and whether quoted), or someone else (`other`: the attribution). */
type Speech = { same: { span: Span; list: string; quoted: boolean }; other?: never } | { other: Span; same?: never };

/** The first figure of a text that is not part of a date ("316", "40,000 tonnes", "２６００万人"), if any. */
function figureIn(text: string, dates: readonly TextDate[]): Span | undefined {
  for (const match of text.matchAll(new RegExp(FIGURE.source, 'giu'))) {
    const span = { start: match.index, end: match.index + match[0].length };
    // A length of time ("40 seconds long", "for 3 hours") measures something else than seats or tonnes.
    if (DURATION_AFTER.test(text.slice(span.end, span.end + 12))) continue;
    if (!dates.some((d) => d.index < span.end && d.end > span.start)) return span;
  }
  return undefined;
}

/**
 * A figure: digits ("316", "40,000", "２６００"), or a number written as a word, as wire copy spells
 * those under ten and round counts ("Three carriers suspended routes", "hundreds of jobs") — not
 * after a determiner, where it names things already known ("the two countries", "its three allies").
 */
const FIGURE =
  /[0-9０-９][0-9０-９,.]*|(?<!\b(?:the|these|those|its|their)\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b/iu;

/** Words of markets, by dictionary form: a figure beside one is a price or an index moving. */
const MARKET_WORDS: ReadonlySet<string> = new Set([
  'share',
  'shares',
  'stock',
  'stocks',
  'nikkei',
  'topix',
  'index',
  'yen',
  'bond',
  'bonds',
  'yield',
  'yields',
]);
const MARKET_WORDS_JA: readonly string[] = ['株価', '日経平均', '円相場', '株式市場'];

/** Whether a sentence speaks of a market: shares, an index, the yen, bond yields (株価, 日経平均). */
function marketMove(text: string, tokenised: TokenisedText, sentence: number): boolean {
  const { tokens } = tokenised;
  for (let i = sentenceStart(tokens, sentence); i < tokens.length && tokens[i]?.sentence === sentence; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    if (
      token.cjk
        ? MARKET_WORDS_JA.some((word) => text.startsWith(word, token.start))
        : token.keys.some((key) => MARKET_WORDS.has(key))
    )
      return true;
  }
  return false;
}

/** A unit of time right after a figure. */
const DURATION_AFTER = /^[\s-]*(?:seconds?|minutes?|hours?|秒|分間|時間)(?![\p{L}])/u;

/** The first word of a sentence. */
function firstWordOf(tokens: readonly Token[], sentence: number): Token | undefined {
  for (let i = sentenceStart(tokens, sentence); i < tokens.length && tokens[i]?.sentence === sentence; i++)
    if (tokens[i]?.kind === 'word') return tokens[i];
  return undefined;
}

/** The index of a sentence's first token: tokens are in sentence order, so a binary search finds it. */
function sentenceStart(tokens: readonly Token[], sentence: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.sentence ?? 0) < sentence) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The topic of a Japanese sentence that quotes someone (木原官房長官は「…」と述べた → 木原官房長官):
 * the characters before は that ends before the quotation opens, back to the sentence's start or a comma.
 */
function topicBeforeQuotation(text: string, sentenceStart: number, verbAt: number): string | undefined {
  // Read within the sentence and a bounded stretch before the verb, so a long sentence costs no more.
  const from = Math.max(sentenceStart, verbAt - QUOTATION_REACH);
  const found = text.slice(from, verbAt).lastIndexOf('「');
  if (found < 0) return undefined;
  const open = from + found;
  const before = text.slice(Math.max(sentenceStart, open - TOPIC_REACH), open);
  const match = /([^、，,\s]+?)(?:は|が)(?:[^、，,\s]*?)[、，,]?\s*$/u.exec(before);
  return match?.[1];
}

/** How far back from a quotation's verb its opening mark is looked for, and its speaker before that. */
const QUOTATION_REACH = 400;
const TOPIC_REACH = 60;

/** Whether a closing Japanese quotation mark stands just before `at` (spaces aside). */
function closesQuotation(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(text.charAt(i))) i--;
  return text.charAt(i) === '」' || text.charAt(i) === '』';
}

/**
 * The topic a Japanese sentence opens on (郭氏はさらに、…と述べた → 郭氏): up to a dozen characters before
 * its first は or が, with no comma or quotation between.
 */
function topicOfSentence(text: string, start: number, verbAt: number): string | undefined {
  // Only the sentence's first few dozen characters are read, so a long sentence costs no more.
  return /^\s*([^、，,\s「『」』]{1,12}?)(?:は|が)/u.exec(text.slice(start, Math.min(verbAt, start + 40)))?.[1];
}

/**
 * Whether a Japanese topic names someone written where the fact was linked: its name without an
 * honorific (郭氏 → 郭, in 郭嘉昆副報道局長), or its first or last two characters (首相周辺, 木原官房長官).
 */
function sameJapaneseSpeaker(topic: string, written: string): boolean {
  const core = topic.replace(/(?:氏|さん|様|ら|側)+$/u, '');
  if (core.length === 0) return false;
  return written.includes(core.slice(-2)) || written.includes(core.slice(0, 2));
}

/** The first quotation of a text (its opening words, up to a few dozen characters), for the link. */
function firstQuotation(text: string): Span | undefined {
  const match = /["“«「『]([^"”»」』]{1,40})/u.exec(text);
  if (!match) return undefined;
  const start = match.index + 1;
  const words = match[1] ?? '';
  const cut = words.length < 40 ? words.length : Math.max(1, words.lastIndexOf(' '));
  return { start, end: start + cut };
}

/** A paragraph's tokens in order, each with whether it stands inside a quotation (read from the quotes before it). */
function* withQuoting(tokens: readonly Token[]): Generator<{ token: Token; index: number; quoting: boolean }> {
  let quoting = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'gap') quoting = quotationAfter(quoting, token.norm);
    yield { token, index, quoting };
  }
}

/** Whether text after a run of quotes and spaces is inside a quotation, given whether the text before it was. */
function quotationAfter(quoting: boolean, run: string): boolean {
  let inside = quoting;
  for (const char of run) {
    if ('“«「『'.includes(char)) inside = true;
    else if ('”»」』'.includes(char)) inside = false;
    else if (char === '"') inside = !inside;
  }
  return inside;
}

/** Who a say-verb at `i` attributes words to: up to three words before it, or, when none stand there ("…,” said Noda), after it. */
function subjectOf(tokens: readonly Token[], i: number): Token[] {
  const before: Token[] = [];
  for (let j = i - 1; j >= 0 && before.length < 3; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'break' || (t.kind === 'gap' && /["“”«»]/u.test(t.norm))) break;
    if (t.kind === 'word') before.unshift(t);
  }
  if (before.length > 0) return before;
  const after: Token[] = [];
  for (let j = i + 1; j < tokens.length && after.length < 3; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'break') break;
    if (t.kind === 'word') after.push(t);
  }
  return after;
}

function spanOf(subject: readonly Token[], verb: Token): Span {
  const all = [...subject, verb];
  return { start: Math.min(...all.map((t) => t.start)), end: Math.max(...all.map((t) => t.end)) };
}

/** Whether a sentence holds one of the fact's `not` words. */
function notWordIn(
  fact: FactRecogniser,
  tokenised: TokenisedText,
  sentence: number,
  recognisers: Recognisers,
  near?: Span,
): boolean {
  if (fact.not.length === 0) return false;
  const not = new Set(fact.not);
  const { tokens } = tokenised;
  for (let i = sentenceStart(tokens, sentence); i < tokens.length && tokens[i]?.sentence === sentence; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    if (near && gapBetween(token, near) > NEAR_CUE) continue;
    for (const key of lookupKeys(token)) {
      for (const cue of recognisers.index.get(key) ?? []) {
        const definition = recognisers.cues[cue];
        if (not.has(cue) && definition && matchCueAt(tokens, i, definition) >= 0) return true;
      }
    }
  }
  return false;
}

/**
 * The kinds of fact that can be carried on which the paragraph names itself, each with the first
 * sentence that names one.
 */
function kindsNamed(
  own: readonly Recognised[],
  recognisers: Recognisers,
): Map<ContinuableKind, { sentence: number; mentions: Recognised[] }> {
  const kinds = new Map<ContinuableKind, { sentence: number; mentions: Recognised[] }>();
  for (const mention of own) {
    const fact = recognisers.facts.find((candidate) => candidate.factId === mention.factId);
    const kind = fact && continuableKind(fact);
    if (!kind) continue;
    const known = kinds.get(kind);
    if (!known || mention.sentence.start < known.sentence)
      kinds.set(kind, { sentence: mention.sentence.start, mentions: [mention] });
    else if (mention.sentence.start === known.sentence) known.mentions.push(mention);
  }
  return kinds;
}

/**
 * Whether the noun at `i` is the subject of its sentence, its verb right after it, and the words that
 * name a fact of its kind there come only after that verb ("the comments had repeated the mistake she
 * made in November", "the comments are in line with previous remarks"): the sentence compares what
 * was told with another occasion. A noun with its own words after it ("her remarks in November") or
 * in the passive ("the remarks were made in November") is that occasion.
 */
function subjectBeforeNaming(tokens: readonly Token[], i: number, naming: readonly Recognised[]): boolean {
  const noun = tokens[i];
  if (!noun) return false;
  let j = i + 1;
  while (tokens[j]?.kind === 'gap' && /^\s+$/u.test(tokens[j]?.norm ?? ' ')) j++;
  const verb = tokens[j];
  if (verb?.kind !== 'word' || !verb.keys.some((key) => VERB_AFTER_SUBJECT.has(key))) return false;
  let k = j + 1;
  while (tokens[k]?.kind === 'gap') k++;
  if (verb.keys.includes('be') && tokens[k]?.kind === 'word' && PARTICIPLE.test(tokens[k]?.norm ?? '')) return false;
  // The noun itself may be one of the naming words ("comments" of "the Diet … comments … November").
  return naming.every((mention) =>
    mention.matched.every((cue) => (cue.start >= noun.start && cue.end <= noun.end) || cue.start > verb.end),
  );
}

/** A past participle after "is", "were": the passive. */
const PARTICIPLE = /(?:ed|en|made|said|told|put|set)$/u;

/**
 * Of the statements a paragraph linked, those a quotation that follows goes on with: the latest
 * occasion (a paragraph that recalls November's remarks while reporting January's is followed by
 * more of January's words).
 */
function latestOccasions(statements: readonly number[], recognisers: Recognisers): number[] {
  const end = (f: number) => recognisers.facts[f]?.window?.last ?? '';
  const latest = statements.reduce((day, f) => (end(f) > day ? end(f) : day), '');
  return statements.filter((f) => end(f) === latest);
}

interface PhraseEntry {
  cue: Cue;
  /** The kind it refers back to, for a referring phrase ("この発言"). */
  kind?: ContinuableKind;
  /** Facts whose details it is. */
  facts: number[];
}

interface ContinuationReaders {
  /** The kinds whose referring nouns a token is ("remarks" → statement). */
  nounKinds(token: Token): readonly ContinuableKind[];
  /** Start key → phrases that may start there. */
  phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
}

const readersOf = new WeakMap<Recognisers, ContinuationReaders>();

/** The referring nouns and phrases of each kind and each fact's details, compiled once per set of rules. */
function continuationReaders(recognisers: Recognisers): ContinuationReaders {
  const known = readersOf.get(recognisers);
  if (known) return known;
  const nouns = new Map<string, ContinuableKind[]>();
  const phrases = new Map<string, PhraseEntry[]>();
  const addPhrase = (cue: Cue | undefined, kind: ContinuableKind | undefined, fact: number | undefined) => {
    const first = cue?.items[0];
    if (!cue || !first) return;
    const keys = first.kind === 'word' ? first.keys : [`cjk:${first.text.charAt(0)}`];
    for (const key of keys) {
      const list = phrases.get(key) ?? [];
      let entry = list.find((e) => e.cue.written === cue.written);
      if (!entry) {
        entry = { cue, facts: [] };
        list.push(entry);
      }
      if (kind) entry.kind = kind;
      if (fact !== undefined && !entry.facts.includes(fact)) entry.facts.push(fact);
      phrases.set(key, list);
    }
  };
  for (const [kind, cues] of Object.entries(CUES_BY_KIND) as Array<
    [ContinuableKind, (typeof CUES_BY_KIND)[ContinuableKind]]
  >) {
    for (const noun of cues.nouns) nouns.set(noun, [...(nouns.get(noun) ?? []), kind]);
    for (const phrase of cues.phrases) addPhrase(compileCue(phrase), kind, undefined);
  }
  recognisers.facts.forEach((fact, f) => {
    if (!continuableKind(fact)) return;
    for (const cue of fact.continued) addPhrase(recognisers.cues[cue], undefined, f);
  });
  const readers: ContinuationReaders = {
    nounKinds: (token) => (token.cjk ? [] : (nouns.get(token.norm) ?? [])),
    phrases,
  };
  readersOf.set(recognisers, readers);
  return readers;
}
