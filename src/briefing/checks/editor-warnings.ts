import type { AnalysisData } from '../../schemas/analysis';
import type { ArticleInput, FactInput } from '../views/graph';
import type { ContentProblem } from '../../model/problems';
import { handCountedSources, sourcesConcerning, staleness } from '../views/staleness';
import { storyOf, type Story } from '../views/wire-stories';

/** A fact linked in more than this share of all passages, with at least MIN_LOOSE passages, is linked too loosely. */
const LOOSE_SHARE = 0.5;
const MIN_LOOSE = 10;
/** A fact whose passages per source in the latest update are this many times those before, and at least MIN_JUMP more, jumped. */
const JUMP_FACTOR = 3;
const MIN_JUMP = 6;

/** What the warnings read: the articles as rendered, the facts with their accounts (drafted ones included), the analysis. */
export interface WarningInput {
  articles: readonly ArticleInput[];
  facts: readonly FactInput[];
  stories: readonly Story[];
  analysis: ReadonlyArray<{ id: string; file: string; data: AnalysisData; body?: string }>;
  /** Sources that only their ids tell apart (same publisher, headline and date). */
  alikeLabels: readonly string[][];
  /** Draft facts in `content/drafts/`, waiting for an editor. */
  draftFacts: ReadonlyArray<{ id: string }>;
}

const factFile = (id: string) => `content/facts/${id}.yaml`;
const articleFile = (id: string) => `content/articles/${id}.md`;

/**
 * What an editor should look at after sources are added, none of which stops the build: sources whose
 * accounts are missing or not yet reviewed, articles that link no fact, facts no source mentions, a
 * rule that links an unusually large share of the passages or whose links jumped in the latest
 * update, sources that only their ids tell apart, hand-written analysis and summaries written before
 * sources that concern them were added, and draft facts waiting for review.
 */
export function editorWarnings(input: WarningInput): ContentProblem[] {
  return [
    ...accountWarnings(input),
    ...unlinkedArticles(input.articles),
    ...sourcelessFacts(input.facts, input.articles),
    ...ruleWarnings(input.facts, input.articles),
    ...input.alikeLabels.map((ids) => ({
      kind: 'sources with the same label',
      file: articleFile(ids[0] ?? ''),
      where: 'publisher, title, published',
      value: ids.join(', '),
      problem: `these sources have the same publisher, headline and date, so readers can tell them apart only by their ids`,
      fix: 'if one is a second import of the other, delete it; otherwise correct the headline or date of the one that differs',
    })),
    ...stalenessWarnings(input),
    ...input.draftFacts.map((draft) => ({
      kind: 'draft facts awaiting review',
      file: `content/drafts/${draft.id}.yaml`,
      where: 'file',
      problem: 'a fact drafted from a source’s dated event; it is not published until an editor accepts it',
      fix: 'run npm run review to accept, edit or reject it',
    })),
  ];
}

/** Per source: the facts it mentions with no account from it, and the accounts that are drafts. */
function accountWarnings({ articles, facts, stories }: WarningInput): ContentProblem[] {
  const story = storyOf(stories);
  const warnings: ContentProblem[] = [];
  for (const article of articles) {
    const lead = story.get(article.id)?.lead;
    const mentioned = facts.filter((fact) => article.blocks.some((block) => block.mentions.includes(fact.id)));
    const drafted = mentioned.filter((fact) =>
      fact.data.accounts.some((a) => a.source === article.id && a.review === 'drafted'),
    );
    const missing = mentioned.filter(
      (fact) =>
        !fact.data.accounts.some((a) => a.source === article.id) &&
        !fact.data.noAccountFrom.includes(article.id) &&
        !(lead !== article.id && fact.data.accounts.some((a) => a.source === lead)),
    );
    if (drafted.length > 0) {
      warnings.push({
        kind: 'sources with accounts not yet reviewed',
        file: articleFile(article.id),
        where: 'accounts',
        value: drafted.map((fact) => fact.id).join(', '),
        problem: `${drafted.length} account${drafted.length === 1 ? ' of this source is' : 's of this source are'} drafted from the text, not yet reviewed (the pages say so)`,
        fix: 'run npm run review to accept, edit or reject them',
      });
    }
    if (missing.length > 0) {
      warnings.push({
        kind: 'sources with accounts missing',
        file: articleFile(article.id),
        where: 'accounts',
        value: missing.map((fact) => fact.id).join(', '),
        problem: `the source mentions ${missing.length === 1 ? 'this fact' : 'these facts'} but gives nothing a draft could compare (no date, setting, actor, word or number in the linked passages)`,
        fix: `write the account in the fact file, or add ${article.id} to its noAccountFrom if the source gives none`,
      });
    }
  }
  return warnings;
}

function unlinkedArticles(articles: readonly ArticleInput[]): ContentProblem[] {
  return articles
    .filter((article) => !article.blocks.some((block) => block.mentions.length > 0))
    .map((article) => ({
      kind: 'articles that link no fact',
      file: articleFile(article.id),
      where: 'body',
      problem:
        'no fact’s rules find this article, so it appears on no fact page, in no comparison and on no timeline entry',
      fix: 'npm run add-source listed the dates and events it gives: accept its draft facts (npm run review), widen a fact’s rules (docs/recognition.md), or mark a passage with :fact[…]{#fact-id}',
    }));
}

function sourcelessFacts(facts: readonly FactInput[], articles: readonly ArticleInput[]): ContentProblem[] {
  return facts
    .filter((fact) => !articles.some((article) => article.blocks.some((block) => block.mentions.includes(fact.id))))
    .map((fact) => ({
      kind: 'facts with no source',
      file: factFile(fact.id),
      where: 'recognise',
      problem: `no passage of any source mentions this fact${fact.data.date ? ', yet it is on the public timeline' : ''}: its rules match nothing`,
      fix:
        'widen its rules (npm run add-source prints what each source matches; docs/recognition.md), mark a passage with :fact[…]{#' +
        fact.id +
        '}, or remove the fact',
    }));
}

/** Rules that link too much: a large share of all passages, or a jump in the latest update. */
function ruleWarnings(facts: readonly FactInput[], articles: readonly ArticleInput[]): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const passages = articles.reduce(
    (sum, article) => sum + article.blocks.filter((b) => b.kind !== 'heading').length,
    0,
  );
  const latest = articles.reduce((day, article) => (article.data.added > day ? article.data.added : day), '');
  const before = articles.filter((article) => article.data.added < latest);
  const newest = articles.filter((article) => article.data.added === latest);
  for (const fact of facts) {
    const count = (list: readonly ArticleInput[]) =>
      list.reduce((sum, article) => sum + article.blocks.filter((b) => b.mentions.includes(fact.id)).length, 0);
    const all = count(articles);
    if (passages > 0 && all >= MIN_LOOSE && all / passages > LOOSE_SHARE) {
      warnings.push({
        kind: 'rules that link a large share of passages',
        file: factFile(fact.id),
        where: 'recognise',
        value: `${all} of ${passages} passages`,
        problem:
          'the rules link this fact in more than half of all the passages of the briefing: they are probably too loose',
        fix: 'read the passages on its fact page; narrow the word lists that caused the wrong links (a longer phrase, a second list joined by +, or a not word)',
      });
    }
    if (before.length === 0 || newest.length === 0) continue;
    const earlier = count(before) / before.length;
    const now = count(newest);
    if (now >= MIN_JUMP && now / newest.length >= JUMP_FACTOR * Math.max(earlier, 1 / before.length)) {
      warnings.push({
        kind: 'rules whose matches jumped',
        file: factFile(fact.id),
        where: 'recognise',
        value: `${now} passages in the ${newest.length} source${newest.length === 1 ? '' : 's'} added ${latest}, ${earlier.toFixed(1)} a source before`,
        problem:
          'the rules link this fact far more often in the latest sources than before: check that the new links are right',
        fix: 'npm run review lists the new links as doubtful: keep or remove each, or narrow the rules',
      });
    }
  }
  return warnings;
}

/** The analysis and fact summaries written before sources that concern them were added. */
function stalenessWarnings({ articles, facts, analysis }: WarningInput): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const all = articles.map((article) => article.id);
  for (const entry of analysis) {
    const stale = staleness(entry.data.writtenFrom, all);
    if (!stale) {
      warnings.push({
        kind: 'analysis that does not record its sources',
        file: entry.file,
        where: 'writtenFrom',
        problem: 'the analysis does not record the sources it was written from, so no one can see when it falls behind',
        fix: `list them under writtenFrom, e.g. writtenFrom: [${all.slice(0, 2).join(', ')}]`,
      });
    } else if (stale.addedSince.length > 0) {
      warnings.push({
        kind: 'analysis written before sources were added',
        file: entry.file,
        where: 'writtenFrom',
        value: stale.addedSince.join(', '),
        problem: `written from ${stale.writtenFrom.length} of ${stale.total} sources; the page says so until it is revised`,
        fix: 'read the sources added since, revise the analysis (counts written as <SourceCount /> follow by themselves) and add them to writtenFrom',
      });
      const counted = handCountedSources(
        [entry.data.dek, ...entry.data.keyPoints.map((point) => point.text), entry.body ?? ''].join('\n'),
      );
      if (counted.length > 0) {
        warnings.push({
          kind: 'analysis that counts sources in its own words',
          file: entry.file,
          where: 'dek, keyPoints and text',
          value: counted.join(', '),
          problem: `the analysis counts sources by hand, and ${stale.addedSince.length} have been added since it was written`,
          fix: 'write the count in the text as <SourceCount />, or revise the words when you revise the analysis',
        });
      }
    }
  }
  for (const fact of facts) {
    const stale = staleness(fact.data.summaryFrom, sourcesConcerning(fact, articles));
    if (stale && stale.addedSince.length > 0) {
      warnings.push({
        kind: 'fact summaries written before sources were added',
        file: factFile(fact.id),
        where: 'summaryFrom',
        value: stale.addedSince.join(', '),
        problem: `the summary was written from ${stale.writtenFrom.length} of the ${stale.total} sources that mention the fact; the fact page says so until it is revised`,
        fix: 'read the new sources’ passages, revise the title and summary, and add them to summaryFrom',
      });
    }
  }
  return warnings;
}
