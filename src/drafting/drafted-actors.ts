import { tagEnglish, type TaggedWord } from '../recognition/english-model';
import { hasCjk } from '../recognition/normalise';
import { extractQuotations } from '../briefing/views/quotes';
import type { MentionSentence } from './mention-sentences';

/** At most this many actors are drafted: the names a reader compares, not every name in a passage. */
const MAX_ACTORS = 4;

/** Parts of speech a name's group may hold: "Chinese foreign ministry spokesperson Guo Jiakun". */
const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ']);
/** Words between a subject and its verb that do not end the subject: "would", "not", "also". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** 「高市早苗首相は」「中国外務省の報道官が」: the noun phrase a sentence (or clause) opens with, before は or が. */
const JAPANESE_SUBJECT =
  /(?:^|[、。「])([\p{Script=Han}\p{Script=Katakana}ー・]{2,16}(?:の[\p{Script=Han}\p{Script=Katakana}ー・]{2,12})?)(?:は|が)/gu;

/**
 * The people and bodies a source names as acting: in English, each group of words holding a proper
 * noun that is the subject of a verb ("Prime Minister Sanae Takaichi said", "Beijing claims", "Chinese
 * officials accused"); in Japanese, the noun phrase marked with は or が. Each quoted as written.
 * Dates ("Tuesday said" never happens, but "On Tuesday, Tokyo said" does) and words inside quotation
 * marks (“I’m quitting today”) are left out.
 */
export function draftedActors(
  sentences: readonly MentionSentence[],
  dateSpans: (passage: string) => ReadonlyArray<{ index: number; end: number }>,
): string[] {
  const actors: string[] = [];
  const add = (name: string) => {
    const clean = name.trim();
    if (
      clean !== '' &&
      !actors.some((known) => known.toLowerCase() === clean.toLowerCase()) &&
      actors.length < MAX_ACTORS
    )
      actors.push(clean);
  };
  for (const sentence of sentences) {
    const text = sentence.passage.slice(sentence.sentence.start, sentence.sentence.end);
    if (hasCjk(text)) {
      for (const match of text.matchAll(JAPANESE_SUBJECT)) if (match[1]) add(match[1]);
      continue;
    }
    const dates = dateSpans(sentence.passage).map((d) => ({
      start: d.index - sentence.sentence.start,
      end: d.end - sentence.sentence.start,
    }));
    // Who speaks inside a quotation (“I’m quitting,” she said) is the speaker, named outside it.
    const quoted = extractQuotations(text).map((quote) => ({
      start: quote.index,
      end: quote.index + quote.text.length + 2,
    }));
    for (const group of subjects(tagEnglish(text))) {
      if ([...dates, ...quoted].some((d) => d.start < group.end && group.start < d.end)) continue;
      add(text.slice(group.start, group.end));
    }
  }
  return actors;
}

/** Groups of nominal words holding a proper noun, followed (across auxiliaries and adverbs) by a verb. */
function subjects(words: readonly TaggedWord[]): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  // A hyphen written without spaces joins a name ("Self-Defense Forces").
  const joins = (k: number) =>
    words[k]?.text === '-' &&
    words[k - 1]?.end === words[k]?.start &&
    words[k]?.end === words[k + 1]?.start &&
    NOMINAL.has(words[k + 1]?.pos ?? '');
  const inGroup = (k: number) => NOMINAL.has(words[k]?.pos ?? '') || joins(k);
  let i = 0;
  while (i < words.length) {
    if (!NOMINAL.has(words[i]?.pos ?? '')) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && inGroup(j)) j++;
    const group = words.slice(i, j);
    // A group ends at its last noun ("Chinese officials", not "Chinese officials angry").
    let last = group.length - 1;
    while (last >= 0 && group[last]?.pos === 'ADJ') last--;
    let k = j;
    while (k < words.length && BETWEEN.has(words[k]?.pos ?? '')) k++;
    const next = words[k];
    if (last >= 0 && group.slice(0, last + 1).some((w) => w.pos === 'PROPN') && next?.pos === 'VERB') {
      const first = group[0];
      const end = group[last];
      if (first && end) found.push({ start: first.start, end: end.end });
    }
    i = j;
  }
  return found;
}
