import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RENDERER_PACKAGES,
  rendererDigest,
  rendererInputs,
  rendererPackageVersions,
} from '../../src/og/renderer-digest';
import { projectRoot, scratchFolder } from '../support/content-copy';

/** A lock file in npm's format (lockfileVersion 3) with the given `packages` entries. */
function lockFile(packages: Record<string, object>): string {
  return JSON.stringify({ name: 'x', lockfileVersion: 3, packages: { '': {}, ...packages } });
}

/** A renderer's dependency tree: satori needing a nested and a hoisted package, resvg with a platform binary. */
const lockedTree = {
  'node_modules/satori': { version: '0.63.2', integrity: 'sha-satori', dependencies: { yoga: '^1', linebreak: '^1' } },
  'node_modules/satori/node_modules/yoga': { version: '1.0.0', integrity: 'sha-yoga-nested' },
  'node_modules/yoga': { version: '2.0.0', integrity: 'sha-yoga-hoisted' },
  'node_modules/linebreak': { version: '1.1.0', integrity: 'sha-linebreak' },
  'node_modules/@resvg/resvg-js': {
    version: '2.6.2',
    integrity: 'sha-resvg',
    optionalDependencies: { '@resvg/resvg-js-linux-x64-gnu': '2.6.2' },
  },
  'node_modules/@resvg/resvg-js-linux-x64-gnu': { version: '2.6.2', integrity: 'sha-resvg-linux' },
  'node_modules/@fontsource/inter': { version: '5.3.0', integrity: 'sha-inter' },
  'node_modules/vitest': { version: '4.1.12', integrity: 'sha-vitest' },
};

let project: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  project = scratchFolder(mkdtempSync(join(tmpdir(), 'renderer-digest-')));
  cpSync(join(projectRoot, 'src', 'og'), project.path('src/og'), { recursive: true });
  project.write('package-lock.json', lockFile(lockedTree));
});
afterEach(() => project.remove());

describe('rendererPackageVersions', () => {
  it('lists the renderer packages and everything they need, as Node would resolve them, and nothing else', () => {
    const lines = rendererPackageVersions(project.root);
    expect(lines).toEqual([
      'node_modules/@fontsource/inter@5.3.0 sha-inter',
      'node_modules/@resvg/resvg-js-linux-x64-gnu@2.6.2 sha-resvg-linux',
      'node_modules/@resvg/resvg-js@2.6.2 sha-resvg',
      'node_modules/linebreak@1.1.0 sha-linebreak',
      'node_modules/satori/node_modules/yoga@1.0.0 sha-yoga-nested',
      'node_modules/satori@0.63.2 sha-satori',
    ]);
  });

  it('falls back to the installed versions when there is no lock file', () => {
    project.remove();
    mkdirSync(project.path('node_modules/satori'), { recursive: true });
    project.write('node_modules/satori/package.json', JSON.stringify({ version: '9.9.9' }));
    const lines = rendererPackageVersions(project.root);
    expect(lines).toContain('satori@9.9.9');
    expect(lines).toContain('@resvg/resvg-js@missing');
    expect(lines).toHaveLength(RENDERER_PACKAGES.length);
  });

  it('finds every renderer package in the project’s own lock file', () => {
    const lines = rendererPackageVersions(projectRoot);
    for (const name of RENDERER_PACKAGES)
      expect(lines.some((line) => line.startsWith(`node_modules/${name}@`))).toBe(true);
  });
});

describe('rendererInputs', () => {
  it('names every file of the card code and the lock file, the files the digest reads', () => {
    const inputs = rendererInputs(project.root);
    expect(inputs).toContain(project.path('src/og/card-theme.ts'));
    expect(inputs).toContain(project.path('src/og/render-card.ts'));
    expect(inputs.at(-1)).toBe(project.path('package-lock.json'));
  });
});

describe('rendererDigest', () => {
  it('stays the same for the same code and packages', () => {
    expect(rendererDigest(project.root)).toBe(rendererDigest(project.root));
  });

  it('changes when the card code changes', () => {
    const before = rendererDigest(project.root);
    project.edit('src/og/card-theme.ts', (text) => text.replace("paper: '#F7F4EE'", "paper: '#FFFFFF'"));
    expect(rendererDigest(project.root)).not.toBe(before);
  });

  it('changes when a package the renderer depends on changes, even indirectly', () => {
    const before = rendererDigest(project.root);
    project.write(
      'package-lock.json',
      lockFile({ ...lockedTree, 'node_modules/linebreak': { version: '1.1.1', integrity: 'sha-other' } }),
    );
    expect(rendererDigest(project.root)).not.toBe(before);
  });

  it('stays the same when an unrelated dependency changes', () => {
    const before = rendererDigest(project.root);
    project.write(
      'package-lock.json',
      lockFile({ ...lockedTree, 'node_modules/vitest': { version: '5.0.0', integrity: 'sha-new' } }),
    );
    expect(rendererDigest(project.root)).toBe(before);
  });
});
