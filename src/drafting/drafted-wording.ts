import { normalise } from '../briefing/views/compare';
import { extractQuotations } from '../briefing/views/quotes';
import { lemmaOfWord, tagEnglish } from '../recognition/english-model';
import { hasCjk } from '../recognition/normalise';
import type { MentionSentence } from './mention-sentences';
import { namesPeopleOrBody } from './people-and-bodies';

/** At most this many characterising words are drafted. */
const MAX_WORDS = 6;
/** A quotation this short in a mention sentence is a word the source puts on the event (“collapse”). */
const MAX_QUOTED_WORDS = 6;
const MAX_QUOTED_CJK = 24;

/**
 * Verbs of attribution that characterise nothing: news style's neutral "said", and saying that only
 * tells that something was said ("mentioned", "referred to", "added"). A verb of saying that judges
 * ("warned", "claimed", "insisted") characterises, and is kept. Compared by dictionary form too.
 */
const NEUTRAL = new Set([
  'say',
  'said',
  'says',
  'saying',
  'tell',
  'told',
  'tells',
  'according',
  'according to',
  'mention',
  'refer',
  'add',
  'note',
  'state',
  'comment',
  'speak',
  'talk',
  'touch',
  'remark',
  '述べ',
  '述べた',
  '語っ',
  '語った',
  '話し',
  '話した',
]);

/** Japanese particles: a matched stem followed by one is used as a noun ("同盟が"), not as a verb ("崩壊する"). */
const PARTICLE = /^[はがをにでとのもへやかより、。「」]/u;

/**
 * The characterising words a source puts on the event, verbatim: the words of the fact's lists that
 * matched in its mention sentences and carry a verb or an adjective ("would collapse", "lose
 * credibility", "stark warning" — not the topic nouns every source shares, "alliance", nor names,
 * nor the neutral "said"), then short quotations in those sentences (“collapse”, 「つぶれる」).
 */
export function draftedWording(sentences: readonly MentionSentence[]): string[] {
  const words: string[] = [];
  const add = (text: string) => {
    const clean = text.trim();
    if (clean === '' || /["“”‘’「」『』]/u.test(clean) || NEUTRAL.has(clean.toLowerCase())) return;
    if (!hasCjk(clean) && !/\s/u.test(clean) && NEUTRAL.has(lemmaOfWord(clean))) return;
    if (words.some((known) => normalise(known) === normalise(clean)) || words.length >= MAX_WORDS) return;
    words.push(clean);
  };
  for (const sentence of sentences) {
    const text = sentence.passage.slice(sentence.sentence.start, sentence.sentence.end);
    // Parts of speech are read in the sentence: "collapse" is a verb in "could collapse", a noun alone.
    const tags = hasCjk(text) ? [] : tagEnglish(text);
    for (const hit of sentence.lists) {
      const start = hit.start - sentence.sentence.start;
      const end = hit.end - sentence.sentence.start;
      const pos = tags.filter((word) => word.start < end && start < word.end).map((word) => word.pos);
      if (characterises(hit.words, sentence.passage.slice(hit.end, hit.end + 1), pos)) add(hit.words);
    }
  }
  for (const sentence of sentences) {
    const text = sentence.passage.slice(sentence.sentence.start, sentence.sentence.end);
    for (const quote of extractQuotations(text)) {
      const short = hasCjk(quote.text)
        ? quote.text.length <= MAX_QUOTED_CJK
        : quote.text.split(/\s+/u).length <= MAX_QUOTED_WORDS;
      // Punctuation English puts inside the closing mark (“crises,”) belongs to the sentence.
      if (short) add(quote.text.replace(/[,.;:!?]+$/u, ''));
    }
  }
  return words;
}

/** Whether matched words characterise (a verb or adjective among them) rather than name a topic or a person. */
function characterises(words: string, after: string, pos: readonly string[]): boolean {
  if (hasCjk(words)) return !PARTICLE.test(after);
  // Names: every word capitalised ("TV Asahi", "Takaichi", "Lower House").
  if (words.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))) return false;
  // Titles and offices name someone, whatever the adjective before them ("prime minister", "foreign ministry").
  if (namesPeopleOrBody(words.split(/\s+/u).at(-1) ?? '')) return false;
  // A phrase opening with a noun names a topic ("port deal", "travel advisories"), however the rest is tagged.
  if (pos.length > 1) {
    if (pos[0] === 'NOUN' || pos[0] === 'PROPN') return false;
    // A noun used as an adjective ("port deal") is tagged one in the sentence; alone it reads as the noun it is.
    if (pos[0] === 'ADJ' && !pos.includes('VERB')) return tagEnglish(words.split(/\s+/u)[0] ?? '')[0]?.pos === 'ADJ';
    return pos.some((tag) => tag === 'VERB' || tag === 'ADJ');
  }
  return pos[0] === 'VERB' || pos[0] === 'ADJ';
}
