import type { AnalysisData } from '../../schemas/analysis';

/** References from the briefing's own analysis into the sources. */
export interface AnalysisInput {
  id: string;
  /** Field path → paragraph reference (`article#block`). */
  cites: Array<{ where: string; ref: string }>;
  /** Field path → fact id. */
  facts: Array<{ where: string; factId: string }>;
  /** Field path → article id (the sources it was written from). */
  sources?: Array<{ where: string; articleId: string }>;
  /** Ids of key points or people given more than once. */
  duplicateIds?: string[];
}

/** Paragraph references and fact ids used by an analysis file. */
export function analysisReferencesOf(id: string, data: AnalysisData, body: string): AnalysisInput {
  const cites: AnalysisInput['cites'] = [];
  data.keyPoints.forEach((point, i) =>
    point.cites.forEach((ref, j) => cites.push({ where: `keyPoints[${i}].cites[${j}]`, ref })),
  );
  data.people.forEach((person, i) =>
    person.cites.forEach((ref, j) => cites.push({ where: `people[${i}].cites[${j}]`, ref })),
  );
  for (const found of body.matchAll(/<Cite\s+to="([^"]*)"/g)) {
    const line = body.slice(0, found.index).split('\n').length;
    cites.push({ where: `body line ${line} (<Cite to>)`, ref: found[1] ?? '' });
  }
  const ids = [...data.keyPoints.map((p) => p.id), ...data.people.map((p) => p.id)];
  const facts = data.keyDates.map((factId, i) => ({ where: `keyDates[${i}]`, factId }));
  const duplicated = ids.filter((value, i) => ids.indexOf(value) !== i);
  const sources = (data.writtenFrom ?? []).map((articleId, i) => ({ where: `writtenFrom[${i}]`, articleId }));
  return { id, cites, facts, sources, duplicateIds: duplicated };
}
