/**
 * A paragraph (or heading, or list item) of an article, as content files and pages point at it: written
 * `article#block` (`alliance-would-weaken#p-lose-credibility`), read here into its two parts.
 */
export interface ParagraphRef {
  /** The article's id. */
  articleId: string;
  /** The block's id on the article page. */
  blockId: string;
}

/** What a reference must look like: an article id, `#`, and a block id without spaces or `#`. */
export const PARAGRAPH_REF_PATTERN = /^[a-z0-9-]+#[^\s#]+$/;

/** `article#block` for a block of an article. */
export function formatParagraphRef(articleId: string, blockId: string): string {
  return `${articleId}#${blockId}`;
}

/** The article and block an `article#block` reference names (each empty where the reference lacks it). */
export function parseParagraphRef(ref: string): ParagraphRef {
  const [articleId = '', blockId = ''] = ref.split('#');
  return { articleId, blockId };
}
