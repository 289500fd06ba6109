import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/loader/yaml';
import { keptYamlMemo, survivesJson, type YamlMemo } from '../../src/loader/yaml-memo';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});
const memoFile = () => {
  folder = mkdtempSync(join(tmpdir(), 'briefing-yaml-'));
  return join(folder, 'memo.json');
};

/** A memo in memory that records what it is asked. */
function recordingMemo(known: Map<string, unknown> = new Map()): YamlMemo & { sets: string[] } {
  const sets: string[] = [];
  return {
    sets,
    get: (text) => known.get(text),
    set: (text, value) => {
      sets.push(text);
      known.set(text, value);
    },
  };
}

describe('survivesJson', () => {
  it('accepts what JSON gives back exactly, and nothing else', () => {
    expect(survivesJson({ title: 'Ferry', dates: ['2026-01-02'], count: 3, share: 0.5, ok: true, none: null })).toBe(
      true,
    );
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN, -0, undefined, new Date(0), { nested: [1, Number.NaN] }])
      expect(survivesJson(value)).toBe(false);
  });
});

describe('parseYaml with a memo', () => {
  it('remembers a text that parsed, and takes it from the memo the next time', () => {
    const memo = recordingMemo();
    expect(parseYaml('title: Ferry\n', 'a.yaml', 0, memo)).toEqual({ value: { title: 'Ferry' } });
    expect(memo.sets).toEqual(['title: Ferry\n']);
    const stale = recordingMemo(new Map([['title: Ferry\n', { title: 'from the memo' }]]));
    expect(parseYaml('title: Ferry\n', 'a.yaml', 0, stale)).toEqual({ value: { title: 'from the memo' } });
  });

  it('never remembers a problem: a broken text is reported, with its line, every time', () => {
    const memo = recordingMemo();
    for (let i = 0; i < 2; i++) {
      const { problem } = parseYaml('title: a\ntitle: b\n', 'a.yaml', 1, memo);
      expect(problem?.where).toMatch(/^line 3/);
    }
    expect(parseYaml('constructor: x\n', 'a.yaml', 0, memo).problem).toBeDefined();
    expect(memo.sets).toEqual([]);
  });
});

describe('keptYamlMemo', () => {
  it('gives the next build fresh copies of what this one parsed, while the code is the same', () => {
    const file = memoFile();
    const first = keptYamlMemo(file, 'code-1');
    parseYaml('title: Ferry\nkeys: [a, b]\n', 'a.yaml', 0, first);
    first.save();
    const second = keptYamlMemo(file, 'code-1');
    const one = second.get('title: Ferry\nkeys: [a, b]\n');
    const two = second.get('title: Ferry\nkeys: [a, b]\n');
    expect(one).toEqual({ title: 'Ferry', keys: ['a', 'b'] });
    expect(one).not.toBe(two);
    expect(keptYamlMemo(file, 'code-2').get('title: Ferry\nkeys: [a, b]\n')).toBeUndefined();
  });

  it('keeps only the texts the last load read, and no value JSON would change', () => {
    const file = memoFile();
    const first = keptYamlMemo(file, 'code');
    parseYaml('a: 1\n', 'a.yaml', 0, first);
    parseYaml('b: .inf\n', 'b.yaml', 0, first);
    first.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).values)).toHaveLength(1);
    const second = keptYamlMemo(file, 'code');
    expect(parseYaml('b: .inf\n', 'b.yaml', 0, second)).toEqual({ value: { b: Number.POSITIVE_INFINITY } });
    parseYaml('c: 3\n', 'c.yaml', 0, second);
    second.save();
    const third = keptYamlMemo(file, 'code');
    expect(third.get('a: 1\n')).toBeUndefined();
    expect(third.get('c: 3\n')).toEqual({ c: 3 });
  });
});
