import type { Recognition } from '../schemas/fact';
import { compileRecognisers } from '../recognition/compile-recognisers';
import { tagEnglish } from '../recognition/english-model';
import { hasCjk } from '../recognition/normalise';

/** Words that say nothing about which event a sentence is about. */
const STOP = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'say',
  'said',
  'says',
  'tell',
  'told',
  'year',
  'month',
  'week',
  'day',
  'time',
  'thing',
  'way',
  'people',
  'official',
  'officials',
  'report',
  'reports',
  'according',
  'make',
  'made',
  'take',
  'took',
]);
/** At most this many words a list: a proposal to refine, not a catalogue. */
const MAX_WORDS = 5;

/**
 * Recognition rules proposed from a sentence that dates an event no fact covers, for an editor to
 * widen before accepting the fact (docs/recognition.md: one concept a list, many wordings a list).
 * In English: the names in it (`who`), its verbs (`action`) and its nouns (`what`), joined as
 * `action + what` and `who + what + date`; in Japanese, its runs of kanji and katakana (`what`) with
 * the date. Every list is used by a line and the rules compile, so accepting the draft as it is never
 * breaks the build; `date` appears only when the fact has a date.
 */
export function proposeRules(
  sentence: string,
  options: { dated: boolean; exclude?: ReadonlyArray<{ start: number; end: number }> },
): Recognition {
  const skip = (start: number, end: number) =>
    (options.exclude ?? []).some((span) => span.start < end && start < span.end);
  const lists: Record<string, string[]> = {};
  const add = (list: string, word: string) => {
    const clean = word.trim();
    if (clean.length < 2 || STOP.has(clean.toLowerCase())) return;
    const words = (lists[list] ??= []);
    if (words.length < MAX_WORDS && !words.some((known) => known.toLowerCase() === clean.toLowerCase()))
      words.push(clean);
  };
  if (hasCjk(sentence)) {
    for (const match of sentence.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]{2,10}/gu)) {
      if (!skip(match.index ?? 0, (match.index ?? 0) + match[0].length) && !/^[\d０-９]+[年月日]?$/u.test(match[0]))
        add('what', match[0]);
    }
  } else {
    const words = tagEnglish(sentence);
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!word || skip(word.start, word.end)) continue;
      if (word.pos === 'PROPN') {
        let j = i;
        while (words[j + 1]?.pos === 'PROPN' && !skip(words[j + 1]?.start ?? 0, words[j + 1]?.end ?? 0)) j++;
        add('who', sentence.slice(word.start, words[j]?.end ?? word.end));
        i = j;
      } else if (word.pos === 'VERB') add('action', word.text.toLowerCase());
      else if (word.pos === 'NOUN') add('what', word.text.toLowerCase());
    }
  }
  const match: string[] = [];
  if (lists.action && lists.what) match.push('action + what');
  if (lists.who && lists.what) match.push(options.dated ? 'who + what + date' : 'who + what');
  if (match.length === 0 && lists.what) match.push(options.dated ? 'what + date' : 'what');
  const used = new Set(match.flatMap((line) => line.split(' + ')));
  const words = Object.fromEntries(Object.entries(lists).filter(([name]) => used.has(name)));
  const rules: Recognition = { words, match, not: [], patterns: [] };
  // The proposal must compile as it stands (a list with no usable word is dropped with its lines).
  const { problems } = compileRecognisers([
    {
      id: 'proposal',
      data: { kind: 'event', ...(options.dated ? { date: { start: '2000' } } : {}), recognise: rules },
    },
  ]);
  return problems.length === 0 ? rules : { words: {}, match: [], not: [], patterns: [] };
}
