import type { MentionReason } from '../recognition/mention-reason';

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
  /**
   * Why it mentions each of them — one entry per id in `mentions`, in the same order: the rule line
   * and the words that matched (or that an editor marked the words by hand), and the date that
   * placed it in the fact's window. For the build report and the fact page.
   */
  mentionReasons: MentionReason[];
}
