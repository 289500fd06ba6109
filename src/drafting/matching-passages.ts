import type { ArticleInput } from '../briefing/views/graph';
import { articleContext } from '../recognition/article-context';
import { compileRecognisers, type FactRules } from '../recognition/compile-recognisers';
import { recognise } from '../recognition/recognise';

/** A passage a fact's rules match. */
export interface MatchingPassage {
  articleId: string;
  blockId: string;
  /** `article#paragraph`. */
  ref: string;
  text: string;
}

/**
 * The passages of the briefing a fact's rules would link, read the way the build reads them (each
 * article against its own publication date and language; headings left out): what a draft fact
 * would link once published, and where a new fact's accounts are drafted from.
 */
export function matchingPassages(fact: FactRules, articles: readonly ArticleInput[]): MatchingPassage[] {
  const { recognisers } = compileRecognisers([fact]);
  return articles.flatMap((article) =>
    article.blocks
      .filter(
        (block) =>
          block.kind !== 'heading' && recognise(block.text, recognisers, articleContext(article.data)).length > 0,
      )
      .map((block) => ({
        articleId: article.id,
        blockId: block.id,
        ref: `${article.id}#${block.id}`,
        text: block.text,
      })),
  );
}
