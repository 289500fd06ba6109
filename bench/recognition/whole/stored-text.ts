/**
 * An article collected in the form the development set's README describes: a header (title,
 * publisher, publication date, URL), then the stored text between two markers. The header is what
 * an editor reads off the source page; the stored text is what they would save and import.
 */
export interface StoredArticle {
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD, when the header gives one. */
  published?: string;
  url?: string;
  text: string;
}

const BODY = /-{5} STORED TEXT \(verbatim\) -{5}\r?\n([\s\S]*?)\r?\n\[END OF STORED TEXT\]/u;

/** Reads a collected file; a file without the markers is taken whole as its text. */
export function parseStoredArticle(file: string): StoredArticle {
  const body = BODY.exec(file);
  const header = body ? file.slice(0, body.index) : '';
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.+?)[ \\t]*$`, 'mu').exec(header)?.[1];
  const published = /^\d{4}-\d{2}-\d{2}/u.exec(field('Publication date') ?? '')?.[0];
  const article: StoredArticle = { text: body ? (body[1] ?? '') : file };
  const title = field('Title');
  const publisher = field('Publisher');
  const url = field('URL');
  if (title) article.title = title;
  if (publisher) article.publisher = publisher;
  if (published) article.published = published;
  if (url) article.url = url;
  return article;
}

/** The inverse, for articles written in the project's own words: the same form, so one path reads both. */
export function formatStoredArticle(article: StoredArticle): string {
  const header = [
    ...(article.title ? [`Title: ${article.title}`] : []),
    ...(article.publisher ? [`Publisher: ${article.publisher}`] : []),
    ...(article.published ? [`Publication date: ${article.published}`] : []),
    ...(article.url ? [`URL: ${article.url}`] : []),
  ];
  return `${header.join('\n')}\n\n----- STORED TEXT (verbatim) -----\n${article.text}\n[END OF STORED TEXT]\n`;
}
