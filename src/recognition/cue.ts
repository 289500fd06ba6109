import { lemmaOfWord, readEnglish } from './english-model';
import { halfWidth } from '../model/half-width';
import { hasCjk, isAcronym, normaliseCjk, normaliseWord } from './normalise';
import type { Token } from './tokens';

/** One element of a phrase: a word (compared in every inflected form) or a CJK string. */
export type CueItem =
  { kind: 'word'; keys: readonly string[]; acronym: boolean; possessive: boolean } | { kind: 'cjk'; text: string };

/** A word or phrase of a rule, ready to be looked for. */
export interface Cue {
  /** As the editor wrote it. */
  written: string;
  items: readonly CueItem[];
}

/**
 * Compiles a word or phrase. English words are compared by their dictionary forms, so "collapse"
 * finds "collapsed", "collapses" and "collapsing", and "fall apart" finds "fell apart"; a word written
 * in capitals ("US", "PM", "TV") finds only capitals ("U.S." yes, "us" no). A phrase with Chinese or
 * Japanese characters is compared as a string that must begin where a word begins, and may end inside
 * one, so "崩壊" finds "崩壊する" and "崩壊した". Returns undefined for a phrase with no letter or digit.
 */
export function compileCue(written: string): Cue | undefined {
  if (!/[\p{L}\p{N}]/u.test(written)) return undefined;
  if (hasCjk(written)) return { written, items: [{ kind: 'cjk', text: normaliseCjk(halfWidth(written)) }] };
  const items: CueItem[] = [];
  for (const word of readEnglish(written).words) {
    for (const piece of word.split(/[-‐‑]/u)) {
      const last = items.at(-1);
      // "Japan's security" is not "US-Japan security": a possessive in the rule must be in the text.
      if (/^['’]s$/u.test(piece) && last?.kind === 'word') items[items.length - 1] = { ...last, possessive: true };
      if (!/[\p{L}\p{N}]/u.test(piece) || /^['’]s$/u.test(piece)) continue;
      const keys = new Set([normaliseWord(piece), normaliseWord(lemmaOfWord(piece))]);
      items.push({ kind: 'word', keys: [...keys], acronym: isAcronym(piece), possessive: /['’]s$/u.test(piece) });
    }
  }
  return items.length > 0 ? { written, items } : undefined;
}

/** The keys under which a cue is indexed: a text token with one of them may start it. */
export function startKeys(cue: Cue): string[] {
  const first = cue.items[0];
  if (!first) return [];
  return first.kind === 'word' ? [...first.keys] : [`cjk:${first.text.charAt(0)}`];
}

/** The keys under which a text token is looked up in the cue index. */
export function lookupKeys(token: Token): readonly string[] {
  // A CJK phrase may open with Latin letters or digits ("TV朝日", "26日"), so words are looked up as both.
  return token.cjk ? [`cjk:${token.norm.charAt(0)}`] : [...token.keys, `cjk:${token.norm.charAt(0)}`];
}

/**
 * Whether the cue is written in the tokens from `at`: returns the index after its last token, or -1.
 * Between the words of a phrase only spaces, hyphens, dashes and quotes may stand.
 */
export function matchCueAt(tokens: readonly Token[], at: number, cue: Cue): number {
  let j = at;
  for (let k = 0; k < cue.items.length; k++) {
    const item = cue.items[k];
    if (!item) return -1;
    if (k > 0) while (tokens[j]?.kind === 'gap') j++;
    if (item.kind === 'word') {
      const token = tokens[j];
      if (!token || token.kind !== 'word' || token.cjk) return -1;
      if (item.acronym && !token.acronym) return -1;
      if (!item.keys.some((key) => token.keys.includes(key))) return -1;
      j++;
      if (item.possessive && !token.possessive) {
        if (!/^['’]s$/u.test(tokens[j]?.norm ?? '')) return -1;
        j++;
      }
    } else {
      j = matchCjkAt(tokens, j, item.text, k === cue.items.length - 1);
      if (j < 0) return -1;
    }
  }
  return j;
}

/** A CJK string from token `at` on, across token boundaries; only the last item may end inside a token. */
function matchCjkAt(tokens: readonly Token[], at: number, text: string, last: boolean): number {
  let rest = text;
  let j = at;
  while (rest.length > 0) {
    const token = tokens[j];
    if (!token) return -1;
    if (token.kind === 'gap' && /^\s+$/u.test(token.norm) && j > at) {
      j++;
      continue;
    }
    if (token.kind !== 'word') return -1;
    if (rest.startsWith(token.norm)) {
      rest = rest.slice(token.norm.length);
      j++;
    } else if (last && token.norm.startsWith(rest)) {
      return j + 1;
    } else {
      return -1;
    }
  }
  return j;
}
