import type { CorrectionData } from '../../schemas/correction';
import type { ContentProblem } from '../../model/problems';
import type { Update } from './updates';

/** Sources added to the briefing on one day (from the articles' `added` dates). */
export interface AdditionEntry {
  kind: 'added';
  /** The day, YYYY-MM-DD. */
  date: string;
  /** Ids of the articles added that day, sorted. */
  articleIds: string[];
}

/** A correction, clarification or change an editor recorded in `content/corrections/`. */
export interface CorrectionEntry {
  kind: CorrectionData['kind'];
  date: string;
  /** The file's id, which is also the entry's fragment on the About page (`#change-<id>`). */
  id: string;
  summary: string;
  facts: string[];
  articles: string[];
}

export type LogEntry = AdditionEntry | CorrectionEntry;

/**
 * The briefing's history, newest first: each day sources were added, and every correction or change.
 * On the same day corrections come before additions, since a reader who saw the old text needs them most.
 */
export function changesLog(input: {
  /** The days sources were added (see `updatesFrom`). */
  updates: readonly Update[];
  corrections: ReadonlyArray<{ id: string; data: CorrectionData }>;
}): LogEntry[] {
  const additions: LogEntry[] = input.updates.map((update) => ({
    kind: 'added',
    date: update.date,
    articleIds: update.articleIds,
  }));
  const corrections: LogEntry[] = input.corrections.map(({ id, data }) => ({
    kind: data.kind,
    date: data.date,
    id,
    summary: data.summary,
    facts: data.facts,
    articles: data.articles,
  }));
  const rank = (entry: LogEntry) => (entry.kind === 'added' ? 1 : 0);
  return [...corrections, ...additions].sort(
    (a, b) =>
      b.date.localeCompare(a.date) || rank(a) - rank(b) || ('id' in a && 'id' in b ? a.id.localeCompare(b.id) : 0),
  );
}

/** The fragment of a log entry on the About page. */
export function logEntryId(entry: LogEntry): string {
  return entry.kind === 'added' ? `added-${entry.date}` : `change-${entry.id}`;
}

/** Corrections that name a fact or article the briefing does not have: each a problem for the content check. */
export function correctionProblems(
  corrections: ReadonlyArray<{ id: string; data: Pick<CorrectionData, 'facts' | 'articles'> }>,
  known: { factIds: ReadonlySet<string>; articleIds: ReadonlySet<string> },
): ContentProblem[] {
  const list = (ids: ReadonlySet<string>) => [...ids].sort().join(', ') || '(none yet)';
  return corrections.flatMap(({ id, data }) => [
    ...data.facts.flatMap((factId, i) =>
      known.factIds.has(factId)
        ? []
        : [
            {
              file: `content/corrections/${id}.yaml`,
              where: `facts[${i}]`,
              value: factId,
              problem: `unknown fact "${factId}"`,
              fix: `use the id of a file in content/facts/: ${list(known.factIds)}`,
            },
          ],
    ),
    ...data.articles.flatMap((articleId, i) =>
      known.articleIds.has(articleId)
        ? []
        : [
            {
              file: `content/corrections/${id}.yaml`,
              where: `articles[${i}]`,
              value: articleId,
              problem: `unknown article "${articleId}"`,
              fix: `use the id of a file in content/articles/: ${list(known.articleIds)}`,
            },
          ],
    ),
  ]);
}
