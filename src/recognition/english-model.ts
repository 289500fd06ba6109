import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let reader: Nlp | undefined;
let tagger: Nlp | undefined;

/**
 * wink-nlp with its bundled English model, in two set-ups loaded on first use (about 0.2 s each), so
 * code that never reads English pays nothing: one cuts texts into tokens and sentences (fast), the
 * other tags single words for their dictionary form. Reading a text without tagging it is twice as
 * fast, and a word's forms are remembered, so each distinct word is tagged once per process.
 */
function englishReader(): Nlp {
  reader ??= winkNLP(model, ['sbd']);
  return reader;
}

function englishTagger(): Nlp {
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  return tagger;
}

/** The tokens of an English text, exactly as written, and its sentences as spans of token indexes (inclusive). */
export function readEnglish(text: string): { words: string[]; sentences: Array<[number, number]> } {
  const nlp = englishReader();
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out(nlp.its.value) as string[];
  // wink-nlp's type declarations do not admit `its.span` here, though it works.
  const sentences = doc.sentences().out(nlp.its.span as never) as unknown as Array<[number, number]>;
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
  let lemma = lemmas.get(lower);
  if (lemma === undefined) {
    const nlp = englishTagger();
    // wink-nlp's type declarations do not admit `its.lemma` here, though it works.
    const found = nlp.readDoc(lower).tokens().out(nlp.its.lemma as never) as unknown as string[];
    lemma = found.length === 1 && found[0] ? found[0] : lower;
    if (lemmas.size < MAX_REMEMBERED) lemmas.set(lower, lemma);
  }
  return lemma;
}
