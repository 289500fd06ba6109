import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publish, removeLeftovers, type PublishFs } from '../../scripts/lib/publish';

let root: string;
const at = (...parts: string[]) => join(root, ...parts);
const site = (folder: string, text: string) => {
  mkdirSync(at(folder), { recursive: true });
  writeFileSync(at(folder, 'index.html'), text);
};
const real: PublishFs = { rename: renameSync, remove: (path) => rmSync(path, { recursive: true, force: true }) };
/** The real operations, with one rename made to fail as a full disk or a held file would. */
const failingRename = (when: (from: string, to: string) => boolean): PublishFs => ({
  ...real,
  rename: (from, to) => {
    if (when(from, to)) throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
    renameSync(from, to);
  },
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefing-publish-'));
  mkdirSync(at('.build'));
  site('dist', 'old site');
  site('.build/out-1', 'new site');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('publishing a build', () => {
  it('swaps the new site in and removes the old one', () => {
    expect(publish(at('.build/out-1'), at('dist'), at('.build'))).toEqual({ published: true });
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(at('.build'))).toEqual([]);
  });

  it('when the old site cannot be moved aside: nothing published, the new build removed', () => {
    const result = publish(
      at('.build/out-1'),
      at('dist'),
      at('.build'),
      failingRename((from) => from === at('dist')),
    );
    expect(result).toEqual({ published: false, reason: 'could not move the current dist/ aside (EPERM)' });
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('old site');
    expect(readdirSync(at('.build'))).toEqual([]);
  });

  it('when the new site cannot be put in place: the old site is put back', () => {
    const result = publish(
      at('.build/out-1'),
      at('dist'),
      at('.build'),
      failingRename((from) => from === at('.build/out-1')),
    );
    expect(result).toEqual({ published: false, reason: 'could not put the new site in place (EPERM)' });
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('old site');
    expect(readdirSync(at('.build'))).toEqual([]);
  });

  it('when the old site cannot be deleted: published, with a warning naming the folder', () => {
    const result = publish(at('.build/out-1'), at('dist'), at('.build'), {
      ...real,
      remove: (path) => {
        if (path.includes('previous-')) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        real.remove(path);
      },
    });
    expect(result.published).toBe(true);
    expect(result.published && result.warning).toMatch(/old site could not be removed from .*previous-\d+ \(EBUSY\)/);
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('new site');
  });

  it('deletes the scratch folders of killed builds, keeping those of running ones', () => {
    // out-1 belongs to process 1 (init), which is always running; no process has a pid this large.
    site('.build/out-999999999', 'half a build');
    site(`.build/previous-${process.pid}`, 'this process');
    expect(removeLeftovers(at('.build'))).toEqual(['out-999999999']);
    expect(existsSync(at('.build/out-1'))).toBe(true);
    expect(existsSync(at(`.build/previous-${process.pid}`))).toBe(true);
  });
});
