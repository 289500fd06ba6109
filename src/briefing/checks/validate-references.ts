import type { ArticleInput, CitedSourceInput, FactInput } from '../views/graph';
import type { FramingData } from '../../schemas/framing';
import type { ContentProblem } from '../../model/problems';
import { closestName } from '../../model/closest-name';
import { ARTICLE_PAGE_IDS } from '../../model/page-ids';
import { checkQuotation } from '../views/quotes';
import type { ArticleBlock } from '../../schemas/article-block';
import { formatParagraphRef, parseParagraphRef } from '../../model/paragraph-ref';
import type { AnalysisInput } from '../views/analysis-references';

/**
 * Checks every reference between content files: articles → cited sources, cited sources → articles and
 * paragraphs, facts → articles, paragraphs and related facts, analysis → paragraphs and facts, and that
 * no id (or alias) is used twice. Returns every problem, not just the first.
 */
export function validateReferences(input: {
  articles: readonly ArticleInput[];
  facts: readonly FactInput[];
  citedSources: readonly CitedSourceInput[];
  analysis?: readonly AnalysisInput[];
  framing?: ReadonlyArray<{ id: string; data: FramingData }>;
  /**
   * Items whose files exist but failed their schema (with the blocks found in an article's body):
   * references to them are not reported, since the file's own problem is.
   */
  present?: {
    articles?: ReadonlyArray<{ id: string; blocks: readonly ArticleBlock[] }>;
    facts?: readonly string[];
    citedSources?: readonly string[];
  };
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const present = input.present ?? {};
  const everyArticle = [...input.articles, ...(present.articles ?? [])];
  const articleIds = new Set(everyArticle.map((a) => a.id));
  const factIds = new Set([...input.facts.map((f) => f.id), ...(present.facts ?? [])]);
  const citedIds = new Set([...input.citedSources.map((c) => c.id), ...(present.citedSources ?? [])]);
  const blocks = new Set(everyArticle.flatMap((a) => a.blocks.map((b) => formatParagraphRef(a.id, b.id))));
  const list = (ids: Set<string>) => [...ids].sort().join(', ') || '(none yet)';
  /** "did you mean …? " when a known id is one slip away from the one written, else nothing. */
  const meant = (typed: string, ids: Iterable<string>) => {
    const closest = closestName(typed, ids);
    return closest ? `did you mean "${closest}"? ` : '';
  };
  /** Each id of a list of article ids (`field[i]`) must be an article. */
  const checkArticles = (file: string, field: string, ids: readonly string[]) =>
    ids.forEach((articleId, i) => {
      if (!articleIds.has(articleId))
        problems.push({
          file,
          where: `${field}[${i}]`,
          value: articleId,
          problem: `unknown article "${articleId}"`,
          fix: `${meant(articleId, articleIds)}use one of the article ids: ${list(articleIds)}`,
        });
    });
  const blocksOf = (articleId: string) => [...blocks].filter((b) => b.startsWith(`${articleId}#`));

  const checkBlock = (file: string, where: string, ref: string) => {
    if (blocks.has(ref)) return;
    const { articleId } = parseParagraphRef(ref);
    problems.push({
      file,
      where,
      value: ref,
      problem: articleIds.has(articleId ?? '')
        ? `paragraph "${ref}" does not exist`
        : `article "${articleId}" does not exist`,
      fix: articleIds.has(articleId ?? '')
        ? `${meant(ref, blocksOf(articleId ?? ''))}use an id shown on the article page (${articleId}), e.g. ${blocksOf(articleId ?? '')[0] ?? ''}`
        : `${meant(articleId ?? '', articleIds)}use one of the article ids: ${list(articleIds)}`,
    });
  };

  for (const article of input.articles) {
    const file = `content/articles/${article.id}.md`;
    article.data.cites.forEach((cited, i) => {
      if (!citedIds.has(cited))
        problems.push({
          file,
          where: `cites[${i}]`,
          value: cited,
          problem: `unknown cited source "${cited}"`,
          fix: `${meant(cited, citedIds)}add content/cited-sources/${cited}.yaml or use one of: ${list(citedIds)}`,
        });
    });
    for (const [oldId, currentId] of Object.entries(article.data.anchorAliases)) {
      if (ARTICLE_PAGE_IDS.has(oldId))
        problems.push({
          file,
          where: `anchorAliases.${oldId}`,
          value: oldId,
          problem: `the article page uses the id "${oldId}" for its own part, so it cannot also lead to ${currentId}`,
          fix: 'remove this alias; a link to the old id now lands on that part of the page',
        });
      if (!article.blocks.some((b) => b.id === currentId))
        problems.push({
          file,
          where: `anchorAliases.${oldId}`,
          value: currentId,
          problem: `alias points to "${currentId}", which is not an id in this article`,
          fix: `${meant(
            currentId,
            article.blocks.map((b) => b.id),
          )}point the alias at an existing paragraph or heading id`,
        });
    }
  }

  for (const cited of input.citedSources) {
    const file = `content/cited-sources/${cited.id}.yaml`;
    cited.data.citedBy.forEach((articleId, i) => {
      if (!articleIds.has(articleId))
        problems.push({
          file,
          where: `citedBy[${i}]`,
          value: articleId,
          problem: `unknown article "${articleId}"`,
          fix: `${meant(articleId, articleIds)}use one of the article ids: ${list(articleIds)}`,
        });
    });
    cited.data.appearsIn.forEach((ref, i) => checkBlock(file, `appearsIn[${i}]`, ref));
  }

  for (const fact of input.facts) {
    const file = `content/facts/${fact.id}.yaml`;
    fact.data.related.forEach((id, i) => {
      if (!factIds.has(id))
        problems.push({
          file,
          where: `related[${i}]`,
          value: id,
          problem: `unknown fact id "${id}"`,
          fix: `${meant(id, factIds)}use one of the fact ids: ${list(factIds)}`,
        });
    });
    fact.data.accounts.forEach((account, i) => {
      if (!articleIds.has(account.source))
        problems.push({
          file,
          where: `accounts[${i}].source`,
          value: account.source,
          problem: `unknown article "${account.source}"`,
          fix: `${meant(account.source, articleIds)}use one of the article ids: ${list(articleIds)}`,
        });
      account.paragraphs.forEach((ref, j) => checkBlock(file, `accounts[${i}].paragraphs[${j}]`, ref));
    });
    const sourceLists = { summaryFrom: fact.data.summaryFrom ?? [], noAccountFrom: fact.data.noAccountFrom };
    for (const [field, ids] of Object.entries(sourceLists)) checkArticles(file, field, ids);
    fact.data.linksKept.forEach((ref, i) => checkBlock(file, `linksKept[${i}]`, ref));
    fact.data.unlinked.forEach((ref, i) => checkBlock(file, `unlinked[${i}]`, ref));
  }

  for (const analysis of input.analysis ?? []) {
    const file = `content/analysis/${analysis.id}.mdx`;
    for (const { where, articleId } of analysis.sources ?? [])
      if (!articleIds.has(articleId))
        problems.push({
          file,
          where,
          value: articleId,
          problem: `unknown article "${articleId}"`,
          fix: `${meant(articleId, articleIds)}use one of the article ids: ${list(articleIds)}`,
        });
    for (const { where, ref } of analysis.cites) checkBlock(file, where, ref);
    for (const id of analysis.duplicateIds ?? [])
      problems.push({
        file,
        where: 'keyPoints / people',
        value: id,
        problem: `id "${id}" is used more than once`,
        fix: 'give each key point and person its own id',
      });
    for (const { where, factId } of analysis.facts) {
      if (!factIds.has(factId))
        problems.push({
          file,
          where,
          value: factId,
          problem: `unknown fact id "${factId}"`,
          fix: `${meant(factId, factIds)}use one of the fact ids: ${list(factIds)}`,
        });
    }
  }

  for (const framing of input.framing ?? []) {
    const file = `content/framing/${framing.id}.yaml`;
    const article = everyArticle.find((a) => a.id === framing.id);
    if (!article) {
      problems.push({
        file,
        where: 'file name',
        value: framing.id,
        problem: `there is no article "${framing.id}"`,
        fix: `${meant(framing.id, articleIds)}name the file after the article it describes: ${list(articleIds)}`,
      });
      continue;
    }
    framing.data.passages.forEach((passage, i) => {
      const block = article.blocks.find((b) => b.id === passage.paragraph);
      if (!block) {
        problems.push({
          file,
          where: `passages[${i}].paragraph`,
          value: passage.paragraph,
          problem: `paragraph "${passage.paragraph}" does not exist in ${framing.id}`,
          fix: `${meant(
            passage.paragraph,
            article.blocks.map((b) => b.id),
          )}use an id shown on the article page`,
        });
      } else if (
        checkQuotation(passage.evidence, [{ ref: formatParagraphRef(framing.id, block.id), text: block.text }])
          .found === false
      ) {
        problems.push({
          file,
          where: `passages[${i}].evidence`,
          value: passage.evidence,
          problem: `these words are not in paragraph ${passage.paragraph}`,
          fix: 'quote the paragraph word for word',
        });
      }
    });
  }

  problems.push(
    ...duplicateNames(
      'content/facts',
      input.facts.map((f) => ({ id: f.id, aliases: f.data.aliases })),
      'yaml',
    ),
  );
  problems.push(
    ...duplicateNames(
      'content/articles',
      input.articles.map((a) => ({ id: a.id, aliases: a.data.aliases })),
      'md',
    ),
  );
  return problems;
}

/** An alias may not be the id (or another alias) of anything else in the same collection. */
function duplicateNames(
  dir: string,
  items: ReadonlyArray<{ id: string; aliases: readonly string[] }>,
  ext: string,
): ContentProblem[] {
  const owner = new Map<string, string>();
  for (const item of items) owner.set(item.id, item.id);
  const problems: ContentProblem[] = [];
  for (const item of items) {
    item.aliases.forEach((alias, i) => {
      const taken = owner.get(alias);
      if (taken && taken !== item.id) {
        problems.push({
          file: `${dir}/${item.id}.${ext}`,
          where: `aliases[${i}]`,
          value: alias,
          problem: `"${alias}" is already used by ${dir}/${taken}.${ext}`,
          fix: 'remove the alias or rename one of the two',
        });
      } else {
        owner.set(alias, item.id);
      }
    });
  }
  return problems;
}
