import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesInText, isDateLine, statedDay } from '../../src/model/date-reader';

const read = (text: string, published?: string, language?: string) =>
  datesInText(text, { ...(published ? { published } : {}), ...(language ? { language } : {}) }).map((d) => [
    d.asWritten,
    d.value,
    d.status,
  ]);

describe('datesInText: Japanese', () => {
  it('reads a day of the month alone against the publication date, in full-width digits too', () => {
    expect(read('高市首相は２６日夜のテレビ番組で述べた。', '2026-01-27', 'ja')).toEqual([
      ['２６日', '2026-01-26', 'inferred'],
    ]);
  });
  it('reads years, years with months, and relative years', () => {
    expect(read('2005年の衆院選', '2026-01-27', 'ja')).toEqual([['2005年', '2005', 'stated']]);
    expect(read('前回は2024年10月に行われた', '2026-01-27', 'ja')).toEqual([['2024年10月', '2024-10', 'stated']]);
    expect(read('昨年11月の国会答弁', '2026-01-27', 'ja')).toEqual([['昨年11月', '2025-11', 'inferred']]);
    expect(read('昨年、首相は述べた', '2026-01-27', 'ja')).toEqual([['昨年', '2025', 'inferred']]);
  });
  it('keeps chrono.ja’s own readings of full dates and weekdays', () => {
    expect(read('2026年1月26日に会談した', '2026-01-27', 'ja')).toEqual([['2026年1月26日', '2026-01-26', 'stated']]);
    expect(read('衆院選は2月8日に投開票', '2026-01-27', 'ja')).toEqual([['2月8日', '2026-02-08', 'inferred']]);
  });
  it('reads no date in a span of days', () => {
    expect(read('26日間の交渉', '2026-01-27', 'ja')).toEqual([]);
  });
});

describe('datesInText: what a weekday could be', () => {
  it('gives both the last and the next such weekday, most likely first', () => {
    const [monday] = datesInText('Campaigning ends on Sunday.', { published: '2026-02-02' });
    expect(monday?.couldBe).toEqual([
      { first: '2026-02-01', last: '2026-02-01' },
      { first: '2026-02-08', last: '2026-02-08' },
    ]);
  });
  it('knows nothing of a relative date without a publication date', () => {
    const [tuesday] = datesInText('She spoke on Tuesday.');
    expect(tuesday).toMatchObject({ status: 'unresolved', couldBe: [] });
  });
});

describe('datesInText: the tense of the clause', () => {
  it('reads a weekday after a future verb forward, and one in a past clause back', () => {
    const published = '2026-01-28'; // a Wednesday
    expect(
      read(
        'The envoy said on Tuesday that the ministry would brief the ambassadors of forty countries in Tokyo on Friday.',
        published,
      ).map(([asWritten, value]) => [asWritten, value]),
    ).toEqual([
      ['on Tuesday', '2026-01-27'],
      ['on Friday', '2026-01-30'],
    ]);
    expect(read('The ministry briefed the ambassadors on Friday.', published)[0]?.[1]).toBe('2026-01-23');
    expect(
      read('Talks will resume next week, the ministry said on Monday.', published).find(([asWritten]) =>
        String(asWritten).includes('Monday'),
      )?.[1],
    ).toBe('2026-01-26');
  });
});

describe('datesInText: later the same day', () => {
  it('reads “later in the day” as the day just named, and gives no date when none was', () => {
    const published = '2026-02-10'; // a Tuesday
    expect(
      read('The council met on Monday morning. Later in the day, its chair resigned.', published).map(
        ([asWritten, value]) => [asWritten, value],
      ),
    ).toEqual([
      ['on Monday morning', '2026-02-09'],
      ['Later in the day', '2026-02-09'],
    ]);
    expect(read('Later in the day, the chair resigned.', published)).toEqual([]);
  });
});

describe('datesInText: counted from the day just named', () => {
  it('reads “a day earlier” and “two days before” back from the day the sentence named', () => {
    const published = '2026-03-11'; // a Wednesday
    expect(read('The league on Tuesday fined the club for a chant heard a day earlier.', published)).toEqual([
      ['on Tuesday', '2026-03-10', 'inferred'],
      ['a day earlier', '2026-03-09', 'inferred'],
    ]);
    expect(read('On Monday the mayor answered a letter sent two days before.', published).at(-1)?.[1]).toBe(
      '2026-03-07',
    );
  });
  it('gives no date for “a day earlier” when the sentence named no day', () => {
    expect(read('The letter had been sent a day earlier.', '2026-03-11')).toEqual([]);
    expect(read('On Monday the mayor spoke. A day earlier, the letter came.', '2026-03-11').length).toBe(1);
  });
  it('reads “earlier in the week” as the week of the publication, not the week ahead', () => {
    const [, week] = datesInText('On Friday she kept to what she had said earlier in the week.', {
      published: '2026-03-13',
    });
    expect(week).toMatchObject({ asWritten: 'earlier in the week', value: '2026-03-08', precision: 'week' });
  });
});

describe('datesInText: the end of a span', () => {
  it('marks a date after “until”, “through”, “before” or before まで as the day something stops', () => {
    const until = (text: string, language?: string) =>
      datesInText(text, { published: '2026-03-10', ...(language ? { language } : {}) }).map((d) => d.until ?? false);
    expect(until('The curbs stay until the end of June.')).toEqual([true]);
    expect(until('Shipments are halted through April.')).toEqual([true]);
    expect(until('輸出は6月30日まで止まる。', 'ja')).toEqual([true]);
    expect(until('No one will lose a job before 2030.')).toEqual([true]);
    expect(until('The curbs began in June.')).toEqual([false]);
  });
});

describe('statedDay', () => {
  it('reads a day written out in full, in the forms pages and feeds use', () => {
    expect(statedDay('2026-01-27T09:30:00+09:00')).toBe('2026-01-27');
    expect(statedDay('Tue, 27 Jan 2026 10:00:00 GMT')).toBe('2026-01-27');
    expect(statedDay('Posted Feb. 3, 2026 at 7:15 p.m.')).toBe('2026-02-03');
    expect(statedDay('Updated Sept. 14, 2025')).toBe('2025-09-14');
  });
  it('gives nothing for a date that lacks its year or day, or names no day that exists', () => {
    expect(statedDay('14 September')).toBeUndefined();
    expect(statedDay('September 2025')).toBeUndefined();
    expect(statedDay('2026-02-30')).toBeUndefined();
    expect(statedDay('Filed on a Friday')).toBeUndefined();
  });
  it('gives nothing for a day counted from the moment of reading', () => {
    expect(statedDay('Published 3 days ago')).toBeUndefined();
    expect(statedDay('Offer ends within 2 days')).toBeUndefined();
  });
  it('passes over a day that does not exist to one that does', () => {
    expect(statedDay('Feb. 30, 2026; corrected Mar. 2, 2026')).toBe('2026-03-02');
  });
});

describe('isDateLine', () => {
  it('knows a line that only dates the article', () => {
    expect(isDateLine('Feb. 3, 2026 18:30 JST')).toBe(true);
    expect(isDateLine('Last updated  14 September 2025')).toBe(true);
  });
  it('does not take a sentence that reports an event on a day for a date line', () => {
    expect(isDateLine('The harbour board met on Feb. 3, 2026 to vote on the new ferry fees.')).toBe(false);
    expect(isDateLine('Feb. 3')).toBe(false);
  });
});

/** Months as the wire services shorten them: five are never shortened. */
const SHORT_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** Month names from the platform's own calendar data, not from the code under test. */
const LONG_MONTHS = Array.from({ length: 12 }, (_, index) =>
  new Date(Date.UTC(2000, index, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);

/** Ways a text writes a whole day, from its year, month (1–12) and day. */
const WRITINGS: Array<(year: number, month: number, day: number) => string> = [
  (year, month, day) => `${day} ${LONG_MONTHS[month - 1]} ${year}`,
  (year, month, day) => `${LONG_MONTHS[month - 1]} ${day}, ${year}`,
  (year, month, day) => `${SHORT_MONTHS[month - 1]} ${day}, ${year}`,
  (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
];

/** Places a day stands in: a date line, a byline, a sentence of a report. */
const PLACES: Array<(date: string) => string> = [
  (date) => date,
  (date) => `Updated ${date} 18:30 JST`,
  (date) => `By Mara Ilves | ${date}`,
  (date) => `The harbour board voted on ${date} to raise the ferry fees.`,
];

describe('the two askers of the one reader agree on a day stated in full', () => {
  it('statedDay and datesInText give the same day, whatever the form, the place and the publication date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: WRITINGS.length - 1 }),
        fc.integer({ min: 0, max: PLACES.length - 1 }),
        fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })),
        (year, month, day, writing, place, published) => {
          const text = PLACES[place]!(WRITINGS[writing]!(year, month, day));
          const expected = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const context = published ? { published: published.toISOString().slice(0, 10) } : {};
          const days = datesInText(text, context)
            .filter((date) => date.precision === 'day')
            .map((date) => [date.status, date.value]);
          expect(statedDay(text)).toBe(expected);
          expect(days).toEqual([['stated', expected]]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
