/** Articles larger than this are refused: a news article is a few tens of kilobytes. */
export const MAX_ARTICLE_BYTES = 1_000_000;
/** Originals (a saved web page may carry its scripts and styles) are capped too. */
export const MAX_ORIGINAL_BYTES = 10_000_000;
/** Fact, cited-source, framing and analysis files. */
export const MAX_DATA_BYTES = 1_000_000;
