import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepOriginal, readKeptOriginal } from '../../src/content-layer/kept-originals';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-originals-'));
  return join(dir, 'kept');
};

describe('kept originals', () => {
  it('gives the page back exactly the bytes the loader read, kept once under their digest', () => {
    const kept = folder();
    const bytes = new TextEncoder().encode('The ferry service resumed on Monday.\r\n\u00a0\uFEFF');
    const first = keepOriginal(kept, bytes);
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(keepOriginal(kept, bytes)).toEqual(first);
    expect(readdirSync(kept)).toEqual([first.sha256]);
    expect(readKeptOriginal(first)).toEqual(Buffer.from(bytes));
  });

  it('refuses a kept copy that is gone or no longer holds those bytes', () => {
    const kept = folder();
    const original = keepOriginal(kept, new TextEncoder().encode('First text.'));
    writeFileSync(original.file, 'Another text.');
    expect(() => readKeptOriginal(original)).toThrow(/missing or changed/);
    rmSync(original.file);
    expect(() => readKeptOriginal(original)).toThrow(/run the build again/);
  });
});
