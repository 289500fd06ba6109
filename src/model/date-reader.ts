import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import { isoDay, isRealDay, shiftDays, spanOf, type DatePrecision, type DaySpan } from './dates';
import { halfWidth } from './half-width';

/*
 * The one reader of dates written in text, on chrono. Recognition, drafting and the import report ask it
 * for every date a paragraph gives (`datesInText`); the importers ask it for the day a date line or a
 * metadata field states in full (`statedDay`, `isDateLine`).
 */

/** A date (or relative date) written in a text. */
export interface TextDate {
  /** Where it is written (offsets in the text, end exclusive). */
  index: number;
  end: number;
  /** The words as written, e.g. "on Tuesday", "late last year" or "1月26日". */
  asWritten: string;
  /**
   * `stated`: the text gives the date in full. `inferred`: part of it (the year, or all of it for
   * "next month") comes from the publication date. `unresolved`: relative, and no publication date
   * is known to count from.
   */
  status: 'stated' | 'inferred' | 'unresolved';
  /** YYYY, YYYY-MM or YYYY-MM-DD (for a week: its first day); absent when unresolved. */
  value?: string;
  precision: DatePrecision;
  /** For inferred dates: how the value was derived. */
  reason?: string;
  /**
   * Every stretch of time the words could mean: one, or two for a weekday alone ("on Monday" in a
   * Wednesday paper is most likely two days before, but could be five days ahead). Empty when unresolved.
   */
  couldBe: DaySpan[];
  /**
   * Written as how long something lasts or a limit it keeps to ("until the end of March", "through
   * February", "before 2030", "3月31日まで"): the day it stops, not the day it happened.
   */
  until?: true;
}

/** What a text's dates are read against. */
export interface DateContext {
  /** The article's publication date (YYYY-MM-DD), when known: relative dates count from it. */
  published?: string;
  /** BCP 47 language of the text; Japanese is read with chrono's Japanese parser. */
  language?: string;
}

/**
 * Years standing alone ("since 2015", "the 1960 treaty"), which chrono's English parsers do not read.
 * The word before the year is part of the match because chrono drops results that are only digits,
 * and because "in 2015" is a date where "2015 troops" is not.
 */
const englishYear: chrono.Parser = {
  pattern: () =>
    /\b(?:(?:in|since|from|through|to|until|till|by|after|before|of|the|early|late|around|during)\s+|mid-)(1[89]\d{2}|20\d{2})(?![\d%]|,\d|\s*(?:km|kilometres|kilometers|miles|people|troops|soldiers|%))/iu,
  extract: (_context, match) => ({ year: Number(match[1]) }),
};

/** Relative years in Japanese: 昨年/去年 (last year), 今年/本年 (this year), 来年 (next year). */
const JAPANESE_RELATIVE_YEAR: Record<string, number> = {
  昨年: -1,
  去年: -1,
  前年: -1,
  今年: 0,
  本年: 0,
  来年: 1,
  翌年: 1,
};

/**
 * Japanese dates chrono.ja leaves out: a year alone (2005年), a year and month (2024年10月), relative
 * years with or without a month (昨年11月, 昨年), and a day of the month alone (26日), which news
 * writes for days of the current month.
 */
const japaneseParsers: chrono.Parser[] = [
  {
    pattern: () => /(昨年|去年|前年|今年|本年|来年|翌年)(?:(\d{1,2})月)?(?!\d)/u,
    extract: (context, match) => {
      const year = context.reference.instant.getUTCFullYear() + (JAPANESE_RELATIVE_YEAR[match[1] ?? ''] ?? 0);
      const components = context.createParsingComponents();
      components.imply('year', year);
      if (match[2]) components.assign('month', Number(match[2]));
      components.imply('day', 1);
      return components;
    },
  },
  {
    pattern: () => /(?<![\d年月])((?:1[89]|20)\d{2})年(?:(\d{1,2})月)?(?!\d{0,2}日|\d)/u,
    extract: (context, match) => {
      const components = context.createParsingComponents({ year: Number(match[1]) });
      if (match[2]) components.assign('month', Number(match[2]));
      else components.imply('month', 1);
      components.imply('day', 1);
      return components;
    },
  },
  {
    pattern: () => /(?<![\d月年])([1-9]|[12]\d|3[01])日(?![間後前以])/u,
    extract: (context, match) => {
      const reference = context.reference.instant;
      const components = context.createParsingComponents({ day: Number(match[1]) });
      components.imply('month', reference.getUTCMonth() + 1);
      components.imply('year', reference.getUTCFullYear());
      return components;
    },
  },
];

/**
 * chrono and the two parsers made from it, loaded on the first date read: a build whose drafts and
 * recognition all come from the caches never reads a date, and chrono's 266 modules cost a quarter of
 * a second to load.
 */
let parsers: { strict: chrono.Chrono; english: chrono.Chrono; japanese: chrono.Chrono } | undefined;

function chronoParsers(): NonNullable<typeof parsers> {
  if (parsers) return parsers;
  const library = createRequire(import.meta.url)('chrono-node') as typeof chrono;
  const english = library.casual.clone();
  english.parsers.push(englishYear);
  const japanese = library.ja.casual.clone();
  japanese.parsers.push(...japaneseParsers);
  parsers = { strict: library.strict, english, japanese };
  return parsers;
}

/**
 * Finds the dates written in a text, including relative ones ("on Tuesday", "late last year", "next
 * month", "26日", "昨年11月"), resolved against the publication date when it is known. Dates whose
 * year or day the text does not spell out are marked inferred, with the reference date in the reason.
 */
export function datesInText(text: string, context: DateContext = {}): TextDate[] {
  // The article reader asks again for the paragraph recognition has just read: the last answer is kept.
  if (last && last.text === text && last.published === context.published && last.language === context.language)
    return last.dates;
  const dates = readDates(text, context);
  last = { text, published: context.published, language: context.language, dates };
  return dates;
}

let last: { text: string; published: string | undefined; language: string | undefined; dates: TextDate[] } | undefined;

/**
 * How a text is read. `casual` finds everything a reader would take for a date, relative ones too
 * ("on Tuesday", "yesterday", "next month"), in English or Japanese. `strict` is chrono's strict English
 * reading, for fields and date lines that should hold a date written out: no casual words, no weekday alone.
 */
type Reading = 'casual' | 'strict';

/** A date chrono finds in a text, with where its words start in the text as given. */
interface Found {
  index: number;
  /** Where the sentence (or piece of one) holding the date starts. */
  sentenceStart: number;
  result: chrono.ParsedResult;
}

/** Every date chrono finds in a text, in order. */
function find(
  text: string,
  context: DateContext,
  reading: Reading,
): { japanese: boolean; readable: string; found: Found[] } {
  const japanese =
    reading === 'casual' &&
    (context.language?.startsWith('ja') || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text));
  // Without a publication date, relative dates are left unresolved; the reference below then only
  // serves chrono's parsing and is never shown.
  const reference = { instant: new Date(`${context.published ?? '2000-01-01'}T12:00:00Z`), timezone: 0 };
  const readable = japanese ? halfWidth(text) : text;
  const chronoParser = chronoParsers();
  const parser = reading === 'strict' ? chronoParser.strict : japanese ? chronoParser.japanese : chronoParser.english;
  const found: Found[] = [];
  // chrono's time grows faster than the text, so it reads one sentence (or piece of one) at a time:
  // no date runs across a sentence, and a paragraph of any length is read in time linear in it.
  for (const piece of pieces(readable, japanese ? 'ja' : 'en')) {
    for (const result of parser.parse(piece.text, reference, { forwardDate: false }))
      found.push({ index: piece.start + result.index, sentenceStart: piece.start, result });
  }
  return { japanese, readable, found };
}

function readDates(text: string, context: DateContext): TextDate[] {
  const { japanese, readable, found: results } = find(text, context, 'casual');
  const published = context.published;
  const found: TextDate[] = [];
  for (const { index, sentenceStart, result } of results) {
    const asWritten = japanese
      ? text.slice(index, index + result.text.length)
      : withQualifier(text, { index, text: result.text });
    const date = describe(result, asWritten, published, readable.slice(Math.max(0, index - 120), index), japanese);
    /** A date read from another one (the day just named, the publication's week), with why. */
    const inferred = (value: string, precision: 'day' | 'week', reason: string, couldBe = [spanOf(value, precision)]) =>
      found.push({
        index,
        end: index + result.text.length,
        asWritten,
        status: 'inferred',
        value,
        precision,
        reason,
        couldBe,
      });
    // "a day earlier", "two days before": counted back from the day the same sentence has just named
    // ("China on Tuesday criticised remarks she made a day earlier" — the Monday), not from the publication.
    const daysBack = DAYS_BEFORE_NAMED.exec(asWritten.trim());
    if (daysBack) {
      const before = found.at(-1);
      const count = daysBack[1] ? (NUMBER_WORDS[daysBack[1].toLowerCase()] ?? Number(daysBack[1])) : 1;
      if (before?.value && before.precision === 'day' && before.index >= sentenceStart && count > 0) {
        const value = shiftDays(before.value, -count);
        inferred(value, 'day', `“${asWritten}” — counted back from “${before.asWritten}”, named just before it`);
      }
      continue;
    }
    // "earlier in the week", "later in the week": the week of the publication (chrono reads "in the
    // week" as the week ahead).
    if (published && IN_THE_WEEK.test(asWritten)) {
      inferred(weekOf(published), 'week', `“${asWritten}” — the week of the publication date ${published}`);
      continue;
    }
    if (!date) continue;
    // "later in the day", "later that day": the day of the date just named, not the one after the publication.
    if (SAME_DAY_AS_BEFORE.test(asWritten)) {
      const before = found.at(-1);
      if (before?.value && before.precision === 'day')
        inferred(
          before.value,
          'day',
          `“${asWritten}” — the day of “${before.asWritten}”, named just before it`,
          before.couldBe.slice(0, 1),
        );
      continue;
    }
    const until =
      UNTIL_BEFORE.test(readable.slice(Math.max(0, index - 24), index)) ||
      /^(?:until|till|through|before)\s/iu.test(result.text) ||
      (japanese && /^(?:末)?まで/u.test(readable.slice(index + result.text.length)));
    found.push({ index, end: index + result.text.length, ...date, ...(until ? { until: true as const } : {}) });
  }
  return found;
}

/**
 * The day a text states in full ("Jan 27, 2026", "27 January 2026", "2026-01-27"), or undefined when
 * it names no complete date: a date whose year or day would have to be guessed is not stated, nor is
 * one counted from the day of reading ("3 days ago").
 */
export function statedDay(text: string): string | undefined {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/u.exec(text)?.[1];
  if (iso) return isRealDay(iso) ? iso : undefined;
  for (const { result } of find(text, {}, 'strict').found) {
    const value = dayStated(result);
    if (value && isRealDay(value)) return value;
  }
  return undefined;
}

/**
 * YYYY-MM-DD when chrono read the year, the month and the day in the words themselves, not counted
 * from the reference date (chrono tags what it counts: "3 days ago", "within 2 days", "today").
 */
function dayStated(result: chrono.ParsedResult): string | undefined {
  const start = result.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  if ([...start.tags()].some((tag) => tag.startsWith('result/relativeDate') || tag.startsWith('casualReference/')))
    return undefined;
  return isoDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

/** A date line is short: a date, perhaps a time and zone, and a word such as "Published" or "Updated". */
const MAX_DATE_LINE_LENGTH = 80;
const MAX_OTHER_WORDS = 3;

/**
 * Whether a line only dates the article ("Jan. 29, 2026 18:30 JST", "Updated 28 January 2026"): a
 * complete stated day and at most a few other words. Such a line under a headline is the article's
 * date line, not an event it reports.
 */
export function isDateLine(text: string): boolean {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length > MAX_DATE_LINE_LENGTH || statedDay(line) === undefined) return false;
  const rest = find(line, {}, 'strict').found.reduce((left, { result }) => left.replace(result.text, ' '), line);
  return (rest.match(/\p{L}+/gu) ?? []).length <= MAX_OTHER_WORDS;
}

/** Days counted back from the day just named: "a day earlier", "two days before", "the day before". */
const DAYS_BEFORE_NAMED =
  /^(?:(?:a|an|one|(two|three|four|five|six|\d{1,2}))\s+days?|the\s+day)\s+(?:earlier|before)$/iu;
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "earlier in the week", "later in the week" (chrono reads "in the week" alone as the week ahead). */
const IN_THE_WEEK = /^(?:earlier|later)\s+in\s+the\s+week$/iu;

/** The first day (a Sunday, as chrono counts weeks) of the week a day falls in. */
function weekOf(day: string): string {
  return shiftDays(day, -new Date(`${day}T00:00:00Z`).getUTCDay());
}

/** Words before a date that make it the end of a span: "until the end of March", "through February". */
const UNTIL_BEFORE = /\b(?:until|till|through|into|before)\s+(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+)?$/iu;

/** Words that put an event later on the day just named, never on another day. */
const SAME_DAY_AS_BEFORE = /^(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day$/iu;

/** Longest stretch chrono reads at once; a longer sentence is cut at a space (or, without one, anywhere). */
const MAX_PIECE = 1_000;

/** A month written short with a full stop ("Jan.", "Sept."): the sentence reader takes its dot for a sentence's end. */
const MONTH_ABBREVIATION_ENDS = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*$/iu;

/**
 * The sentences of a text, with their offsets: a sentence cut after "Jan." before the day's digits
 * ("Jan. 29, 2026") is joined again, so that the date is read whole.
 */
function sentences(text: string, locale: string): Array<{ index: number; segment: string }> {
  const found: Array<{ index: number; segment: string }> = [];
  for (const { index, segment } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    const before = found.at(-1);
    if (before && MONTH_ABBREVIATION_ENDS.test(before.segment) && /^\d/u.test(segment)) before.segment += segment;
    else found.push({ index, segment });
  }
  return found;
}

/** The sentences of a text, cut into pieces of at most MAX_PIECE characters, with their offsets. */
function pieces(text: string, locale: string): Array<{ start: number; text: string }> {
  const found: Array<{ start: number; text: string }> = [];
  for (const { index, segment } of sentences(text, locale)) {
    let start = 0;
    while (segment.length - start > MAX_PIECE) {
      const space = segment.lastIndexOf(' ', start + MAX_PIECE);
      const end = space > start + MAX_PIECE / 2 ? space : start + MAX_PIECE;
      found.push({ start: index + start, text: segment.slice(start, end) });
      start = end;
    }
    found.push({ start: index + start, text: segment.slice(start) });
  }
  return found;
}

/**
 * The words as written, for the report: "late last year" reads better than chrono's "last year", and
 * "last November" than "November,". The qualifier says which part of the period is meant.
 */
function withQualifier(text: string, result: { index: number; text: string }): string {
  // Only the words just before matter; reading the whole text before each date would be quadratic.
  const before =
    /(?:^|\s)(?:(?:late|early|mid|earlier|later)[\s-]+)?(?:(?:last|next|this|previous|past)\s+)?$/iu
      .exec(text.slice(Math.max(0, result.index - 40), result.index))?.[0]
      ?.replace(/^\s/u, '') ?? '';
  return `${before}${result.text}`.replace(/[\s,;:.]+$/u, '');
}

/** Vague spans ("in the weeks ahead", "for days") that chrono reads as one unit from the reference. */
function isVague(text: string): boolean {
  return (
    /\b(?:seconds|minutes|hours|days|weeks|months|years)\b/iu.test(text) &&
    !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|few|several)\b/iu.test(
      text.replace(/\bthe\b/giu, ''),
    )
  );
}

function describe(
  result: chrono.ParsedResult,
  asWritten: string,
  published: string | undefined,
  textBefore: string,
  japanese: boolean,
): Omit<TextDate, 'index' | 'end'> | undefined {
  const start = result.start;
  const certain = (component: chrono.Component): boolean => start.isCertain(component);
  // "now" is the time of writing, not a date the text gives; vague spans date nothing either; and
  // "two weeks before" counts from another event (the one that follows), not from the publication.
  const text = result.text.trim();
  if (
    /^(?:right\s+)?now$/iu.test(text) ||
    /^(?:今|現在)$/u.test(text) ||
    isVague(text) ||
    /\b(?:before|after|earlier|later|prior)$/iu.test(text)
  )
    return undefined;
  // A time of day alone ("at 10:30") dates nothing.
  if (!certain('year') && !certain('month') && !certain('day') && !certain('weekday')) {
    // …but a relative year the Japanese parser implies ("昨年") does.
    if (!(japanese && /^(?:昨年|去年|前年|今年|本年|来年|翌年)$/u.test(text))) return undefined;
  }

  const precision: DatePrecision = /\bweek|週/iu.test(asWritten)
    ? 'week'
    : certain('day') || certain('weekday')
      ? 'day'
      : certain('month')
        ? 'month'
        : 'year';
  // The year is stated only when its digits are in the words; "this month" or "last year" are relative.
  const yearWritten = /\b(1[89]|20)\d{2}\b|['’]\d{2}\b|(?:1[89]|20)\d{2}年/u.test(halfWidth(asWritten));
  const relative = !yearWritten || (precision !== 'year' && !certain('month') && !certain('day'));
  const full = direction(isoDay(start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1), {
    yearWritten,
    weekdayOnly: certain('weekday') && !certain('day'),
    asWritten,
    textBefore,
    published,
  });
  const value = precision === 'year' ? full.slice(0, 4) : precision === 'month' ? full.slice(0, 7) : full;
  const weekdayOnly = certain('weekday') && !certain('day');
  const couldBe = [spanOf(value, precision)];
  if (weekdayOnly && published) couldBe.push(spanOf(shiftDays(value, value <= published ? 7 : -7), 'day'));

  if (!relative) return { asWritten, status: 'stated', value, precision, couldBe };
  if (!published) return { asWritten, status: 'unresolved', precision, couldBe: [] };
  // "February 8" lacks only its year; "next month" or "on Tuesday" is counted from the reference.
  const partlyWritten =
    /\d/u.test(asWritten) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/iu.test(asWritten);
  const what = partlyWritten ? 'the year is not written; taken from' : 'counted from';
  return {
    asWritten,
    status: 'inferred',
    value,
    precision,
    reason: `“${asWritten}” — ${what} the publication date ${published}`,
    couldBe,
  };
}

/**
 * A future verb earlier in the date's clause ("would brief ambassadors from 40 countries on Friday"):
 * however far before, but not across a clause ("talks will resume next week, he said on Monday").
 */
const FUTURE_IN_CLAUSE =
  /\b(?:will|would|shall|to be|is to|are to|plans? to|set to|scheduled|due|planned|expected to|going to)\b[^.!?,;:—–]*$/iu;

/**
 * Chrono picks the nearest matching day or month, before or after the reference. News reports mostly
 * look back: "said on Friday" in a Wednesday paper is the Friday before. So a weekday is read as the
 * last one on or before the publication date unless the words look ahead ("next", "coming", a future verb in its clause),
 * and a month named after "last" or "next" is moved to the year those words point to.
 */
function direction(
  day: string,
  context: {
    yearWritten: boolean;
    weekdayOnly: boolean;
    asWritten: string;
    textBefore: string;
    published: string | undefined;
  },
): string {
  if (context.yearWritten || !context.published) return day;
  const ahead = /\b(?:next|coming)\b|来週|次の/iu.test(context.asWritten) || FUTURE_IN_CLAUSE.test(context.textBefore);
  const date = new Date(`${day}T00:00:00Z`);
  const reference = new Date(`${context.published}T00:00:00Z`);
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
