import * as chrono from 'chrono-node';
import type { WrittenBlock } from '../ids/block-ids';
import { isoDay } from '../formats/stated-day';

/** How precisely a found date is known. */
export type FoundPrecision = 'day' | 'week' | 'month' | 'year';

/** A date (or relative date) found in the article text. */
export interface FoundDate {
  /** Paragraph it was found in. */
  blockId: string;
  /** The words as written, e.g. "on Tuesday" or "January 26, 2026". */
  asWritten: string;
  /**
   * `stated`: the text gives the date in full. `inferred`: part of it (the year, or all of it for
   * "next month") comes from the publication date. `unresolved`: relative, and no publication date
   * is known to count from.
   */
  status: 'stated' | 'inferred' | 'unresolved';
  /** YYYY, YYYY-MM or YYYY-MM-DD (for a week: its first day); absent when unresolved. */
  value?: string;
  precision: FoundPrecision;
  /** For inferred dates: how the value was derived. */
  reason?: string;
  /** The sentence around the date: the event it dates. */
  sentence: string;
}

/**
 * Years standing alone ("since 2015", "the 1960 treaty"), which chrono's English parsers do not read.
 * The word before the year is part of the match because chrono drops results that are only digits,
 * and because "in 2015" is a date where "2015 troops" is not.
 */
const yearParser: chrono.Parser = {
  pattern: () =>
    /\b(?:(?:in|since|from|through|to|until|till|by|after|before|of|the|early|late|around|during)\s+|mid-)(1[89]\d{2}|20\d{2})(?![\d%]|,\d|\s*(?:km|kilometres|kilometers|miles|people|troops|soldiers|%))/iu,
  extract: (_context, match) => ({ year: Number(match[1]) }),
};

const parser = (() => {
  const custom = chrono.casual.clone();
  custom.parsers.push(yearParser);
  return custom;
})();

/**
 * Finds the dates in an article's paragraphs, including relative ones ("on Tuesday", "late last
 * year", "next month"), resolved against the publication date when it is known. Dates whose year
 * or day the text does not spell out are marked inferred, with the reference date in the reason.
 */
export function findDates(blocks: readonly WrittenBlock[], publication: string | undefined, language = 'en'): FoundDate[] {
  // Without a publication date, relative dates are left unresolved; the reference below then only
  // serves chrono's parsing and is never shown.
  const reference = { instant: new Date(`${publication ?? '2000-01-01'}T12:00:00Z`), timezone: 0 };
  const found: FoundDate[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.role === 'byline') continue;
    for (const result of parser.parse(block.text, reference, { forwardDate: false })) {
      const date = describe(result, withQualifier(block.text, result), publication, block.text.slice(0, result.index));
      if (!date) continue;
      found.push({ blockId: block.id, ...date, sentence: sentenceAt(block.text, result.index, language) });
    }
  }
  return found;
}

/**
 * The words as written, for the report: "late last year" reads better than chrono's "last year", and
 * "last November" than "November,". The qualifier says which part of the period is meant.
 */
function withQualifier(text: string, result: chrono.ParsedResult): string {
  const before = /\b(?:(?:late|early|mid|earlier|later)[\s-]+)?(?:(?:last|next|this|previous|past)\s+)?$/iu.exec(text.slice(0, result.index))?.[0] ?? '';
  return `${before}${result.text}`.replace(/[\s,;:.]+$/u, '');
}

/** Vague spans ("in the weeks ahead", "for days") that chrono reads as one unit from the reference. */
function isVague(text: string): boolean {
  return /\b(?:seconds|minutes|hours|days|weeks|months|years)\b/iu.test(text) && !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|few|several)\b/iu.test(text.replace(/\bthe\b/giu, ''));
}

function describe(
  result: chrono.ParsedResult,
  asWritten: string,
  publication: string | undefined,
  textBefore: string,
): Omit<FoundDate, 'blockId' | 'sentence'> | undefined {
  const start = result.start;
  const certain = (component: chrono.Component): boolean => start.isCertain(component);
  // "now" is the time of writing, not a date the text gives; vague spans date nothing either; and
  // "two weeks before" counts from another event (the one that follows), not from the publication.
  const text = result.text.trim();
  if (/^(?:right\s+)?now$/iu.test(text) || isVague(text) || /\b(?:before|after|earlier|later|prior)$/iu.test(text)) return undefined;
  // A time of day alone ("at 10:30") dates nothing.
  if (!certain('year') && !certain('month') && !certain('day') && !certain('weekday')) return undefined;

  const precision: FoundPrecision = /\bweek/iu.test(asWritten)
    ? 'week'
    : certain('day') || certain('weekday')
      ? 'day'
      : certain('month')
        ? 'month'
        : 'year';
  // The year is stated only when its digits are in the words; "this month" or "last year" are relative.
  const yearWritten = /\b(1[89]|20)\d{2}\b|['’]\d{2}\b/u.test(asWritten);
  const relative = !yearWritten || (precision !== 'year' && !certain('month') && !certain('day'));
  const full = direction(
    isoDay(start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1),
    { yearWritten, weekdayOnly: certain('weekday') && !certain('day'), asWritten, textBefore, publication },
  );
  const value = precision === 'year' ? full.slice(0, 4) : precision === 'month' ? full.slice(0, 7) : full;

  if (!relative) return { asWritten, status: 'stated', value, precision };
  if (!publication) return { asWritten, status: 'unresolved', precision };
  // "February 8" lacks only its year; "next month" or "on Tuesday" is counted from the reference.
  const partlyWritten = /\d/u.test(asWritten) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/iu.test(asWritten);
  const what = partlyWritten ? 'the year is not written; taken from' : 'counted from';
  return {
    asWritten,
    status: 'inferred',
    value,
    precision,
    reason: `“${asWritten}” — ${what} the publication date ${publication}`,
  };
}

/**
 * Chrono picks the nearest matching day or month, before or after the reference. News reports mostly
 * look back: "said on Friday" in a Wednesday paper is the Friday before. So a weekday is read as the
 * last one on or before the publication date unless the words look ahead ("next", "coming", "will"),
 * and a month named after "last" or "next" is moved to the year those words point to.
 */
function direction(
  day: string,
  context: { yearWritten: boolean; weekdayOnly: boolean; asWritten: string; textBefore: string; publication: string | undefined },
): string {
  if (context.yearWritten || !context.publication) return day;
  const ahead = /\b(?:next|coming)\b/iu.test(context.asWritten) || /\b(?:will|would|to be|is to|are to|scheduled|due|planned)\b[^.!?]{0,40}$/iu.test(context.textBefore);
  const date = new Date(`${day}T00:00:00Z`);
  const reference = new Date(`${context.publication}T00:00:00Z`);
  if (context.weekdayOnly) {
    if (!ahead && date > reference) date.setUTCDate(date.getUTCDate() - 7);
    if (ahead && date < reference) date.setUTCDate(date.getUTCDate() + 7);
  } else if (/^last\b/iu.test(context.asWritten) && date > reference) {
    date.setUTCFullYear(date.getUTCFullYear() - 1);
  } else if (/^next\b/iu.test(context.asWritten) && date < reference) {
    date.setUTCFullYear(date.getUTCFullYear() + 1);
  }
  return date.toISOString().slice(0, 10);
}

/** The sentence of a text that contains a position, trimmed to a readable length. */
function sentenceAt(text: string, index: number, language: string): string {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  for (const segment of segmenter.segment(text)) {
    if (index >= segment.index && index < segment.index + segment.segment.length) return shorten(segment.segment.trim());
  }
  return shorten(text.trim());
}

function shorten(sentence: string): string {
  return sentence.length <= 200 ? sentence : `${sentence.slice(0, 199).trimEnd()}…`;
}
