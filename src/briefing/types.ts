/** An addressable block of an article, as rendered, with the facts it mentions. */
export interface ArticleBlock {
  /** The block's `id` on the article page. */
  id: string;
  /** Paragraph, list item or heading. */
  kind: 'paragraph' | 'list-item' | 'heading';
  /** The block's text as the reader sees it. */
  text: string;
  /** Ids of the facts it mentions, in order of first mention. */
  mentions: string[];
}
