import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/integration/link-tree';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-link-tree-'));
  made.push(dir);
  return dir;
}

describe('linkTree', () => {
  it('gives the same files and folders under the new name, each file the same one on disk', () => {
    const root = folder();
    const from = join(root, 'kept');
    mkdirSync(join(from, 'fragment'), { recursive: true });
    writeFileSync(join(from, 'pagefind-entry.json'), '{"version":"1"}');
    writeFileSync(join(from, 'fragment', 'en_1.pf_fragment'), 'one');
    linkTree(from, join(root, 'site', 'pagefind'));
    const linked = join(root, 'site', 'pagefind');
    expect(readFileSync(join(linked, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
    expect(readFileSync(join(linked, 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('one');
    expect(statSync(join(linked, 'fragment', 'en_1.pf_fragment')).ino).toBe(
      statSync(join(from, 'fragment', 'en_1.pf_fragment')).ino,
    );
  });

  it('leaves the kept files whole when the site folder is deleted, as every build does', () => {
    const root = folder();
    const from = join(root, 'kept');
    mkdirSync(from);
    writeFileSync(join(from, 'index.pf_meta'), 'meta');
    linkTree(from, join(root, 'site'));
    rmSync(join(root, 'site'), { recursive: true });
    expect(readFileSync(join(from, 'index.pf_meta'), 'utf8')).toBe('meta');
  });
});
