import { paragraphKinds, type ParagraphKind } from './paragraph-kind';

/** One scored paragraph: the facts its label gives it and the facts the briefing linked from it. */
export interface ScoredParagraph {
  /** `<article>#<block>`. */
  ref: string;
  kind: ParagraphKind;
  gold: ReadonlySet<string>;
  found: ReadonlySet<string>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  paragraphs: number;
  overall: Counts;
  perFact: Map<string, Counts>;
  perKind: Map<ParagraphKind, Counts & { paragraphs: number }>;
}

/**
 * Counts at the paragraph level, one decision per paragraph and fact: a true positive when both the
 * label and the briefing give the fact, a false positive when only the briefing does, a false negative
 * when only the label does. Facts never labelled and never found do not appear in `perFact`.
 */
export function score(paragraphs: readonly ScoredParagraph[]): Scores {
  const overall = { tp: 0, fp: 0, fn: 0 };
  const perFact = new Map<string, Counts>();
  const perKind = new Map(paragraphKinds.map((kind) => [kind, { tp: 0, fp: 0, fn: 0, paragraphs: 0 }]));
  for (const paragraph of paragraphs) {
    const byKind = perKind.get(paragraph.kind);
    if (byKind) byKind.paragraphs++;
    for (const fact of new Set([...paragraph.gold, ...paragraph.found])) {
      const field = paragraph.gold.has(fact) ? (paragraph.found.has(fact) ? 'tp' : 'fn') : 'fp';
      const forFact = perFact.get(fact) ?? { tp: 0, fp: 0, fn: 0 };
      perFact.set(fact, forFact);
      for (const counts of [overall, forFact, byKind]) if (counts) counts[field]++;
    }
  }
  return {
    paragraphs: paragraphs.length,
    overall,
    perFact: new Map([...perFact].sort(([a], [b]) => a.localeCompare(b))),
    perKind,
  };
}

/** Precision, recall and F1; undefined where there is nothing to divide. */
export function rates(counts: Counts): { precision?: number; recall?: number; f1?: number } {
  const precision = counts.tp + counts.fp === 0 ? undefined : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? undefined : counts.tp / (counts.tp + counts.fn);
  const f1 =
    precision === undefined || recall === undefined || precision + recall === 0
      ? undefined
      : (2 * precision * recall) / (precision + recall);
  return {
    ...(precision === undefined ? {} : { precision }),
    ...(recall === undefined ? {} : { recall }),
    ...(f1 === undefined ? {} : { f1 }),
  };
}
