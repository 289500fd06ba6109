import { readdirSync } from 'node:fs';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { derivedParagraphId } from '../../src/model/anchors';
import { addBlockIds } from '../../src/import/ids/block-ids';
import { analyseArticle } from '../../src/markdown/analyse-article';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { fixturePath, fixturesDir, planFixture } from './helpers';

const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
const heading = (value: string) => ({
  type: 'heading' as const,
  depth: 2 as const,
  children: [{ type: 'text' as const, value }],
});

/** The blocks the site itself finds in a Markdown body: its real pipeline, not the importer. */
async function siteBlocks(markdown: string) {
  const { blocks } = await analyseArticle(markdown, {
    recognisers: compileRecognisers([]).recognisers,
    factHref: (id) => `/facts/${id}/`,
  });
  return blocks.map(({ id, kind, text }) => ({ id, kind, text }));
}
const written = (blocks: ReadonlyArray<{ id: string; kind: string; text: string }>) =>
  blocks.map(({ id, kind, text }) => ({ id, kind, text }));

describe('block ids', () => {
  it('derives each id from the block’s own text with derivedParagraphId', () => {
    const tree: Root = { type: 'root', children: [paragraph('First paragraph here.'), paragraph('Second one.')] };
    const { blocks, markdown } = addBlockIds(tree);
    expect(blocks.map((b) => b.id)).toEqual([
      derivedParagraphId('First paragraph here.'),
      derivedParagraphId('Second one.'),
    ]);
    expect(markdown).toBe(
      `First paragraph here. {#${derivedParagraphId('First paragraph here.')}}\n\nSecond one. {#${derivedParagraphId('Second one.')}}\n`,
    );
  });

  it('tells identical paragraphs apart without changing the first one', () => {
    const tree: Root = { type: 'root', children: [paragraph('Same text.'), paragraph('Same text.')] };
    const ids = addBlockIds(tree).blocks.map((b) => b.id);
    expect(ids[0]).toBe(derivedParagraphId('Same text.'));
    expect(ids[1]).toBe(`${derivedParagraphId('Same text.')}-2`);
  });

  it('numbers list items, quote paragraphs and paragraphs in loose and nested lists as the site renders them', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [{ type: 'listItem', children: [paragraph('Tight item')] }],
        },
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            {
              type: 'listItem',
              children: [
                paragraph('Outer item'),
                { type: 'list', ordered: false, children: [{ type: 'listItem', children: [paragraph('Inner item')] }] },
              ],
            },
          ],
        },
        { type: 'blockquote', children: [paragraph('Quoted'), paragraph('— Someone')] },
      ],
    };
    const { markdown, blocks } = addBlockIds(tree);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Tight item'],
      ['paragraph', 'Outer item'],
      ['list-item', 'Inner item'],
      ['paragraph', 'Quoted'],
      ['paragraph', '— Someone'],
    ]);
    expect(await siteBlocks(markdown)).toEqual(written(blocks));
  });

  it('leaves headings to the site’s slugs, except one whose text ends like {#…}', async () => {
    const tree: Root = {
      type: 'root',
      children: [heading('Plain heading'), heading('Odd heading {#x}'), heading('Framing'), paragraph('Text.')],
    };
    const { markdown, blocks } = addBlockIds(tree);
    expect(markdown).toContain('## Plain heading\n');
    expect(markdown).toContain('## Odd heading {#x} {#odd-heading-x}\n');
    // "framing" is the article page's own section: the site steps around it, and so does the importer.
    expect(markdown).toContain('## Framing\n');
    expect(blocks.slice(0, 3).map((b) => b.id)).toEqual(['plain-heading', 'odd-heading-x', 'framing-section']);
    expect(await siteBlocks(markdown)).toEqual(written(blocks));
  });

  it('writes a heading’s slug when the site would number it otherwise once the file is written', async () => {
    // "Odd {#x}" must be written, and so no longer counts as the first "odd-x" when the site numbers "Odd x".
    const tree: Root = {
      type: 'root',
      children: [heading('Odd {#x}'), heading('Odd x'), heading('Odd x'), paragraph('Text.')],
    };
    const { markdown, blocks } = addBlockIds(tree);
    expect(blocks.slice(0, 3).map((b) => b.id)).toEqual(['odd-x', 'odd-x-2', 'odd-x-3']);
    expect(await siteBlocks(markdown)).toEqual(written(blocks));
  });

  it('keeps the ids a Markdown input writes, and reports those the page uses itself or that repeat', () => {
    const tree: Root = {
      type: 'root',
      children: [paragraph('Kept. {#p-kept}'), paragraph('Page’s own. {#framing}'), paragraph('Again. {#p-kept}')],
    };
    const { blocks, reservedIds, duplicateIds } = addBlockIds(tree, { keepExplicitIds: true });
    expect(blocks.map((b) => b.id)).toEqual(['p-kept', 'framing', 'p-kept']);
    expect(reservedIds).toEqual(['framing']);
    expect(duplicateIds).toEqual(['p-kept']);
    // In plain text or HTML the same characters are just text.
    expect(addBlockIds(tree).blocks.map((b) => b.text)).toEqual([
      'Kept. {#p-kept}',
      'Page’s own. {#framing}',
      'Again. {#p-kept}',
    ]);
  });

  it('names blocks whose words are Object.prototype keys like any other', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        heading('Constructor'),
        paragraph('constructor'),
        heading('__proto__'),
        paragraph('toString hasOwnProperty'),
      ],
    };
    const { markdown, blocks } = addBlockIds(tree);
    expect(blocks.map((b) => b.id)).toEqual([
      'constructor',
      derivedParagraphId('constructor'),
      '__proto__',
      derivedParagraphId('toString hasOwnProperty'),
    ]);
    expect(await siteBlocks(markdown)).toEqual(written(blocks));
  });

  it('does not change the tree it is given', () => {
    const tree: Root = { type: 'root', children: [paragraph('Text.')] };
    addBlockIds(tree);
    expect(tree.children[0]).toEqual(paragraph('Text.'));
  });
});

describe('escaping', () => {
  it('writes Markdown and directive syntax found in source text so that it renders as the same text', async () => {
    const texts = [
      '*stars* _underscores_ [brackets](x) `ticks` ~~strike~~ a|b',
      '# hash at the start',
      '- dash at the start',
      '1. number at the start',
      '> angle at the start',
      ':fact[spoofed]{#tv-remarks} and ratio:high and 10:30',
      '<b>tag</b> &amp; entity \\ backslash',
      'ends with a backslash \\',
      'ends like an id {#p-x}',
    ];
    const tree: Root = { type: 'root', children: texts.map(paragraph) };
    const { markdown, blocks } = addBlockIds(tree);
    expect(blocks.map((b) => b.text)).toEqual(texts);
    expect(await siteBlocks(markdown)).toEqual(written(blocks));
  });
});

describe('every import fixture', () => {
  const inputs = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'facts')
    .flatMap(({ name }) =>
      readdirSync(fixturePath(name, ''))
        .filter((file) => /\.(txt|html?|md)$/.test(file))
        .map((file) => ({ name, file })),
    );
  const planned = inputs.flatMap(({ name, file }) => {
    try {
      return [{ name, plan: planFixture(name, file) }];
    } catch {
      return []; // refused inputs (binary, empty) have their own tests
    }
  });

  it('is written with exactly the blocks and ids the site renders', async () => {
    expect(planned.length).toBeGreaterThanOrEqual(10);
    for (const { name, plan } of planned) {
      const body = plan.article.slice(plan.article.indexOf('\n---\n', 4) + 5);
      expect(await siteBlocks(body), name).toEqual(written(plan.blocks));
      expect(body, name).not.toContain('import-block-');
    }
  });
});
