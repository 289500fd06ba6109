import { numberSubjectKey } from '../briefing/views/compare';
import type { Account } from '../schemas/fact';
import { tagEnglish, type TaggedWord } from '../recognition/english-model';
import { halfWidth } from '../model/half-width';
import { hasCjk } from '../recognition/normalise';
import type { LeftOutValue } from './left-out';
import type { MentionSentence } from './mention-sentences';

type StatedNumber = Account['numbers'][number];

/** Units of a measure, which says what it is without a subject: a distance, an amount of money, a share. */
const MEASURES = new Set(['km', 'JPY', 'CNY', 'USD', '%']);

/** What a unit word measures, and how its value converts to the unit numbers are compared in. */
const UNITS: Record<string, { label: string; unit: string; factor: number }> = {
  km: { label: 'distance', unit: 'km', factor: 1 },
  kilometre: { label: 'distance', unit: 'km', factor: 1 },
  kilometer: { label: 'distance', unit: 'km', factor: 1 },
  mile: { label: 'distance', unit: 'km', factor: 1.609344 },
  キロ: { label: 'distance', unit: 'km', factor: 1 },
  キロメートル: { label: 'distance', unit: 'km', factor: 1 },
  seat: { label: 'seats', unit: 'seats', factor: 1 },
  議席: { label: 'seats', unit: 'seats', factor: 1 },
  percent: { label: 'share', unit: '%', factor: 1 },
  '%': { label: 'share', unit: '%', factor: 1 },
  '％': { label: 'share', unit: '%', factor: 1 },
  yen: { label: 'amount', unit: 'JPY', factor: 1 },
  円: { label: 'amount', unit: 'JPY', factor: 1 },
  yuan: { label: 'amount', unit: 'CNY', factor: 1 },
  元: { label: 'amount', unit: 'CNY', factor: 1 },
  dollar: { label: 'amount', unit: 'USD', factor: 1 },
  $: { label: 'amount', unit: 'USD', factor: 1 },
  ドル: { label: 'amount', unit: 'USD', factor: 1 },
  人: { label: 'people', unit: 'people', factor: 1 },
  隻: { label: 'ships', unit: 'ships', factor: 1 },
};

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  万: 1e4,
  億: 1e8,
  兆: 1e12,
};

/** Words before a number that belong to what the source writes: "about 110 km", "nearly 300 seats". */
const HEDGE =
  /(?:about|around|approximately|roughly|nearly|almost|some|more than|over|at least|up to|just|約|およそ|最大)\s*$/iu;

/**
 * The numbers a source gives in its mention sentences — distances, seat counts, amounts, shares,
 * counts of people or ships — each with what it measures, as written ("approximately 110 kilometers",
 * "316 of the 465 seats", "約110キロ") and its value in a comparable unit. A number's label is taken
 * from another account of the fact that measures in the same unit, so that the comparison sets them
 * side by side. One number per label: a second would contradict the first within one account.
 */
export function draftedNumbers(
  sentences: readonly MentionSentence[],
  otherAccounts: readonly Account[],
  dateSpans: (passage: string) => ReadonlyArray<{ index: number; end: number }>,
  /** Further sentences of the linked passages: only numbers that name what they count are read there. */
  wider: readonly MentionSentence[] = [],
  /** Receives the counts left out because nothing names whose they are ("14 seats" alone). */
  leftOut: LeftOutValue[] = [],
): StatedNumber[] {
  const numbers: StatedNumber[] = [];
  const others = otherAccounts.flatMap((a) => a.numbers);
  // Another account's label for the same subject ("Liberal Democratic Party seats" for "LDP seats"), so
  // the comparison sets them side by side; a number without a subject takes the label of its unit.
  const labelFor = (label: string, unit: string, subject: boolean) =>
    (subject
      ? others.find((n) => n.unit === unit && numberSubjectKey(n.label) === numberSubjectKey(label))
      : others.find((n) => n.unit === unit && n.label.split(' ')[0] === label.split(' ')[0])
    )?.label ?? label;
  const read = new Set(sentences.map((sentence) => `${sentence.passage}\n${sentence.sentence.start}`));
  const further = wider
    .filter((sentence) => !read.has(`${sentence.passage}\n${sentence.sentence.start}`))
    .map((sentence) => ({ sentence, subjectsOnly: true }));
  for (const { sentence, subjectsOnly } of [
    ...sentences.map((sentence) => ({ sentence, subjectsOnly: false })),
    ...further,
  ]) {
    const text = sentence.passage.slice(sentence.sentence.start, sentence.sentence.end);
    const dates = dateSpans(sentence.passage).map((d) => ({
      start: d.index - sentence.sentence.start,
      end: d.end - sentence.sentence.start,
    }));
    const found = hasCjk(text) ? japaneseNumbers(text) : englishNumbers(text);
    for (const number of found) {
      if (subjectsOnly && !number.subject) continue;
      if (dates.some((d) => d.start < number.end && number.start < d.end)) continue;
      const label = labelFor(number.label, number.unit, number.subject === true);
      const asWritten = text.slice(number.start, number.end);
      // A count with no subject ("14 seats", "47 prefectures") cannot be set beside another source's.
      if (!number.subject && label === number.label && !MEASURES.has(number.unit)) {
        if (!leftOut.some((item) => item.value === asWritten))
          leftOut.push({
            field: 'numbers',
            value: asWritten,
            reason: 'no words of its sentence say whose count it is, so no other source’s number can be set beside it',
          });
        continue;
      }
      if (numbers.some((known) => known.label === label)) continue;
      numbers.push({ label, asWritten, value: number.value, unit: number.unit });
    }
  }
  return numbers;
}

interface FoundNumber {
  start: number;
  end: number;
  label: string;
  /** Whether the label names what the number is of ("LDP seats"), not only its unit ("seats"). */
  subject?: boolean;
  value: number;
  unit: string;
}

/** Numbers in English: digits or number words, a scale ("2.5 billion"), then the unit or counted noun. */
function englishNumbers(text: string): FoundNumber[] {
  const words = tagEnglish(text);
  const found: FoundNumber[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word?.pos !== 'NUM' || (i > 0 && words[i - 1]?.pos === 'NUM')) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1]?.pos === 'NUM') j++;
    const value = numberValue(words.slice(i, j + 1).map((w) => w.text));
    if (value === undefined) continue;
    // The whole of "316 of the 465 seats" is what the part is counted against, not a count of its own.
    const before = words[i - 1]?.pos === 'DET' ? i - 2 : i - 1;
    if (words[before]?.text === 'of' && words[before - 1]?.pos === 'NUM') continue;
    // "up sharply from 198 seats": the count before the change, not the one the source reports.
    if (
      words[i - 1]?.text.toLowerCase() === 'from' &&
      words.slice(Math.max(0, i - 4), i - 1).some((w) => /^(?:up|down)$/iu.test(w.text))
    )
      continue;
    const currency = words[i - 1]?.text === '$' ? words[i - 1] : undefined;
    // "316 of the 465 seats": the first number counts the same noun as the second.
    const ofPhrase = words[j + 1]?.text === 'of';
    // "increased its seat count to 315": what is counted is named before the number.
    const countedBefore =
      !currency &&
      !ofPhrase &&
      words[i - 1]?.text.toLowerCase() === 'to' &&
      /^(?:count|total|tally|number)$/iu.test(words[i - 2]?.text ?? '') &&
      words[i - 3]?.pos === 'NOUN'
        ? words[i - 3]
        : undefined;
    const unitWord = currency ?? countedBefore ?? (ofPhrase ? nounAfterWhole(words, j + 1) : nextNoun(words, j));
    if (!unitWord) continue;
    const key = unitKey(unitWord.text);
    const known = UNITS[key];
    const counted = known ?? (unitWord.pos === 'NOUN' ? { label: key, unit: key, factor: 1 } : undefined);
    if (!counted) continue;
    const first = currency ?? word;
    const hedge = HEDGE.exec(text.slice(0, first.start));
    const start = countedBefore ? countedBefore.start : hedge ? first.start - hedge[0].length : first.start;
    const end = currency || countedBefore ? (words[j]?.end ?? word.end) : unitWord.end;
    // What the number counts: the noun phrase that does what the verb says ("the LDP alone won 316
    // seats" → "LDP seats"); a share, what it is a share of ("70% of rare earths" → "share of rare earths").
    const measure = counted.label === 'distance' || counted.label === 'amount';
    const subject = measure || counted.label === 'share' ? undefined : subjectOf(words, countedBefore ? i - 4 : i);
    const whole =
      counted.label === 'share' && words[j + 2]?.text === 'of'
        ? nounPhraseFrom(words, words[j + 3]?.pos === 'DET' ? j + 4 : j + 3)
        : undefined;
    if (whole || subject) {
      const label = whole ? `share of ${whole}${subject ? ` from ${subject}` : ''}` : `${subject} ${counted.label}`;
      found.push({ start, end, label, subject: true, value: round(value * counted.factor), unit: counted.unit });
      continue;
    }
    // A count takes the verb before it into its label ("seats won", "ships sent"): the part of a whole is not the whole.
    const verb =
      counted.label === 'distance' || counted.label === 'amount' || counted.label === 'share'
        ? undefined
        : words
            .slice(Math.max(0, i - 3), i)
            .reverse()
            .find((w) => w.pos === 'VERB');
    found.push({
      start,
      end,
      label: verb ? `${counted.label} ${verb.text.toLowerCase()}` : counted.label,
      value: round(value * counted.factor),
      unit: counted.unit,
    });
  }
  return found;
}

const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The noun phrase (adjectives, nouns, names) ending at `end`, read backwards; undefined without a noun in it. */
function nounPhraseEndingAt(words: readonly TaggedWord[], end: number): string | undefined {
  let start = end;
  while (start - 1 >= 0 && NOUN_PHRASE.has(words[start - 1]?.pos ?? '') && end - start < 5) start--;
  const phrase = words.slice(start, end + 1);
  if (!phrase.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN') || !NOUN_PHRASE.has(words[end]?.pos ?? ''))
    return undefined;
  return phrase.map((w) => w.text).join(' ');
}

/** The noun phrase starting at `start` ("rare earths" of "70% of the rare earths Japan imports"): adjectives, then nouns. */
function nounPhraseFrom(words: readonly TaggedWord[], start: number): string | undefined {
  let end = start;
  while (words[end]?.pos === 'ADJ') end++;
  if (words[end]?.pos !== 'NOUN' && words[end]?.pos !== 'PROPN') return undefined;
  while (words[end + 1]?.pos === 'NOUN' && end - start < 4) end++;
  return words
    .slice(start, end + 1)
    .map((w) => w.text)
    .join(' ');
}

/**
 * The subject of the verb a number is the object of: "the LDP alone won 316 seats" → "LDP", "the
 * ruling coalition, including Ishin, won 351 seats" → "ruling coalition". Undefined when no verb
 * governs the number closely, or no noun phrase does what it says.
 */
function subjectOf(words: readonly TaggedWord[], number: number): string | undefined {
  let verb = number - 1;
  while (verb >= 0 && number - verb <= 3 && words[verb]?.pos !== 'VERB') {
    if (!['ADV', 'ADP', 'PART', 'PRON'].includes(words[verb]?.pos ?? '')) return undefined;
    verb--;
  }
  if (words[verb]?.pos !== 'VERB') return undefined;
  let end = verb - 1;
  // "…, ceding 14 seats": a participle after a comma has no subject of its own here.
  if (words[end]?.text === ',' && /ing$/iu.test(words[verb]?.text ?? '')) return undefined;
  while (end >= 0 && (words[end]?.pos === 'ADV' || words[end]?.pos === 'AUX')) end--;
  // An abbreviation in brackets after a name: "The Liberal Democratic Party (LDP) alone won".
  if (words[end]?.text === ')') {
    let open = end - 1;
    while (open >= 0 && end - open <= 4 && words[open]?.text !== '(') open--;
    if (words[open]?.text === '(') end = open - 1;
  }
  // A phrase set off by commas between subject and verb: "the ruling coalition, including Ishin, won".
  if (words[end]?.text === ',') {
    let open = end - 1;
    while (open >= 0 && end - open <= 15 && words[open]?.text !== ',') open--;
    if (words[open]?.text === ',') end = open - 1;
  }
  const phrase = end >= 0 ? nounPhraseEndingAt(words, end) : undefined;
  // "the LDP … with its coalition partner now controls 352 seats": the party and its partners together, the ruling bloc.
  const start = end - (phrase?.split(' ').length ?? 0);
  if (
    phrase &&
    /\b(?:partners?|ally|allies)\b/iu.test(phrase) &&
    /^(?:its|their)$/iu.test(words[start]?.text ?? '') &&
    /^with$/iu.test(words[start - 1]?.text ?? '')
  )
    return 'ruling bloc';
  return phrase;
}

/** The noun counted by the whole in "N of the M nouns", from the word "of". */
function nounAfterWhole(words: readonly TaggedWord[], of: number): TaggedWord | undefined {
  let k = of + 1;
  if (words[k]?.pos === 'DET') k++;
  if (words[k]?.pos !== 'NUM') return undefined;
  while (words[k + 1]?.pos === 'NUM') k++;
  return nextNoun(words, k);
}

/** The noun a number counts: the next noun, across adjectives ("three large ships"), before anything else. */
function nextNoun(words: readonly TaggedWord[], after: number): TaggedWord | undefined {
  for (let k = after + 1; k < words.length && k <= after + 4; k++) {
    const word = words[k];
    if (!word) return undefined;
    if (word.pos === 'NOUN' || word.text === '%' || word.text.toLowerCase() === 'km') return word;
    if (word.pos !== 'ADJ' && word.pos !== 'DET') return undefined;
  }
  return undefined;
}

/** A unit word in its dictionary form: "kilometres" → "kilometre", "seats" → "seat". */
function unitKey(word: string): string {
  const lower = word.toLowerCase();
  if (UNITS[lower]) return lower;
  const singular = lower.replace(/(?:es|s)$/u, (end) =>
    lower.endsWith('ies') ? 'y' : end === 'es' && /(?:ch|sh|x|ss)es$/u.test(lower) ? '' : end === 'es' ? 'e' : '',
  );
  return UNITS[singular] ? singular : lower.endsWith('s') && UNITS[lower.slice(0, -1)] ? lower.slice(0, -1) : lower;
}

/** The value of number words: "110", "1,200", "2.5 billion", "three", "twenty five", "five hundred". */
export function numberValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current: number | undefined;
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/,/gu, '');
    if (/^\d+(?:\.\d+)?$/u.test(word)) current = (current ?? 0) + Number(word);
    else if (SMALL[word] !== undefined)
      current = word === 'hundred' ? (current ?? 1) * 100 : (current ?? 0) + SMALL[word];
    else if (SCALE[word] !== undefined) {
      total += (current ?? 1) * SCALE[word];
      current = undefined;
    } else if (word !== 'and' && word !== '-') return undefined;
  }
  const value = total + (current ?? 0);
  return Number.isFinite(value) && (current !== undefined || total > 0) ? value : undefined;
}

/** Numbers in Japanese: digits (full- or half-width), an optional 万/億, then a unit ("約110キロ", "316議席", "5000億円"). */
function japaneseNumbers(text: string): FoundNumber[] {
  const readable = halfWidth(text);
  const units = Object.keys(UNITS)
    .filter((unit) => /[^\x00-\x7f]/u.test(unit) || unit === '%')
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(約|およそ|最大)?(\\d[\\d,]*(?:\\.\\d+)?)(万|億|兆)?(${units.map((u) => u.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`,
    'gu',
  );
  const found: FoundNumber[] = [];
  for (const match of readable.matchAll(pattern)) {
    const unit = UNITS[match[4] ?? ''];
    if (!unit) continue;
    const value = Number((match[2] ?? '').replace(/,/gu, '')) * (SCALE[match[3] ?? ''] ?? 1);
    found.push({
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      label: unit.label,
      value: round(value * unit.factor),
      unit: unit.unit,
    });
  }
  return found;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
