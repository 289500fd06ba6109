import type { AnalysisData } from '../../schemas/analysis';
import type { ArticleData } from '../../schemas/article';
import type { CitedSourceData } from '../../schemas/cited-source';
import type { CorrectionData } from '../../schemas/correction';
import type { FactData } from '../../schemas/fact';
import type { FramingData } from '../../schemas/framing';
import type { ContentProblem } from '../../model/problems';
import { checkQuotation, extractQuotations, normaliseForQuote, type QuotablePassage } from '../views/quotes';
import type { ArticleBlock } from '../../schemas/article-block';
import { formatParagraphRef, parseParagraphRef } from '../../model/paragraph-ref';

/** The content the quotation rule reads: every file's data, and the articles' text to check against. */
export interface QuotationInput {
  /** Every article with its blocks (those whose frontmatter failed too: their text is still the source). */
  articles: ReadonlyArray<{ id: string; blocks: readonly ArticleBlock[]; data?: ArticleData; original?: string }>;
  /** Facts, with their file when it is not `content/facts/<id>.yaml` (a draft in `content/drafts/`). */
  facts: ReadonlyArray<{ id: string; data: FactData; file?: string }>;
  citedSources?: ReadonlyArray<{ id: string; data: CitedSourceData }>;
  framing?: ReadonlyArray<{ id: string; data: FramingData }>;
  analysis: ReadonlyArray<{ id: string; data: AnalysisData; body: string }>;
  corrections?: ReadonlyArray<{ id: string; data: CorrectionData }>;
}

/** Fields that hold ids, addresses, rules or dates rather than prose: never read for quotations. */
const NOT_PROSE = new Set([
  'facts',
  'articles',
  'match',
  'recognise',
  'related',
  'aliases',
  'kind',
  'source',
  'paragraphs',
  'paragraph',
  'cites',
  'citedBy',
  'appearsIn',
  'original',
  'added',
  'anchorAliases',
  'url',
  'language',
  'status',
  'qualifier',
  'keyDates',
  'id',
  'voice',
  'notFromSources',
  'start',
  'end',
  'unit',
  'revised',
  'review',
  'summaryFrom',
  'noAccountFrom',
  'linksKept',
  'unlinked',
  'writtenFrom',
]);

/**
 * One rule for every quotation the briefing writes, in every text field of every content file and in
 * the analysis: a passage in quotation marks (double or single, typographic or plain, or Japanese
 * 「」) must appear word for word in the source it belongs to — the field's own article where there is
 * one (an account's source, an article's own metadata, a framing note's article), otherwise the
 * articles the text cites or that mention the fact. Words an editor quotes that are not source text
 * (a term of art, a programme's title) are listed in the file's `notFromSources` and accepted.
 * A misquotation names the file, the field, the quotation and the closest passage.
 */
export function verifyQuotations(input: QuotationInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articles = new Map(input.articles.map((article) => [article.id, article]));
  const passagesOf = (articleIds: Iterable<string>): QuotablePassage[] =>
    [...new Set(articleIds)].flatMap(
      (id) => articles.get(id)?.blocks.map((b) => ({ ref: formatParagraphRef(id, b.id), text: b.text })) ?? [],
    );
  const passagesAt = (refs: readonly string[]): QuotablePassage[] =>
    refs.flatMap((ref) => {
      const { articleId, blockId } = parseParagraphRef(ref);
      const block = articles.get(articleId)?.blocks.find((b) => b.id === blockId);
      return block ? [{ ref, text: block.text }] : [];
    });
  const everything = () => passagesOf(articles.keys());

  const report = (file: string, where: string, quote: string, closest?: { ref: string; text: string }) =>
    problems.push({
      file,
      where,
      value: `“${quote}”`,
      problem: `this quotation is not in the source it belongs to${closest ? `; the closest passage is ${closest.ref}: “${closest.text}”` : ''}`,
      fix: 'quote the source word for word (only quotation marks and spacing may differ), remove the quotation marks, or — for words that are not quoted from a source, such as a programme’s title — list them under notFromSources in this file',
    });
  /** Checks a whole value (an account's wording, a date as written) against the passages. */
  const check = (
    file: string,
    where: string,
    quote: string,
    primary: QuotablePassage[],
    fallback: QuotablePassage[] = [],
  ) => {
    const result = checkQuotation(quote, primary.length > 0 ? primary : fallback);
    const second =
      !result.found && primary.length > 0 && fallback.length > 0 ? checkQuotation(quote, fallback) : undefined;
    if (result.found || second?.found) return;
    report(
      file,
      where,
      quote,
      (second && !second.found ? second.closest : undefined) ?? (!result.found ? result.closest : undefined),
    );
  };
  /** Checks the quotations inside every prose field of `data` under `path`, against `sources(path)`. */
  const checkProse = (
    file: string,
    data: unknown,
    exempt: readonly string[],
    sources: (where: string) => { primary: QuotablePassage[]; fallback?: QuotablePassage[] },
  ) => {
    const accepted = new Set(exempt.map(normaliseForQuote));
    for (const { where, text } of proseFields(data)) {
      for (const quote of extractQuotations(text)) {
        if (accepted.has(normaliseForQuote(quote.text))) continue;
        const { primary, fallback } = sources(where);
        check(file, where, quote.text, primary, fallback);
      }
    }
  };

  for (const article of input.articles) {
    if (!article.data) continue;
    const own = passagesOf([article.id]);
    // An article's metadata is checked against its own text, and against the original as received
    // (a headline or byline may be printed only there).
    const original: QuotablePassage[] = article.original
      ? [{ ref: `${article.id} (original)`, text: article.original }]
      : [];
    checkProse(`content/articles/${article.id}.md`, article.data, article.data.notFromSources, () => ({
      primary: [...own, ...original],
    }));
  }

  for (const fact of input.facts) {
    const file = fact.file ?? `content/facts/${fact.id}.yaml`;
    const mentioning = input.articles
      .filter((a) => a.blocks.some((b) => b.mentions.includes(fact.id)))
      .map((a) => a.id);
    const all = passagesOf([...mentioning, ...fact.data.accounts.map((a) => a.source)]);
    checkProse(file, fact.data, fact.data.notFromSources, (where) => {
      const account = /^accounts\[(\d+)\]/.exec(where);
      return { primary: account ? passagesOf([fact.data.accounts[Number(account[1])]?.source ?? '']) : all };
    });
    fact.data.accounts.forEach((account, i) => {
      const own = passagesOf([account.source]);
      account.wording.forEach((words, j) => check(file, `accounts[${i}].wording[${j}]`, words, own));
      if (account.date) check(file, `accounts[${i}].date.asWritten`, account.date.asWritten, own);
      account.numbers.forEach((number, j) =>
        check(file, `accounts[${i}].numbers[${j}].asWritten`, number.asWritten, own),
      );
      // A drafted account holds nothing but the source's words: its setting and actors are quotations too.
      if (account.review === 'drafted') {
        if (account.setting) check(file, `accounts[${i}].setting`, account.setting, own);
        account.actors.forEach((actor, j) => check(file, `accounts[${i}].actors[${j}]`, actor, own));
      }
    });
  }

  for (const cited of input.citedSources ?? []) {
    const citing = input.articles.filter((a) => a.data?.cites.includes(cited.id)).map((a) => a.id);
    checkProse(`content/cited-sources/${cited.id}.yaml`, cited.data, cited.data.notFromSources, () => ({
      primary: passagesOf([...cited.data.citedBy, ...citing]),
    }));
  }

  for (const framing of input.framing ?? []) {
    checkProse(`content/framing/${framing.id}.yaml`, framing.data, framing.data.notFromSources, (where) => {
      const passage = framing.data.passages[Number(/^passages\[(\d+)\]/.exec(where)?.[1])];
      return {
        primary: passage ? passagesAt([formatParagraphRef(framing.id, passage.paragraph)]) : [],
        fallback: passagesOf([framing.id]),
      };
    });
  }

  for (const correction of input.corrections ?? []) {
    // A correction quotes the pages it corrects: its articles, and the articles that mention its facts.
    const mentioning = input.articles
      .filter((a) => a.blocks.some((b) => b.mentions.some((id) => correction.data.facts.includes(id))))
      .map((a) => a.id);
    checkProse(`content/corrections/${correction.id}.yaml`, correction.data, correction.data.notFromSources, () => ({
      primary: passagesOf([...correction.data.articles, ...mentioning]),
      fallback: everything(),
    }));
  }

  for (const entry of input.analysis) {
    const file = `content/analysis/${entry.id}.mdx`;
    const cited = (refs: readonly string[]) => passagesOf(refs.map((ref) => parseParagraphRef(ref).articleId));
    checkProse(file, entry.data, entry.data.notFromSources, (where) => {
      const point = /^(keyPoints|people)\[(\d+)\]/.exec(where);
      const refs = point
        ? ((point[1] === 'keyPoints' ? entry.data.keyPoints : entry.data.people)[Number(point[2])]?.cites ?? [])
        : [];
      return refs.length > 0 ? { primary: passagesAt(refs), fallback: cited(refs) } : { primary: everything() };
    });
    const accepted = new Set(entry.data.notFromSources.map(normaliseForQuote));
    let line = 1;
    for (const paragraph of entry.body.split(/\n\s*\n/)) {
      const refs = [...paragraph.matchAll(/<Cite\s+to="([^"]*)"/g)].map((m) => m[1] ?? '');
      const prose = paragraph.replace(/<[^>]+>/g, ' ').replace(/^import .*$/gm, '');
      for (const quote of extractQuotations(prose)) {
        if (accepted.has(normaliseForQuote(quote.text))) continue;
        check(
          file,
          `body, paragraph at line ${line}`,
          quote.text,
          passagesAt(refs),
          refs.length > 0 ? cited(refs) : everything(),
        );
      }
      line += paragraph.split('\n').length + 1;
    }
  }
  return problems;
}

/** Every string in `data` whose field holds prose (not an id, rule or date), with its dotted path. */
function proseFields(data: unknown, path = ''): Array<{ where: string; text: string }> {
  if (typeof data === 'string') return path ? [{ where: path, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => proseFields(item, `${path}[${i}]`));
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    NOT_PROSE.has(key) ? [] : proseFields(value, path ? `${path}.${key}` : key),
  );
}
