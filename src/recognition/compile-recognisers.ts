import type { ContentProblem } from '../model/problems';
import type { FactData } from '../schemas/fact';
import { compileCue, startKeys, type Cue } from './cue';
import { dateWindow, type DateWindow } from './date-window';
import { compilePattern, type CompiledPattern } from './patterns';
import { DATE_PART, partsOfLine } from './rule-line';

/** Kinds of fact that happen at a time, so that a mention must be dated compatibly (see `datesDecide`). */
const TIMED_KINDS: ReadonlySet<string> = new Set(['event', 'statement', 'measure']);

/** One part of a `match` line: a word list (its cues by index), or the fact's dates. */
export interface CompiledPart {
  /** The list's name as written, or `date`. */
  name: string;
  /** Indexes into `Recognisers.cues`; empty for `date`. */
  cues: readonly number[];
  /** True for `date`: a date within the fact's window. */
  date: boolean;
}

/** A `match` line, compiled. */
export interface CompiledLine {
  /** As the editor wrote it, e.g. "alliance + breaks". */
  written: string;
  parts: readonly CompiledPart[];
}

/** Everything needed to recognise one fact. */
export interface FactRecogniser {
  factId: string;
  lines: readonly CompiledLine[];
  /** Cues (indexes into `Recognisers.cues`) that stop a sentence from mentioning the fact. */
  not: readonly number[];
  patterns: readonly CompiledPattern[];
  /** When the fact happened, if it is dated (or `recognise.during` says); what `date` in a line means. */
  window?: DateWindow;
  /**
   * Whether dates decide: for things that happen at a time (events, statements, measures), a sentence
   * dated outside the window, or an article published before it, is about something else. Context and
   * characterisations (a treaty, a constitution) are mentioned whatever else a sentence dates.
   */
  datesDecide: boolean;
  /** What the fact is (statement, event, measure, context, …): decides what may carry it on and how much a mention needs. */
  kind: string;
  /** Its title, for the explanation of a link that carries it on. */
  title: string;
  /** Its own words that carry it on once an article has introduced it (`recognise.continued`): indexes into `Recognisers.cues`. */
  continued: readonly number[];
}

/** The compiled rules of every fact, with one index of all their words. */
export interface Recognisers {
  facts: readonly FactRecogniser[];
  /** Every distinct word or phrase of every rule. */
  cues: readonly Cue[];
  /** Start key of a token → the cues that may start at it. */
  index: ReadonlyMap<string, readonly number[]>;
  /** Cue → indexes into `facts` of the facts whose rules use it: only those are tried where it is found. */
  users: ReadonlyMap<number, readonly number[]>;
}

/** What compiling reads of a fact: its id, kind, date and recognition rules (a validated fact file). */
export interface FactRules {
  id: string;
  data: Pick<FactData, 'kind' | 'date' | 'recognise'> & { title?: string };
}

/**
 * Compiles the recognition rules of validated fact entries. Everything wrong with a rule is returned
 * as a problem naming the file and field (e.g. `recognise.match[2]`), and that rule alone is left out,
 * so one typo never hides the others or stops the rest from working. `compile` reads a word or phrase
 * (by default `compileCue`, which loads the English model; the loader passes one served from its cache).
 */
export function compileRecognisers(
  facts: ReadonlyArray<FactRules>,
  compile: (written: string) => Cue | undefined = compileCue,
): {
  recognisers: Recognisers;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const cues: Cue[] = [];
  const cueIds = new Map<string, number>();
  const index = new Map<string, number[]>();
  const addCue = (written: string): number | undefined => {
    const cue = compile(written);
    if (!cue) return undefined;
    const key = JSON.stringify(cue.items);
    const known = cueIds.get(key);
    if (known !== undefined) return known;
    const id = cues.push(cue) - 1;
    cueIds.set(key, id);
    for (const start of startKeys(cue)) {
      const list = index.get(start) ?? [];
      if (!list.includes(id)) list.push(id);
      index.set(start, list);
    }
    return id;
  };

  const compiled = facts.map((fact): FactRecogniser => {
    const file = `content/facts/${fact.id}.yaml`;
    const rules = fact.data.recognise;
    const problem = (where: string, value: string | undefined, what: string, fix: string) =>
      problems.push({
        file,
        where: `recognise.${where}`,
        ...(value === undefined ? {} : { value }),
        problem: what,
        fix,
      });
    const window = rules.during
      ? dateWindow(rules.during, fact.data.kind)
      : fact.data.date
        ? dateWindow(fact.data.date, fact.data.kind)
        : undefined;

    const lists = new Map<string, number[]>();
    for (const [name, words] of Object.entries(rules.words)) {
      if (name === DATE_PART) {
        problem(
          `words.${name}`,
          name,
          '“date” is reserved: in a match line it stands for a date within the fact’s window',
          'rename this word list',
        );
        continue;
      }
      const ids: number[] = [];
      words.forEach((word, i) => {
        const id = addCue(word);
        if (id === undefined)
          problem(
            `words.${name}[${i}]`,
            word,
            'has no letter or digit, so it can never match',
            'write the word or phrase, or remove the line',
          );
        else if (!ids.includes(id)) ids.push(id);
      });
      lists.set(name, ids);
    }

    const used = new Set<string>();
    const lines: CompiledLine[] = [];
    rules.match.forEach((written, i) => {
      const names = partsOfLine(written);
      const parts: CompiledPart[] = [];
      let ok = true;
      for (const name of names) {
        if (name === '') {
          problem(
            `match[${i}]`,
            written,
            'has an empty part: a “+” with no word list on one side',
            'write the names of word lists joined by +, e.g. alliance + breaks',
          );
          ok = false;
        } else if (name === DATE_PART) {
          if (!window) {
            problem(
              `match[${i}]`,
              written,
              '“date” needs the fact’s dates, and this fact has none',
              'give the fact a date, or recognise.during, or drop “date” from the line',
            );
            ok = false;
          }
          parts.push({ name, cues: [], date: true });
        } else if (!lists.has(name)) {
          const known = [...lists.keys()].join(', ') || 'none yet';
          problem(
            `match[${i}]`,
            written,
            `names “${name}”, which is not a word list of this fact (lists: ${known})`,
            `add “${name}:” with its words under recognise.words, or correct the name`,
          );
          ok = false;
        } else {
          used.add(name);
          parts.push({ name, cues: lists.get(name) ?? [], date: false });
        }
      }
      if (ok && parts.every((part) => part.date)) {
        problem(
          `match[${i}]`,
          written,
          'would link every sentence with a date in the window, whatever it is about',
          'add at least one word list, e.g. remarks + date',
        );
        ok = false;
      }
      if (ok) lines.push({ written, parts });
    });
    for (const name of lists.keys()) {
      if (!used.has(name))
        problem(
          `words.${name}`,
          name,
          'is not used in any match line, so its words never link anything',
          `use it in a line of recognise.match (e.g. “${name}”), or remove it`,
        );
    }

    const not: number[] = [];
    rules.not.forEach((word, i) => {
      const id = addCue(word);
      if (id === undefined)
        problem(
          `not[${i}]`,
          word,
          'has no letter or digit, so it can never match',
          'write the word or phrase, or remove the line',
        );
      else not.push(id);
    });

    const patterns: CompiledPattern[] = [];
    rules.patterns.forEach((written, i) => {
      const { pattern, error } = compilePattern(written);
      if (pattern) patterns.push(pattern);
      else
        problem(
          `patterns[${i}]`,
          written,
          `is not a regular expression the linear-time engine (RE2) accepts: ${error}`,
          'remove look-ahead, look-behind and back-references (\\1), or better, write words and a match line instead',
        );
    });

    const continued: number[] = [];
    (rules.continued ?? []).forEach((word, i) => {
      const id = addCue(word);
      if (id === undefined)
        problem(
          `continued[${i}]`,
          word,
          'has no letter or digit, so it can never match',
          'write the word or phrase, or remove the line',
        );
      else continued.push(id);
    });

    const datesDecide = window !== undefined && TIMED_KINDS.has(fact.data.kind);
    return {
      factId: fact.id,
      kind: fact.data.kind,
      title: fact.data.title ?? fact.id,
      lines,
      not,
      patterns,
      datesDecide,
      continued,
      ...(window ? { window } : {}),
    };
  });

  const users = new Map<number, number[]>();
  compiled.forEach((fact, f) => {
    const own = new Set([...fact.lines.flatMap((line) => line.parts.flatMap((part) => part.cues))]);
    for (const cue of own) users.set(cue, [...(users.get(cue) ?? []), f]);
  });
  return { recognisers: { facts: compiled, cues, index, users }, problems };
}
