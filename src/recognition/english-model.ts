import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/**
 * wink-nlp and its English model (3.8 MB of code), loaded when a text is first read: a build whose
 * articles and rule words all come from the caches never loads them.
 */
function winkWithModel(): { winkNLP: typeof winkNLP; model: typeof model } {
  const require = createRequire(import.meta.url);
  return { winkNLP: require('wink-nlp') as typeof winkNLP, model: require('wink-eng-lite-web-model') as typeof model };
}

let reader: Nlp | undefined;
let tagger: Nlp | undefined;
let uses = 0;

/**
 * How many times this process has asked for the English model (to read, tag or lemmatise). A seam for
 * tests: a build that has nothing to recognise must never ask, so that it never pays for loading it.
 */
export function englishModelUses(): number {
  return uses;
}

/**
 * wink-nlp with its bundled English model, in two set-ups loaded on first use (about 0.2 s each), so
 * code that never reads English pays nothing: one cuts texts into tokens and sentences (fast), the
 * other tags single words for their dictionary form. Reading a text without tagging it is twice as
 * fast, and a word's forms are remembered, so each distinct word is tagged once per process.
 */
function englishReader(): Nlp {
  uses++;
  if (!reader) {
    const { winkNLP, model } = winkWithModel();
    reader = winkNLP(model, ['sbd']);
  }
  return reader;
}

function englishTagger(): Nlp {
  uses++;
  if (!tagger) {
    const { winkNLP, model } = winkWithModel();
    tagger = winkNLP(model, ['sbd', 'pos']);
  }
  return tagger;
}

/**
 * Longest run of non-space characters handed to wink-nlp's tokenizer, whose e-mail and URL patterns
 * take time growing with the square of a run's length (a paragraph of 80,000 characters without a
 * space took a minute). No rule word is this long; a longer run is kept whole as one token.
 */
const MAX_RUN = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'gu');

/** The tokens of an English text, exactly as written, and its sentences as spans of token indexes (inclusive). */
export function readEnglish(text: string): { words: string[]; sentences: Array<[number, number]> } {
  const nlp = englishReader();
  const words: string[] = [];
  const sentences: Array<[number, number]> = [];
  const read = (part: string) => {
    if (part.trim() === '') return;
    const doc = nlp.readDoc(part);
    const offset = words.length;
    // One by one: spreading a paragraph of hundreds of thousands of words would overflow the stack.
    for (const word of doc.tokens().out(nlp.its.value) as string[]) words.push(word);
    // wink-nlp's type declarations do not admit `its.span` here, though it works.
    for (const [first, last] of doc.sentences().out(nlp.its.span as never) as unknown as Array<[number, number]>)
      sentences.push([first + offset, last + offset]);
  };
  let cursor = 0;
  for (const run of text.matchAll(LONG_RUN)) {
    read(text.slice(cursor, run.index));
    words.push(run[0]);
    // The run belongs to the sentence it stands in (or starts one when it opens the text).
    const last = sentences.at(-1);
    if (last) last[1] = words.length - 1;
    else sentences.push([words.length - 1, words.length - 1]);
    cursor = run.index + run[0].length;
  }
  read(text.slice(cursor));
  return { words, sentences };
}

const lemmas = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

/**
 * The dictionary form of one word read on its own, in lower case ("fell" → "fall", "advisories" →
 * "advisory", "lost" → "lose"), remembered. Read alone, a word gets the part of speech it most often
 * has; rules compare both this form and the word as written, so the other reading still matches.
 */
export function lemmaOfWord(word: string): string {
  const lower = word.toLowerCase();
  // No rule word is this long, and wink-nlp's tokenizer is slow on long runs (see MAX_RUN).
  if (lower.length > MAX_RUN) return lower;
  let lemma = lemmas.get(lower);
  if (lemma === undefined) {
    const nlp = englishTagger();
    // wink-nlp's type declarations do not admit `its.lemma` here, though it works.
    const found = nlp
      .readDoc(lower)
      .tokens()
      .out(nlp.its.lemma as never) as unknown as string[];
    lemma = found.length === 1 && found[0] ? found[0] : lower;
    if (lemmas.size < MAX_REMEMBERED) lemmas.set(lower, lemma);
  }
  return lemma;
}

/** A word of an English text with its part of speech, for drafting accounts from it. */
export interface TaggedWord {
  /** The word exactly as written. */
  text: string;
  /** Offsets in the text (UTF-16 units), end exclusive. */
  start: number;
  end: number;
  /** Universal part-of-speech tag (wink-nlp): NOUN, PROPN, VERB, AUX, ADJ, ADV, NUM, PUNCT, … */
  pos: string;
}

/** Longest text tagged at once: drafting reads sentences, never whole archives. */
const MAX_TAGGED = 5_000;

/**
 * The words of an English text (a sentence or a paragraph) with their parts of speech and offsets,
 * from wink-nlp's bundled model. Text beyond MAX_TAGGED characters, and runs of more than MAX_RUN
 * characters without a space, are not tagged (they are never a phrase drafting could use).
 */
export function tagEnglish(text: string): TaggedWord[] {
  const nlp = englishTagger();
  const part = text.slice(0, MAX_TAGGED);
  if (new RegExp(LONG_RUN.source, 'u').test(part)) return [];
  const doc = nlp.readDoc(part);
  const words = doc.tokens().out(nlp.its.value) as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const tagged: TaggedWord[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    const start = part.indexOf(word, cursor);
    // wink-nlp may normalise a token (an expanded contraction); such a word has no place in the text.
    if (start === -1) return;
    cursor = start + word.length;
    tagged.push({ text: word, start, end: cursor, pos: tags[i] ?? 'X' });
  });
  return tagged;
}
