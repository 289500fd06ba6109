import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, loadPage, textOf } from '../support/html';
import { copyProject } from '../support/project-copy';

/**
 * Ids that are also names every JavaScript object has (`constructor`, `toString`, `hasOwnProperty`,
 * `__proto__`) are ordinary ids to an editor. Where they are valid ids — a paragraph's `{#id}`, a
 * heading's text, a fact's or an article's file name — the real build publishes them like any other;
 * where they are not (YAML keys, file names with capitals or underscores) the bad-input cases
 * (tests/loader/bad-input-cases.ts) show they are refused with a problem.
 */
const ARTICLE = 'content/articles/alliance-would-weaken.md';
const OTHER = 'content/articles/alliance-collapse-warning.md';
const FACT = 'content/facts/tv-remarks.yaml';

let project: ReturnType<typeof copyProject>;
let buildOutput = '';
const page = (path: string) => loadPage(join(project.path('dist'), path, 'index.html'));
const json = (name: string) => JSON.parse(readFileSync(project.path(`dist/data/${name}`), 'utf8')) as unknown;

beforeAll(() => {
  project = copyProject();
  project.edit(ARTICLE, (text) =>
    text
      .replace('{#p-byline}', '{#hasOwnProperty}')
      .replace('{#p-no-longer-function}', '{#toString}')
      .replace('{#p-bullet-taiwan-strait}', '{#\\_\\_proto\\_\\_}')
      .concat('\n## Constructor\n\nThe heading above is named like the function that builds every object.\n'),
  );
  // A fact and an article whose ids are `constructor`: the same rules and text under other files.
  project.write(
    'content/facts/constructor.yaml',
    project
      .read(FACT)
      .replace(/^title: .*$/m, 'title: The televised remarks, filed again under another id')
      .replace(/^related: .*$/m, ''),
  );
  const original = /^original: (.+)$/m.exec(project.read(OTHER))?.[1] ?? '';
  project.write('content/originals/constructor.txt', project.read(`content/originals/${original}`));
  project.write(
    'content/articles/constructor.md',
    project
      .read(OTHER)
      .replace(/^original: .*$/m, 'original: constructor.txt')
      .replace(/^added: .*$/m, 'added: 2026-11-30'),
  );
  const result = project.build();
  buildOutput = result.output;
  expect(result.status, result.output).toBe(0);
}, 600_000);
afterAll(() => project?.remove());

describe('ids named like the properties of every object', () => {
  it('are the ids of their paragraphs and heading on the article page, once each', () => {
    const article = page('articles/alliance-would-weaken');
    for (const id of ['hasOwnProperty', 'toString', '__proto__', 'constructor']) {
      const elements = article.all('[id]').filter((element) => attr(element, 'id') === id);
      expect(
        elements.map((element) => element.tagName),
        id,
      ).toEqual([id === 'constructor' ? 'h2' : id === '__proto__' ? 'li' : 'p']);
    }
    const toStringParagraph = article.all('p').find((element) => attr(element, 'id') === 'toString');
    expect(textOf(toStringParagraph!)).toContain('the alliance itself would no longer function');
  });

  it('link a fact page to the paragraph named toString', () => {
    const links = page('facts/tv-remarks')
      .all('a')
      .map((a) => attr(a, 'href') ?? '');
    expect(links).toContain('/articles/alliance-would-weaken/#toString');
  });

  it('give the fact and the article named constructor their pages, and each other’s links', () => {
    expect(page('facts/constructor').text('h1')).toBe('The televised remarks, filed again under another id');
    expect(existsSync(project.path('dist/articles/constructor/index.html'))).toBe(true);
    const factLinks = page('facts/constructor')
      .all('a')
      .map((a) => attr(a, 'href') ?? '');
    expect(factLinks.some((href) => href.startsWith('/articles/constructor/#'))).toBe(true);
    const articleLinks = page('articles/constructor')
      .all('a')
      .map((a) => attr(a, 'href') ?? '');
    expect(articleLinks).toContain('/facts/constructor/');
  });

  it('are in the published data under their own names', () => {
    type Facts = { facts: Array<{ id: string; mentions: Array<{ article: string; paragraph: string }> }> };
    const { facts } = json('facts.json') as Facts;
    const mentions = facts.flatMap((fact) =>
      fact.mentions.map((mention) => `${fact.id} ${mention.article}#${mention.paragraph}`),
    );
    expect(mentions).toEqual(
      expect.arrayContaining([
        'tv-remarks alliance-would-weaken#toString',
        'constructor alliance-would-weaken#toString',
      ]),
    );
    expect(mentions.some((mention) => mention.startsWith('constructor constructor#'))).toBe(true);
    expect(buildOutput).not.toMatch(/TypeError|is not a function|\[object Object\]/);
  });
});
