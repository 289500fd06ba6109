import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeDigest } from '../support/dist-files';
import { copyProject } from '../support/project-copy';

/**
 * `npm run build` publishes all or nothing: when the content check or the Astro build fails, the last
 * good `dist/` stays byte for byte as it was, and the report names every problem at once.
 */
let project: ReturnType<typeof copyProject>;
let goodDigest: string;

beforeAll(() => {
  project = copyProject();
  const good = project.build();
  expect(good.status, good.output).toBe(0);
  goodDigest = treeDigest(project.path('dist'));
});
afterAll(() => project?.remove());

describe('publishing', () => {
  it('refuses bad content, reports every problem with file, field and fix, and leaves dist/ untouched', () => {
    const fact = 'content/facts/tv-remarks.yaml';
    const article = 'content/articles/alliance-would-weaken.md';
    const original = { fact: project.read(fact), article: project.read(article) };
    project.edit(fact, (text) =>
      text.replace('related: [us-forces-scenario', 'related: [no-such-fact, us-forces-scenario'),
    );
    project.edit(article, (text) =>
      text
        .replace('value: 2026-01-27', "value: '2026-02-30'")
        .replace('{#p-televised-interview}', '{#p-lose-credibility}'),
    );
    const result = project.build();
    project.write(fact, original.fact);
    project.write(article, original.article);

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /content\/facts\/tv-remarks\.yaml — related\[0\] \(value: "no-such-fact"\)\n\s+unknown fact id "no-such-fact"\n\s+→ use one of the fact ids:/,
    );
    expect(result.stderr).toMatch(
      /content\/articles\/alliance-would-weaken\.md — published\.value \(value: "2026-02-30"\)/,
    );
    expect(result.stderr).toMatch(/Nothing was published: dist\/ is unchanged/);
    expect(treeDigest(project.path('dist'))).toBe(goodDigest);
  });

  it('leaves dist/ untouched when the Astro build itself fails', () => {
    project.write('src/pages/broken.astro', '---\nthrow new Error("a page that cannot render");\n---\n<p>never</p>\n');
    const result = project.build();
    rmSync(project.path('src/pages/broken.astro'));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/a page that cannot render/);
    expect(result.stderr).toMatch(/Nothing was published: dist\/ is unchanged/);
    expect(treeDigest(project.path('dist'))).toBe(goodDigest);
  });

  it('publishes again once the problems are fixed', () => {
    const result = project.build();
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/published to dist\//);
  });
});
