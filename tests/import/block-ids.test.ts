import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { derivedParagraphId } from '../../src/briefing/anchors';
import { addBlockIds } from '../../src/import/ids/block-ids';
import { renderBody } from '../../src/import/write/render-markdown';
import { verifyRendering } from '../../src/import/write/verify-rendering';

const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });

describe('block ids', () => {
  it('derives each id from the block’s own text with derivedParagraphId', () => {
    const tree: Root = { type: 'root', children: [paragraph('First paragraph here.'), paragraph('Second one.')] };
    const { blocks } = addBlockIds(tree);
    expect(blocks.map((b) => b.id)).toEqual([derivedParagraphId('First paragraph here.'), derivedParagraphId('Second one.')]);
  });

  it('tells identical paragraphs apart without changing the first one', () => {
    const tree: Root = { type: 'root', children: [paragraph('Same text.'), paragraph('Same text.')] };
    const ids = addBlockIds(tree).blocks.map((b) => b.id);
    expect(ids[0]).toBe(derivedParagraphId('Same text.'));
    expect(ids[1]).toBe(`${derivedParagraphId('Same text.')}-2`);
  });

  it('numbers list items, quote paragraphs and paragraphs in loose and nested lists as the site renders them', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', children: [paragraph('Tight item')] }] },
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [
            {
              type: 'listItem',
              children: [paragraph('Outer item'), { type: 'list', ordered: false, children: [{ type: 'listItem', children: [paragraph('Inner item')] }] }],
            },
          ],
        },
        { type: 'blockquote', children: [paragraph('Quoted'), paragraph('— Someone')] },
      ],
    };
    const { tree: withIds, blocks } = addBlockIds(tree);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Tight item'],
      ['paragraph', 'Outer item'],
      ['list-item', 'Inner item'],
      ['paragraph', 'Quoted'],
      ['paragraph', '— Someone'],
    ]);
    expect(verifyRendering(renderBody(withIds), blocks)).toEqual([]);
  });

  it('leaves headings to the site’s slugs, except one whose text ends like {#…}', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Plain heading' }] },
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Odd heading {#x}' }] },
      ],
    };
    const markdown = renderBody(addBlockIds(tree).tree);
    expect(markdown).toContain('## Plain heading\n');
    expect(markdown).toContain('## Odd heading {#x} {#odd-heading-x}\n');
  });

  it('does not change the tree it is given', () => {
    const tree: Root = { type: 'root', children: [paragraph('Text.')] };
    addBlockIds(tree);
    expect(tree.children[0]).toEqual(paragraph('Text.'));
  });
});

describe('escaping', () => {
  it('writes Markdown and directive syntax found in source text so that it renders as the same text', () => {
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
    const { tree: withIds, blocks } = addBlockIds(tree);
    expect(blocks.map((b) => b.text)).toEqual(texts);
    expect(verifyRendering(renderBody(withIds), blocks)).toEqual([]);
  });
});
