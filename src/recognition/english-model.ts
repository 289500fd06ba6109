import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let loaded: Nlp | undefined;

/**
 * wink-nlp with its bundled English model (sentence boundaries and part-of-speech tags, which its
 * lemmatiser needs). Loaded on first use — about 0.2 s — so code that never reads English pays nothing.
 */
export function englishModel(): Nlp {
  loaded ??= winkNLP(model, ['sbd', 'pos']);
  return loaded;
}

/** One English word as the model reads it. */
export interface EnglishWord {
  /** The word exactly as written. */
  value: string;
  /** Its dictionary form ("fell" → "fall", "advisories" → "advisory"). */
  lemma: string;
}

/** The words of an English text and its sentences, as spans of word indexes (inclusive). */
export function readEnglish(text: string): { words: EnglishWord[]; sentences: Array<[number, number]> } {
  const nlp = englishModel();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  // wink-nlp's type declarations do not admit `its.lemma` and `its.span` here, though both work.
  const lemmas = doc.tokens().out(nlp.its.lemma as never) as unknown as string[];
  const sentences = doc.sentences().out(nlp.its.span as never) as unknown as Array<[number, number]>;
  return { words: values.map((value, i) => ({ value, lemma: lemmas[i] ?? value })), sentences };
}

const wordLemmas = new Map<string, string>();

/**
 * The dictionary form of one lower-case word read on its own, remembered. The model leaves words it
 * takes for names as written, which capitalised words at the start of a sentence or in a headline
 * often are ("Remarks made during…"): their lower-case reading gives the lemma a rule expects.
 */
export function lemmaOfWord(word: string): string {
  let lemma = wordLemmas.get(word);
  if (lemma === undefined) {
    lemma = readEnglish(word).words[0]?.lemma ?? word;
    if (wordLemmas.size < 50_000) wordLemmas.set(word, lemma);
  }
  return lemma;
}
