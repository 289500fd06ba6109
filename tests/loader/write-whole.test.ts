import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from '../../src/loader/write-whole';

describe('writeWhole', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'write-whole-'));

  it('creates the folder and leaves only the named file, text or bytes', () => {
    const root = dir();
    writeWhole(join(root, 'a', 'b', 'memo.json'), '{"x":1}');
    writeWhole(join(root, 'a', 'bytes'), new Uint8Array([0, 255, 7]));
    expect(readFileSync(join(root, 'a', 'b', 'memo.json'), 'utf8')).toBe('{"x":1}');
    expect([...readFileSync(join(root, 'a', 'bytes'))]).toEqual([0, 255, 7]);
    expect(readdirSync(join(root, 'a')).sort()).toEqual(['b', 'bytes']);
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['memo.json']);
  });

  it('replaces what was there whole', () => {
    const root = dir();
    const file = join(root, 'memo.json');
    writeFileSync(file, 'a much longer text that was there before');
    writeWhole(file, 'short');
    expect(readFileSync(file, 'utf8')).toBe('short');
  });

  it('throws where the folder cannot be made, and writes nothing', () => {
    const root = dir();
    writeFileSync(join(root, 'taken'), 'a file, not a folder');
    expect(() => writeWhole(join(root, 'taken', 'memo.json'), 'x')).toThrow();
    expect(readdirSync(root)).toEqual(['taken']);
  });
});
