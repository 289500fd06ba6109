import type { FactData } from '../../schemas/fact';

/** What the import report needs to know of a fact besides its recognition rules. */
export interface FactSummary {
  id: string;
  title: string;
  /** When the fact happened (YYYY, YYYY-MM or YYYY-MM-DD), if it is dated. */
  date?: { start: string; end?: string };
}

/** The title and date of each fact, from the facts as the loader read them (`readFacts`). */
export function factSummaries(facts: ReadonlyArray<{ id: string; data: FactData }>): FactSummary[] {
  return facts.map(({ id, data }) =>
    data.date ? { id, title: data.title, date: data.date } : { id, title: data.title },
  );
}
