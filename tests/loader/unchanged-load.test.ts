import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepLoad, loadInput, readKeptLoad } from '../../src/content-layer/unchanged-load';

/**
 * The digest that lets a build skip the load (src/content-layer/unchanged-load.ts) must change with
 * anything the load reads or depends on, and refuse anything that is not a plain file, so that the
 * full load meets it and says what is wrong.
 */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'briefing-input-'));
  made.push(root);
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  mkdirSync(join(root, 'content', 'facts'), { recursive: true });
  writeFileSync(join(root, 'content', 'briefing.yaml'), 'title: A harbour story\n');
  writeFileSync(join(root, 'content', 'articles', 'ferry-opens.md'), '---\ntitle: x\n---\n\nThe ferry opens.\n');
  writeFileSync(join(root, 'content', 'facts', 'ferry.yaml'), 'title: The ferry opens\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  return root;
}

const input = (root: string, code = 'code 1', base = '/') => loadInput(root, { base, code });

describe('the input of a load', () => {
  it('is the same for the same files, code and base', () => {
    const root = project();
    expect(input(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(input(root)).toBe(input(root));
  });

  it('changes with a byte of any content file, a new file, a removed one, or a renamed one', () => {
    const root = project();
    const before = input(root);
    writeFileSync(join(root, 'content', 'facts', 'ferry.yaml'), 'title: The ferry opens.\n');
    const edited = input(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'content', 'facts', 'bridge.yaml'), 'title: The bridge closes\n');
    const added = input(root);
    expect(added).not.toBe(edited);
    rmSync(join(root, 'content', 'facts', 'bridge.yaml'));
    expect(input(root)).toBe(edited);
    rmSync(join(root, 'content', 'facts', 'ferry.yaml'));
    writeFileSync(join(root, 'content', 'facts', 'ferry-route.yaml'), 'title: The ferry opens.\n');
    expect(input(root)).not.toBe(edited);
  });

  it('changes with the loader’s code, the base path and the lock file', () => {
    const root = project();
    const before = input(root);
    expect(input(root, 'code 2')).not.toBe(before);
    expect(input(root, 'code 1', '/briefing/')).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    expect(input(root)).not.toBe(before);
  });

  it('leaves hidden files out, as the loader does', () => {
    const root = project();
    const before = input(root);
    writeFileSync(join(root, 'content', 'facts', '.gitkeep'), '');
    expect(input(root)).toBe(before);
  });

  it('is undefined for a link, a named pipe or a folder where the loader expects files, so the load reports it', () => {
    const linked = project();
    symlinkSync('/etc/hostname', join(linked, 'content', 'facts', 'linked.yaml'));
    expect(input(linked)).toBeUndefined();
    // A named pipe is never opened: reading one would never end.
    const piped = project();
    execFileSync('mkfifo', [join(piped, 'content', 'facts', 'piped.yaml')]);
    expect(input(piped)).toBeUndefined();
    const nested = project();
    mkdirSync(join(nested, 'content', 'articles', 'more'));
    expect(input(nested)).toBeUndefined();
    const noContent = mkdtempSync(join(tmpdir(), 'briefing-input-'));
    made.push(noContent);
    expect(input(noContent)).toBeUndefined();
  });
});

describe('the kept report of the last load', () => {
  it('is read back as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-kept-load-'));
    made.push(dir);
    const file = join(dir, 'cache', 'briefing-load.json');
    const kept = {
      input: 'a'.repeat(64),
      summary: '2 articles, 16 facts, 6 cited sources',
      warnings: [{ file: 'content/facts/ferry.yaml', where: 'accounts', problem: 'has no account', fix: 'add one' }],
      doubtfulLinks: 3,
    };
    keepLoad(file, kept);
    expect(readKeptLoad(file)).toEqual(kept);
    // A plain `astro build` keeps no count of doubtful links (only `npm run build` prints it).
    const { doubtfulLinks: _left, ...withoutCount } = kept;
    keepLoad(file, withoutCount);
    expect(readKeptLoad(file)).toEqual(withoutCount);
  });

  it('is undefined when missing, unreadable or of another shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-kept-load-'));
    made.push(dir);
    expect(readKeptLoad(join(dir, 'none.json'))).toBeUndefined();
    writeFileSync(join(dir, 'broken.json'), '{"input": "a", "summary":');
    expect(readKeptLoad(join(dir, 'broken.json'))).toBeUndefined();
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ input: 'a', summary: 's', warnings: 'none' }));
    expect(readKeptLoad(join(dir, 'other.json'))).toBeUndefined();
    writeFileSync(
      join(dir, 'count.json'),
      JSON.stringify({ input: 'a', summary: 's', warnings: [], doubtfulLinks: '3' }),
    );
    expect(readKeptLoad(join(dir, 'count.json'))).toBeUndefined();
  });
});
