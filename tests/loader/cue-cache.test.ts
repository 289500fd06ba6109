import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCues, type CompiledCues, type CueCache, ruleWords } from '../../src/loader/cue-cache';
import { buildDraftCache } from '../../src/loader/draft-cache';
import { buildCueCache } from '../../src/loader/cue-cache';
import { loadContent } from '../../src/loader/load-content';
import { buildRenderCache } from '../../src/loader/render-cache';
import { keptYamlMemo } from '../../src/loader/yaml-memo';
import { compileRecognisers, type FactRules } from '../../src/recognition/compile-recognisers';
import { compileCue } from '../../src/recognition/cue';
import { englishModelUses } from '../../src/recognition/english-model';
import { recognitionSchema } from '../../src/schemas/fact';
import { copyContent } from '../support/content-copy';

const fact = (id: string, recognise: unknown): FactRules => ({
  id,
  data: { kind: 'statement', recognise: recognitionSchema.parse(recognise) },
});

const rules = [
  fact('ferry', { words: { ferry: ['ferry service'], halts: ['halted', 'stops'] }, match: ['ferry + halts'] }),
  fact('port', {
    words: { port: ['harbour', 'ferry service'] },
    match: ['port'],
    not: ['airport'],
    continued: ['quay'],
  }),
];

/** A cue cache in memory, and a cue compiler that counts its calls. */
function setUp() {
  const stored = new Map<string, CompiledCues>();
  const cache: CueCache = { get: (key) => stored.get(key), set: (key, value) => void stored.set(key, value) };
  const compiled: string[] = [];
  const compile = (written: string) => {
    compiled.push(written);
    return compileCue(written);
  };
  return { cache, compiled, compile };
}

/** Compiles `facts` through the cache, as the loader does, and saves the cues. */
function compileThrough(facts: FactRules[], cache: CueCache, code: string, compile: (w: string) => unknown) {
  const cues = cachedCues(facts, cache, code, compile as typeof compileCue);
  const result = compileRecognisers(facts, cues.compile);
  cues.save();
  return result;
}

describe('ruleWords', () => {
  it('lists every word of the lists, `not` and `continued`, each once', () => {
    expect(ruleWords(rules)).toEqual(['ferry service', 'halted', 'stops', 'harbour', 'airport', 'quay']);
  });
});

describe('cachedCues', () => {
  it('compiles unchanged rules once, and gives exactly what compiling gives', () => {
    const { cache, compiled, compile } = setUp();
    const first = compileThrough(rules, cache, 'code-1', compile);
    expect(compiled).toHaveLength(6);
    const second = compileThrough(rules, cache, 'code-1', compile);
    expect(compiled).toHaveLength(6);
    expect(second).toEqual(first);
    expect(second).toEqual(compileRecognisers(rules));
  });

  it('compiles again when a rule word or the pipeline’s code changed', () => {
    const { cache, compiled, compile } = setUp();
    compileThrough(rules, cache, 'code-1', compile);
    compileThrough(rules, cache, 'code-2', compile);
    expect(compiled).toHaveLength(12);
    const changed = [
      fact('ferry', { words: { ferry: ['ferry service'], halts: ['suspended'] }, match: ['ferry + halts'] }),
    ];
    const result = compileThrough(changed, cache, 'code-2', compile);
    expect(compiled.slice(12)).toEqual(['ferry service', 'suspended']);
    expect(result).toEqual(compileRecognisers(changed));
  });

  it('keeps a word that can never match as a problem of its file', () => {
    const { cache, compile } = setUp();
    const broken = [fact('ferry', { words: { ferry: ['ferry', '—'] }, match: ['ferry'] })];
    compileThrough(broken, cache, 'code-1', compile);
    const { problems } = compileThrough(broken, cache, 'code-1', () => {
      throw new Error('not compiled again');
    });
    expect(problems).toEqual([expect.objectContaining({ where: 'recognise.words.ferry[1]', value: '—' })]);
  });
});

describe('a load of unchanged content with the caches of the load before', () => {
  let scratch: ReturnType<typeof copyContent> | undefined;
  let cacheDir: string | undefined;
  afterEach(() => {
    scratch?.remove();
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  it('never asks for the English model, and loads the same content (its YAML from the memo)', async () => {
    scratch = copyContent();
    const dir = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    cacheDir = dir;
    const load = () =>
      loadContent(scratch!.root, {
        base: '/',
        pipelineDigest: 'code',
        cache: buildRenderCache(dir),
        drafts: buildDraftCache(dir),
        cues: buildCueCache(dir),
        yaml: keptYamlMemo(join(dir, 'yaml.json'), 'code'),
      });
    const before = englishModelUses();
    const first = await load();
    expect(englishModelUses()).toBeGreaterThan(before);
    const asked = englishModelUses();
    const second = await load();
    expect(englishModelUses()).toBe(asked);
    expect(second.rendered).toBe(0);
    expect(second.problems).toEqual(first.problems);
    expect(second.warnings).toEqual(first.warnings);
    expect(second.facts).toEqual(first.facts);
    expect(second.articles).toEqual(first.articles);
  });
});
