import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_IDS } from '../../src/model/page-ids';
import { htmlPages } from '../support/dist-files';
import { attr, loadPage, normaliseText, textOf } from '../support/html';
import { checkLinks } from '../support/link-check';
import { copyProject } from '../support/project-copy';
import { sentencesOf } from '../support/sentences';

/** The whole briefing, built once by the real `npm run build` in a scratch copy of the project. */
let project: ReturnType<typeof copyProject>;
let dist: string;
let buildOutput = '';
const page = (path: string) => loadPage(join(dist, path, path.endsWith('.html') ? '' : 'index.html'));
const ARTICLES = ['alliance-collapse-warning', 'alliance-would-weaken'];

/** A correction as an editor would record it (the seeds have only a change of presentation). */
const CORRECTION = `date: 2026-12-02
kind: correction
summary: The timeline gave the day of the televised remarks as 28 January; the sources say 26 or 27 January.
facts: [tv-remarks]
articles: [alliance-would-weaken]
`;

beforeAll(() => {
  project = copyProject();
  project.write('content/corrections/remarks-day.yaml', CORRECTION);
  const result = project.build();
  expect(result.status, result.output).toBe(0);
  dist = project.path('dist');
  buildOutput = result.output;
});
afterAll(() => project?.remove());

describe('the built briefing', () => {
  it('has a page at every address of the product', () => {
    const required = [
      'index.html',
      'timeline/index.html',
      'sources/index.html',
      'facts/index.html',
      '404.html',
      ...ARTICLES.map((id) => `articles/${id}/index.html`),
    ];
    for (const file of required) expect(existsSync(join(dist, file)), file).toBe(true);
    const facts = htmlPages(dist).filter((file) => /^facts\/[^/]+\/index\.html$/.test(file));
    expect(facts.length).toBeGreaterThanOrEqual(6);
  });

  it.each(ARTICLES)('keeps every sentence of the original of %s on its page', (id) => {
    const source = project.read(`content/articles/${id}.md`);
    const original = /^original: (.+)$/m.exec(source)?.[1] ?? '';
    const sentences = sentencesOf(project.read(`content/originals/${original}`));
    const text = page(`articles/${id}/`).text('main');
    const missing = sentences.filter((sentence) => !text.includes(sentence));
    expect(sentences.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });

  it('publishes the originals byte for byte', () => {
    for (const name of ['000_599f86e10a7d83be', '001_7b68270386ca01f4']) {
      expect(readFileSync(join(dist, 'originals', `${name}.txt`))).toEqual(
        readFileSync(project.path(`content/originals/${name}.txt`)),
      );
    }
  });

  it.each(['tv-remarks', 'lower-house-election', 'china-countermeasures'])(
    'cross-links %s both ways, down to the paragraph, in both articles',
    (factId) => {
      const passages = page(`facts/${factId}/`)
        .all('.passage footer a')
        .map((a) => attr(a, 'href') ?? '');
      for (const articleId of ARTICLES) {
        const here = passages.filter((href) => href.startsWith(`/articles/${articleId}/#`));
        expect(here.length, `${factId} → ${articleId}`).toBeGreaterThan(0);
        const articlePage = page(`articles/${articleId}/`);
        for (const href of here) {
          const blockId = decodeURIComponent(href.split('#')[1] ?? '');
          const block = articlePage.one(`[id="${blockId}"]`);
          expect(block, href).toBeDefined();
          const linksBack =
            (block?.children ?? []).length > 0 &&
            articlePage.all(`[id="${blockId}"] a.fact-mention`).some((a) => attr(a, 'href') === `/facts/${factId}/`);
          expect(linksBack, `${href} links back to ${factId}`).toBe(true);
        }
      }
    },
  );

  it('gives every article paragraph its own id', () => {
    for (const id of ARTICLES) {
      const body = page(`articles/${id}/`);
      const blocks = body.all('.article-body p, .article-body li');
      expect(blocks.length).toBeGreaterThan(10);
      for (const block of blocks) expect(attr(block, 'id'), textOf(block).slice(0, 60)).toMatch(/^p-/);
    }
  });

  it.each(ARTICLES)('gives %s no id outside the article body that is not on the list of the page’s own ids', (id) => {
    const article = page(`articles/${id}/`);
    const inBody = new Set(article.all('.article-body [id]'));
    const own = article
      .all('[id]')
      .filter((element) => !inBody.has(element))
      .map((element) => attr(element, 'id') ?? '');
    expect(inBody.size).toBeGreaterThan(10);
    expect(own).toEqual(expect.arrayContaining(['main', 'framing', 'facts-in-article']));
    expect(own.filter((ownId) => !ARTICLE_PAGE_IDS.has(ownId))).toEqual([]);
  });

  it('has unique ids on every page and an id on every h2 and h3', () => {
    for (const file of htmlPages(dist)) {
      const doc = loadPage(join(dist, file));
      const ids = doc.all('[id]').map((el) => attr(el, 'id'));
      expect(ids.length - new Set(ids).size, `duplicate ids on ${file}`).toBe(0);
      for (const heading of doc.all('h2, h3')) expect(attr(heading, 'id'), `${file}: ${textOf(heading)}`).toBeTruthy();
    }
  });

  it('resolves every internal link and #fragment on every page', () => {
    const { broken, checked } = checkLinks(dist);
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('invents no metadata: stated values are in the original, the rest is marked not stated or inferred with a reason', () => {
    for (const id of ARTICLES) {
      const source = project.read(`content/articles/${id}.md`);
      const original = normaliseText(project.read(`content/originals/${/^original: (.+)$/m.exec(source)?.[1]}`));
      const doc = page(`articles/${id}/`);
      const rows = doc.all('.meta .meta-row');
      const fields = ['Title', 'Publisher', 'Byline', 'Published', 'Address', 'Language'];
      for (const field of fields) {
        const row = rows.find((r) => textOf(r).startsWith(field));
        expect(row, `${id}: ${field}`).toBeDefined();
        const text = textOf(row!);
        const status = /Stated|Not stated|Inferred/.exec(text)?.[0];
        expect(status, `${id}: ${field} says where it comes from`).toBeDefined();
        if (status === 'Inferred') expect(text.length, `${id}: ${field} gives a reason`).toBeGreaterThan(60);
        if (status === 'Stated') {
          const value = text
            .slice(field.length)
            .replace(/\s*Stated.*$/, '')
            .trim();
          const variants = field === 'Published' ? datesAsWritten(value) : [value];
          expect(
            variants.some((v) => original.includes(v)),
            `${id}: ${field} "${value}" is in the original`,
          ).toBe(true);
        }
      }
    }
    expect(page('articles/alliance-collapse-warning/').text('main')).toMatch(/The source states no title/);
  });

  it('logs the recorded correction on the About page, newest first, linked to the pages it changed', () => {
    const about = page('about/');
    const entries = about.all('.changes-log > li').map((li) => String(li.properties.id));
    expect(entries).toEqual(['change-remarks-day', 'change-differences-ranked', 'added-2026-11-22']);
    const entry = about.one('#change-remarks-day')!;
    expect(textOf(entry)).toMatch(
      /2 December 2026 Correction The timeline gave the day of the televised remarks as 28 January/,
    );
    expect(selectAll('a', entry).map((a) => attr(a, 'href'))).toEqual([
      '/facts/tv-remarks/',
      '/articles/alliance-would-weaken/',
    ]);
    // Additions name their sources.
    expect(
      selectAll('a', about.one('#added-2026-11-22')!)
        .map((a) => attr(a, 'href'))
        .sort(),
    ).toEqual(ARTICLES.map((id) => `/articles/${id}/`));
  });

  it('puts the correction and the additions in the updates feed', () => {
    const feed = readFileSync(join(dist, 'updates.xml'), 'utf8');
    const titles = [...feed.matchAll(/<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/g)].map(
      (m) => `${m[1]} → ${new URL(m[2]!).pathname}${new URL(m[2]!).hash}`,
    );
    expect(titles).toEqual([
      'Correction, 2 December 2026 → /about/#change-remarks-day',
      'Change, 1 December 2026 → /about/#change-differences-ranked',
      'Updated 22 November 2026: added 2 sources → /sources/#update-2026-11-22',
    ]);
    expect(feed).toContain(
      'Pages changed: Takaichi’s televised remarks on the alliance and a Taiwan crisis; Japan US Alliance Would Weaken if Tokyo Ignored Taiwan Crisis.',
    );
  });

  it('gives long pages their contents, each entry an id on the page, and every article a way to the next', () => {
    for (const path of [...ARTICLES.map((id) => `articles/${id}/`), 'facts/tv-remarks/', 'about/']) {
      const doc = page(path);
      const links = doc
        .all('nav[aria-label="On this page"] .toc__full a')
        .map((a) => decodeURIComponent(String(attr(a, 'href')).slice(1)));
      expect(links.length, path).toBeGreaterThanOrEqual(3);
      for (const id of links) expect(doc.one(`[id="${id}"]`), `${path}#${id}`).toBeDefined();
    }
    const pagers = ARTICLES.map((id) =>
      page(`articles/${id}/`)
        .all('nav[aria-label="Previous and next source"] a')
        .map((a) => `${attr(a, 'rel')} ${attr(a, 'href')}`),
    );
    expect(pagers.flat().sort()).toEqual([
      'next /articles/alliance-would-weaken/',
      'prev /articles/alliance-collapse-warning/',
    ]);
  });

  it('lists every source on the sources page at its #source-<id>, grouped by month', () => {
    const doc = page('sources/');
    for (const id of ARTICLES) expect(attr(doc.one(`#source-${id} a`), 'href'), id).toBe(`/articles/${id}/`);
    expect(doc.all('section > .heading-wrapper h3').map((h) => attr(h, 'id'))).toEqual(['sources-2026-01']);
  });

  it('shows the timeline in date order with precision, sources and the conflicting dates of the TV remarks', () => {
    const doc = page('timeline/');
    const dates = doc.all('ol.timeline > li time').map((t) => attr(t, 'dateTime') ?? '');
    const firstOfEach = doc.all('ol.timeline > li').map((li) => attr(loadFirst(li), 'dateTime') ?? '');
    expect(firstOfEach).toEqual([...firstOfEach].sort());
    expect(dates.length).toBeGreaterThanOrEqual(6);
    const remarks = doc.one('#entry-tv-remarks');
    expect(textOf(remarks!)).toMatch(/Sources differ on the date/);
    expect(textOf(remarks!)).toMatch(/January 26, 2026.*on Tuesday/);
  });
});

function loadFirst(li: import('hast').Element) {
  return loadPageElement(li, 'time');
}

describe('the build output (npm run build on the seeds)', () => {
  /** Lines that report a warning, whoever prints them (Astro, Vite/rolldown, npm). */
  const warnings = () =>
    buildOutput
      .split('\n')
      .filter((line) =>
        /\[WARN\]|\bnpm warn\b|EBADENGINE|MODULE_LEVEL_DIRECTIVE|Shiki|not compatible with Content Security Policy/iu.test(
          line,
        ),
      );

  it('prints no warning that asks nothing of the reader: no Shiki CSP notice, no rolldown directive box', () => {
    expect(buildOutput).not.toMatch(/Shiki|MODULE_LEVEL_DIRECTIVE|use astro:head-inject|EBADENGINE|╭─/u);
  });

  it('prints one warning only, and only while the site address is the example one: set BRIEFING_SITE', () => {
    const expected = process.env.BRIEFING_SITE
      ? []
      : [
          /\[WARN\] \[site-address\] the site address is the example https:\/\/briefing\.example\.org: .*BRIEFING_SITE=/u,
        ];
    const found = warnings();
    expect(found, found.join('\n')).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});

function loadPageElement(root: import('hast').Element, tag: string): import('hast').Element | undefined {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) return child;
    const found = loadPageElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** The ways a source may write a date that the page shows as "27 January 2026". */
function datesAsWritten(shown: string): string[] {
  const date = new Date(`${shown} UTC`);
  const month = date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const short = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  return [
    `${month} ${day}, ${year}`,
    `${short} ${day}, ${year}`,
    `${day} ${month} ${year}`,
    date.toISOString().slice(0, 10),
  ];
}
