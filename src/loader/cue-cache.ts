import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { FactRules } from '../recognition/compile-recognisers';
import { compileCue, type Cue } from '../recognition/cue';
import { folderCache, type DigestCache } from './folder-cache';

/** Every word and phrase of a set of rules, each with its compiled cue (null: it can never match). */
export type CompiledCues = Array<[string, Cue | null]>;

/** Compiled cues by a digest of every rule word and the pipeline's code (see `cachedCues`). */
export type CueCache = DigestCache<CompiledCues>;

/** The cue cache of a build whose cache folder (Astro's `cacheDir`) is `cacheDir`, beside the render cache. */
export function buildCueCache(cacheDir: string): CueCache {
  return folderCache<CompiledCues>(join(cacheDir, 'briefing-cues'));
}

/** Every word and phrase the rules of `facts` compile into cues, in order, each once. */
export function ruleWords(facts: ReadonlyArray<FactRules>): string[] {
  const words = new Set<string>();
  for (const { data } of facts) {
    const rules = data.recognise;
    for (const list of Object.values(rules.words)) for (const word of list) words.add(word);
    for (const word of rules.not) words.add(word);
    for (const word of rules.continued ?? []) words.add(word);
  }
  return [...words];
}

/**
 * A cue compiler for the rules of `facts`, served from `cache` while no rule word and none of the
 * pipeline's code (`codeDigest`, recognition included) changed. Compiling a cue reads it with the English
 * model, whose loading costs more than everything else an unchanged build does with the rules; with
 * the cues cached, a build that renders no article never loads it. A word missing from the cached
 * set is compiled as usual, so the result is always what `compileCue` gives. Call `save` after
 * compiling, to keep the cues for the next build.
 */
export function cachedCues(
  facts: ReadonlyArray<FactRules>,
  cache: CueCache,
  codeDigest: string,
  compile: (written: string) => Cue | undefined = compileCue,
): { compile: (written: string) => Cue | undefined; save: () => void } {
  const words = ruleWords(facts);
  const key = createHash('sha256').update(codeDigest).update('\n').update(JSON.stringify(words)).digest('hex');
  const known = new Map(cache.get(key) ?? []);
  let missed = false;
  return {
    compile(written) {
      if (known.has(written)) return known.get(written) ?? undefined;
      missed = true;
      const cue = compile(written);
      known.set(written, cue ?? null);
      return cue;
    },
    save() {
      if (!missed) return;
      cache.set(
        key,
        words.filter((word) => known.has(word)).map((word): [string, Cue | null] => [word, known.get(word) ?? null]),
      );
    },
  };
}
