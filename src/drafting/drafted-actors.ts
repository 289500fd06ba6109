import { lemmaOfWord, tagEnglish, type TaggedWord } from '../recognition/english-model';
import { hasCjk } from '../recognition/normalise';
import { extractQuotations } from '../briefing/views/quotes';
import { namesPeopleOrBody } from './people-and-bodies';
import type { LeftOutValue } from './left-out';
import type { MentionSentence } from './mention-sentences';

/** At most this many actors are drafted: the names a reader compares, not every name in a passage. */
const MAX_ACTORS = 4;

/** Parts of speech a name's group may hold: "Chinese foreign ministry spokesperson Guo Jiakun". */
const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ']);
/** Words between a subject and its verb that do not end the subject: "would", "not", "also". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/**
 * Verbs by which a subject acts in what is reported: saying in its many forms, and the acts news
 * reports of governments, parties and people (announcing, banning, winning). General vocabulary,
 * compared by dictionary form; a subject of any other verb may be no actor at all ("the yen fell").
 */
const ACTING = new Set(
  (
    'say tell warn claim state add stress insist note argue deny reject accuse criticise criticize urge ' +
    'announce declare vow pledge call demand protest condemn slam rap respond react reply point explain ' +
    'suggest indicate express reaffirm repeat mention refer comment confirm hint signal describe ' +
    'acknowledge admit ask question touch discuss outline detail speak talk reiterate threaten caution voice lodge summon defend dismiss ' +
    'ban impose suspend restrict tighten halt lift extend order approve adopt propose sign agree decide ' +
    'launch deploy send cancel issue introduce return resume stop begin start visit meet hold host ' +
    'win secure take lose gain capture retain elect vote form lead remark make discourage enact deliver increase'
  ).split(' '),
);

/** Verbs of saying a news sentence puts before the speaker's name ("…,” said Guo Jiakun."). */
const SAYING_AFTER = new Set(['say', 'add', 'write', 'note', 'warn', 'insist', 'stress', 'ask', 'tell']);

/** Words that open a clause whose subject acts in no reported fact: a condition, or what was said. */
const SUBORDINATE = new Set([
  'if',
  'unless',
  'whether',
  'that',
  'because',
  'when',
  'while',
  'although',
  'though',
  'once',
  'should',
  'lest',
]);

/** 「高市早苗首相は」「中国外務省の報道官が」: the noun phrase a sentence (or clause) opens with, before は or が. */
const JAPANESE_SUBJECT =
  /(?:^|[、。「])([\p{Script=Han}\p{Script=Katakana}ー・]{2,16}(?:の[\p{Script=Han}\p{Script=Katakana}ー・]{2,12})?)(?:は|が)/gu;

export interface DraftedActors {
  actors: string[];
  /** Subjects that may be actors, left out because the sentence does not show them acting. */
  leftOut: LeftOutValue[];
}

/**
 * The people and bodies a source names as acting: in English, a whole noun phrase (wink-nlp's parts
 * of speech) naming a person or a body — a name, or a noun such as "ministry" or "spokesperson" — that
 * is the subject of a verb of saying or acting in the sentence's own clause ("Prime Minister Sanae
 * Takaichi said", "Chinese officials accused"), or named after such a verb ("…,” said Guo Jiakun).
 * Not the subject of a condition or of what was said ("if Tokyo ignored", "said Japan would"), nor
 * a phrase naming a thing ("the US alliance would collapse"). A subject of a passive verb or of a verb
 * the drafter does not know as acting is left out and listed, with the reason. In Japanese, the noun
 * phrase marked with は or が outside 「」. Dates and words inside quotation marks are never actors.
 */
export function draftedActors(
  sentences: readonly MentionSentence[],
  dateSpans: (passage: string) => ReadonlyArray<{ index: number; end: number }>,
): DraftedActors {
  const actors: string[] = [];
  const leftOut: LeftOutValue[] = [];
  const known = (name: string) =>
    [...actors, ...leftOut.map((item) => item.value)].some((other) => other.toLowerCase() === name.toLowerCase());
  for (const sentence of sentences) {
    const text = sentence.passage.slice(sentence.sentence.start, sentence.sentence.end);
    const quoted = extractQuotations(text).map((quote) => ({
      start: quote.index,
      end: quote.index + quote.text.length + 2,
    }));
    if (hasCjk(text)) {
      for (const match of text.matchAll(JAPANESE_SUBJECT)) {
        const name = match[1];
        const at = (match.index ?? 0) + match[0].indexOf(name ?? '');
        if (!name || quoted.some((q) => q.start < at && at < q.end) || known(name)) continue;
        if (actors.length < MAX_ACTORS) actors.push(name);
      }
      continue;
    }
    const dates = dateSpans(sentence.passage).map((d) => ({
      start: d.index - sentence.sentence.start,
      end: d.end - sentence.sentence.start,
    }));
    const outside = [...dates, ...quoted];
    for (const candidate of subjects(tagEnglish(text), (start, end) =>
      outside.some((d) => d.start < end && start < d.end),
    )) {
      const name = text.slice(candidate.start, candidate.end).trim();
      if (name === '' || known(name)) continue;
      if (candidate.reason) leftOut.push({ field: 'actors', value: name, reason: candidate.reason });
      else if (actors.length < MAX_ACTORS) actors.push(name);
    }
  }
  return { actors, leftOut };
}

interface Candidate {
  start: number;
  end: number;
  /** Why the subject is not drafted as an actor; none when it is. */
  reason?: string;
}

/** Groups of nominal words holding a proper noun (or ending in a noun naming people or a body), with what they do in the sentence. */
function subjects(words: readonly TaggedWord[], excluded: (start: number, end: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  // A hyphen written without spaces joins a name ("Self-Defense Forces").
  const joins = (k: number) =>
    words[k]?.text === '-' &&
    words[k - 1]?.end === words[k]?.start &&
    words[k]?.end === words[k + 1]?.start &&
    NOMINAL.has(words[k + 1]?.pos ?? '');
  const inGroup = (k: number) => NOMINAL.has(words[k]?.pos ?? '') || joins(k);
  const isVerb = (k: number) => words[k]?.pos === 'VERB';
  const acting = (k: number) => ACTING.has(lemmaOfWord(words[k]?.text ?? ''));
  // Once a verb of saying has its subject, the rest of the sentence is what was said.
  let reported = false;
  let i = 0;
  while (i < words.length) {
    if (!NOMINAL.has(words[i]?.pos ?? '')) {
      if (isVerb(i) && acting(i) && found.some((c) => !c.reason)) reported = true;
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && inGroup(j)) j++;
    const group = words.slice(i, j);
    // A group ends at its last noun ("Chinese officials", not "Chinese officials angry").
    let last = group.length - 1;
    while (last >= 0 && group[last]?.pos === 'ADJ') last--;
    const head = group[last];
    let first = group[0];
    const start = i;
    i = j;
    if (!head || !first || excluded(first.start, head.end)) continue;
    // "the alliance between Tokyo and Washington will collapse": a preposition's object is no subject;
    // "the commerce ministry in Beijing announced": unless it ends the phrase of the noun before it.
    const preposition = prepositionBefore(words, start);
    if (preposition !== undefined) {
      const owner = preposition === start - 1 ? groupStart(words, preposition - 1, inGroup) : undefined;
      if (owner === undefined) continue;
      first = words[owner] ?? first;
    }
    if (excluded(first.start, head.end)) continue;
    const names = head.pos === 'PROPN' || namesPeopleOrBody(head.text);
    if (!names || !group.slice(0, last + 1).some((w) => w.pos === 'PROPN' || namesPeopleOrBody(w.text))) continue;
    // "…,” said Guo Jiakun": a name right after a verb of saying, ending the clause.
    const before = start - 1;
    if (
      isVerb(before) &&
      SAYING_AFTER.has(lemmaOfWord(words[before]?.text ?? '')) &&
      (j >= words.length || words[j]?.pos === 'PUNCT')
    ) {
      found.push({ start: first.start, end: head.end });
      continue;
    }
    // "Guo Jiakun, a spokesperson for the ministry, said": an apposition between the name and its verb.
    let k = j;
    if (words[k]?.text === ',') {
      const close = words.findIndex((w, at) => at > k && at <= k + 12 && w.text === ',');
      if (close !== -1) k = close + 1;
    }
    // "Guo Jiakun on Tuesday criticized": a date between the subject and its verb.
    const inDate = (at: number) => {
      const word = words[at];
      return word !== undefined && excluded(word.start, word.end);
    };
    while (k < words.length && (inDate(k) || (words[k]?.pos === 'ADP' && inDate(k + 1)))) k++;
    const auxiliaries: TaggedWord[] = [];
    while (k < words.length && BETWEEN.has(words[k]?.pos ?? '')) {
      if (words[k]?.pos === 'AUX') auxiliaries.push(words[k]!);
      k++;
    }
    if (!isVerb(k)) continue;
    if (reported || opensSubordinate(words, start)) continue;
    const verb = words[k]!;
    const phrase = [...auxiliaries.map((w) => w.text), verb.text].join(' ');
    if (
      auxiliaries.some((w) => /^(?:is|are|was|were|be|been|being|get|got)$/iu.test(w.text)) &&
      /(?:ed|en|wn|ld|ght)$/iu.test(verb.text)
    )
      found.push({
        start: first.start,
        end: head.end,
        reason: `it is the subject of “${phrase}”, a passive verb: it is acted on, not shown acting`,
      });
    else if (!ACTING.has(lemmaOfWord(verb.text)))
      found.push({
        start: first.start,
        end: head.end,
        reason: `it is the subject of “${verb.text}”, which is not a verb of saying or acting the drafter knows: whether it acts in the fact is unclear`,
      });
    else found.push({ start: first.start, end: head.end });
  }
  return found;
}

/** Where a preposition stands that the group (with names joined to it by "and") is the object of, if one does. */
function prepositionBefore(words: readonly TaggedWord[], start: number): number | undefined {
  let k = start - 1;
  while (k >= 0 && (NOMINAL.has(words[k]?.pos ?? '') || words[k]?.pos === 'CCONJ' || words[k]?.pos === 'DET')) k--;
  return words[k]?.pos === 'ADP' ? k : undefined;
}

/** Where the group of nominal words ending at `end` starts; undefined when no such group ends there. */
function groupStart(words: readonly TaggedWord[], end: number, inGroup: (k: number) => boolean): number | undefined {
  if (end < 0 || !inGroup(end) || words[end]?.pos === 'ADJ') return undefined;
  let k = end;
  while (k - 1 >= 0 && inGroup(k - 1)) k--;
  return k;
}

/** Whether the words before a group, back to the clause's start, open a condition or a reported clause ("if Tokyo", "that Japan", "suggested Tokyo"). */
function opensSubordinate(words: readonly TaggedWord[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const word = words[k];
    if (!word || word.pos === 'PUNCT') return false;
    // "remarks that suggested Tokyo could intervene": right after a verb of saying comes what was said.
    if (word.pos === 'VERB') return ACTING.has(lemmaOfWord(word.text));
    if (SUBORDINATE.has(word.text.toLowerCase())) return true;
  }
  return false;
}
