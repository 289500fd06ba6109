/**
 * The development set's labels (gold.json, see its README): for each collected file, every sentence
 * of its stored text in order, with the facts it refers to. A reader sees links on paragraphs, so a
 * paragraph is expected to link the union of the facts of the sentences that start in it.
 */
export interface GoldSentence {
  /** The sentence's first 60 characters, whitespace collapsed. */
  start: string;
  facts: string[];
}

export interface GoldFile {
  facts: string[];
  articles: Record<string, { sentences: GoldSentence[] }>;
}

/** Reads gold.json, naming what is wrong when it is not in the README's form. */
export function parseGold(text: string, file: string): GoldFile {
  const data = JSON.parse(text) as Partial<GoldFile>;
  if (!Array.isArray(data.facts) || typeof data.articles !== 'object' || data.articles === null) {
    throw new Error(`${file}: expected { "facts": [...], "articles": { "<file name>": { "sentences": [...] } } }`);
  }
  for (const [name, article] of Object.entries(data.articles)) {
    if (!Array.isArray(article?.sentences)) throw new Error(`${file}: articles["${name}"].sentences is not a list`);
    for (const [i, sentence] of article.sentences.entries()) {
      if (typeof sentence?.start !== 'string' || !Array.isArray(sentence.facts)) {
        throw new Error(`${file}: articles["${name}"].sentences[${i}] needs "start" (text) and "facts" (a list)`);
      }
    }
  }
  return data as GoldFile;
}

/** Compares texts as the set's checker does: one kind of quote mark, whitespace collapsed. */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** How many characters of a start must be found (the checker's length: starts may be cut mid-word). */
const START_LENGTH = 50;

/**
 * Places each labelled sentence in the paragraph where its start occurs, searching onward from the
 * previous sentence's paragraph first (a start repeated in a summary and in the body goes to the next
 * one in reading order). Returns each paragraph's expected facts and the sentences placed nowhere
 * (a headline the importer made the title, a caption it left out).
 */
export function expectedFacts(
  paragraphs: ReadonlyArray<{ id: string; text: string }>,
  sentences: readonly GoldSentence[],
): { expected: Map<string, Set<string>>; unplaced: GoldSentence[] } {
  const texts = paragraphs.map((paragraph) => normaliseForMatch(paragraph.text));
  const expected = new Map(paragraphs.map((paragraph) => [paragraph.id, new Set<string>()]));
  const unplaced: GoldSentence[] = [];
  let at = 0;
  for (const sentence of sentences) {
    const start = normaliseForMatch(sentence.start).slice(0, START_LENGTH);
    const onward = texts.findIndex((text, i) => i >= at && text.includes(start));
    const found = onward >= 0 ? onward : texts.findIndex((text) => text.includes(start));
    const paragraph = paragraphs[found];
    if (!paragraph) {
      unplaced.push(sentence);
      continue;
    }
    at = found;
    for (const fact of sentence.facts) expected.get(paragraph.id)?.add(fact);
  }
  return { expected, unplaced };
}
