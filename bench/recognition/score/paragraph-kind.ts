/**
 * The kind of a paragraph, so that figures say where recognition fails. Exactly one kind per
 * paragraph, the first of these that holds:
 *
 * - `lede`: the first paragraph of the article's body (list items and headings are not paragraphs);
 * - `quotation`: it opens with a quotation mark, or at least half its characters are inside quotation
 *   marks;
 * - `continuation`: it is labelled with a fact none of whose rule words (any word of any of the fact's
 *   `recognise.words` lists, compared as the rules compare them) is in it — only the article around it
 *   can tell a reader which fact it carries on;
 * - `background`: it is labelled, and every fact it is labelled with is context (`kind: context`) or
 *   ended more than 30 days before the article was published;
 * - `other`: everything else, including every unlabelled paragraph that is not a lede or a quotation.
 */
export const paragraphKinds = ['lede', 'quotation', 'continuation', 'background', 'other'] as const;
export type ParagraphKind = (typeof paragraphKinds)[number];

export interface KindFacts {
  kind: string;
  /** The fact's last day (its `date.end`, else `date.start`), YYYY-MM-DD or shorter; none for undated facts. */
  lastDay?: string;
}

export interface KindInput {
  text: string;
  isLede: boolean;
  labelled: ReadonlySet<string>;
  /** The article's publication date, YYYY-MM-DD, when known. */
  published?: string;
}

const OPENING_QUOTES = /^[\s(]*["“‘'「『«]/u;
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』|«[^»]*»/gu;
const BACKGROUND_DAYS = 30;

/** How much of a text is inside quotation marks, from 0 to 1. */
export function quotedShare(text: string): number {
  const length = text.trim().length;
  if (length === 0) return 0;
  let quoted = 0;
  for (const found of text.matchAll(QUOTED)) quoted += found[0].length;
  return quoted / length;
}

export function paragraphKind(
  paragraph: KindInput,
  facts: ReadonlyMap<string, KindFacts>,
  hasRuleWord: (factId: string, text: string) => boolean,
): ParagraphKind {
  if (paragraph.isLede) return 'lede';
  if (OPENING_QUOTES.test(paragraph.text) || quotedShare(paragraph.text) >= 0.5) return 'quotation';
  const labelled = [...paragraph.labelled];
  if (labelled.some((id) => !hasRuleWord(id, paragraph.text))) return 'continuation';
  if (labelled.length > 0 && labelled.every((id) => isBackground(facts.get(id), paragraph.published)))
    return 'background';
  return 'other';
}

function isBackground(fact: KindFacts | undefined, published: string | undefined): boolean {
  if (!fact) return false;
  if (fact.kind === 'context') return true;
  if (!fact.lastDay || !published) return false;
  const last = new Date(`${lastDayOf(fact.lastDay)}T00:00:00Z`).getTime();
  const day = new Date(`${published}T00:00:00Z`).getTime();
  return (day - last) / 86_400_000 > BACKGROUND_DAYS;
}

/** The last day a date of the form YYYY, YYYY-MM or YYYY-MM-DD stands for. */
function lastDayOf(date: string): string {
  if (/^\d{4}$/u.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/u.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return date;
}
