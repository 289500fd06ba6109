import type { AnalysisData } from '../schemas/analysis';
import type { FactInput } from './graph';
import type { ContentProblem } from './problems';
import { checkQuotation, extractQuotations, type QuotablePassage } from './quotes';
import type { ArticleBlock } from './types';

/**
 * Every quotation the briefing writes — in fact summaries, source accounts and the analysis — must be
 * found word for word in the source it is attributed to. A misquotation is a content problem naming
 * the file, the quotation and the closest passage of the source.
 */
export function verifyQuotations(input: {
  /** Every article with its blocks (those whose frontmatter failed too: their text is still the source). */
  articles: ReadonlyArray<{ id: string; blocks: readonly ArticleBlock[] }>;
  facts: readonly FactInput[];
  analysis: ReadonlyArray<{ id: string; data: AnalysisData; body: string }>;
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const passagesOf = (articleIds: Iterable<string>): QuotablePassage[] =>
    [...new Set(articleIds)].flatMap((id) => input.articles.find((a) => a.id === id)?.blocks.map((b) => ({ ref: `${id}#${b.id}`, text: b.text })) ?? []);
  const passagesAt = (refs: readonly string[]): QuotablePassage[] =>
    refs.flatMap((ref) => {
      const [articleId, blockId] = ref.split('#');
      const block = input.articles.find((a) => a.id === articleId)?.blocks.find((b) => b.id === blockId);
      return block ? [{ ref, text: block.text }] : [];
    });

  const check = (file: string, where: string, quote: string, primary: QuotablePassage[], fallback: QuotablePassage[] = []) => {
    const result = checkQuotation(quote, primary.length > 0 ? primary : fallback);
    const second = !result.found && primary.length > 0 && fallback.length > 0 ? checkQuotation(quote, fallback) : undefined;
    if (result.found || second?.found) return;
    const closest = (second && !second.found ? second.closest : undefined) ?? (!result.found ? result.closest : undefined);
    problems.push({
      file,
      where,
      value: `“${quote}”`,
      problem: `this quotation is not in the source it cites${closest ? `; the closest passage is ${closest.ref}: “${closest.text}”` : ''}`,
      fix: 'quote the source word for word (only quotation marks and spacing may differ), or remove the quotation marks',
    });
  };

  for (const fact of input.facts) {
    const file = `content/facts/${fact.id}.yaml`;
    const mentioning = input.articles.filter((a) => a.blocks.some((b) => b.mentions.includes(fact.id))).map((a) => a.id);
    const sources = passagesOf([...mentioning, ...fact.data.accounts.map((a) => a.source)]);
    for (const quote of extractQuotations(fact.data.summary)) check(file, 'summary', quote.text, sources);
    fact.data.accounts.forEach((account, i) => {
      const own = passagesOf([account.source]);
      account.wording.forEach((words, j) => check(file, `accounts[${i}].wording[${j}]`, words, own));
      if (account.date) check(file, `accounts[${i}].date.asWritten`, account.date.asWritten, own);
      account.numbers.forEach((number, j) => check(file, `accounts[${i}].numbers[${j}].asWritten`, number.asWritten, own));
    });
  }

  for (const entry of input.analysis) {
    const file = `content/analysis/${entry.id}.mdx`;
    const cited = (refs: readonly string[]) => passagesOf(refs.map((ref) => ref.split('#')[0] ?? ''));
    entry.data.keyPoints.forEach((point, i) => {
      for (const quote of extractQuotations(point.text)) check(file, `keyPoints[${i}].text`, quote.text, passagesAt(point.cites), cited(point.cites));
    });
    entry.data.people.forEach((person, i) => {
      for (const quote of extractQuotations(person.role)) check(file, `people[${i}].role`, quote.text, passagesAt(person.cites), cited(person.cites));
    });
    for (const quote of extractQuotations(entry.data.dek)) check(file, 'dek', quote.text, [], passagesOf(input.articles.map((a) => a.id)));
    let line = 1;
    for (const paragraph of entry.body.split(/\n\s*\n/)) {
      const refs = [...paragraph.matchAll(/<Cite\s+to="([^"]*)"/g)].map((m) => m[1] ?? '');
      const prose = paragraph.replace(/<[^>]+>/g, ' ').replace(/^import .*$/gm, '');
      for (const quote of extractQuotations(prose)) {
        check(file, `body, paragraph at line ${line}`, quote.text, passagesAt(refs), refs.length > 0 ? cited(refs) : passagesOf(input.articles.map((a) => a.id)));
      }
      line += paragraph.split('\n').length + 1;
    }
  }
  return problems;
}
