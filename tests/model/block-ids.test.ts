import { describe, expect, it } from 'vitest';
import { shortHash } from '../../src/model/anchors';
import { blockIds, type BlockToName } from '../../src/model/block-ids';

const paragraph = (text: string, explicitId?: string): BlockToName => ({ kind: 'paragraph', text, explicitId });
const heading = (text: string, explicitId?: string): BlockToName => ({ kind: 'heading', text, explicitId });

describe('blockIds', () => {
  const blocks = [
    paragraph('First paragraph about the alliance.'),
    paragraph('Second one', 'p-second'),
    paragraph('First paragraph about the alliance, again in other words.'),
  ];

  it('keeps explicit ids and derives the rest from their own text', () => {
    const { ids, duplicates, reserved } = blockIds(blocks);
    expect(ids).toEqual([
      `p-first-paragraph-about-the-alliance-${shortHash('First paragraph about the alliance.')}`,
      'p-second',
      `p-first-paragraph-about-the-alliance-again-${shortHash('First paragraph about the alliance, again in other words.')}`,
    ]);
    expect(duplicates).toEqual([]);
    expect(reserved).toEqual([]);
  });

  it('does not change any id when a paragraph is inserted before the others', () => {
    const before = blockIds(blocks).ids;
    expect(blockIds([paragraph('A new opening paragraph.'), ...blocks]).ids.slice(1)).toEqual(before);
  });

  it('does not change other ids when a paragraph is removed or edited', () => {
    const before = blockIds(blocks).ids;
    expect(blockIds(blocks.slice(1)).ids).toEqual(before.slice(1));
    expect(blockIds([paragraph('Rewritten.'), ...blocks.slice(1)]).ids.slice(1)).toEqual(before.slice(1));
  });

  it('tells identical paragraphs apart by their order among themselves only', () => {
    const { ids } = blockIds([paragraph('Repeated line.'), blocks[0]!, paragraph('Repeated line.')]);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[1]).toBe(blockIds(blocks).ids[0]);
  });

  it('gives headings their slug, numbered for the same words again', () => {
    expect(
      blockIds([heading('Beijing’s Economic Retaliation'), heading('Background'), heading('Background')]).ids,
    ).toEqual(['beijings-economic-retaliation', 'background', 'background-2']);
  });

  it('keeps a heading’s slug off ids written on other blocks and off other headings’ slugs', () => {
    expect(blockIds([heading('Background'), paragraph('Text.', 'background-2'), heading('Background')]).ids).toEqual([
      'background',
      'background-2',
      'background-2-section',
    ]);
    expect(blockIds([heading('A'), heading('A'), heading('A 2')]).ids).toEqual(['a', 'a-2', 'a-2-section']);
    expect(blockIds([heading('…')]).ids).toEqual(['section']);
  });

  it('steps derived ids around the page’s own and reports explicit ones that take them', () => {
    const page = new Set(['framing', 'main']);
    const { ids, reserved } = blockIds([heading('Framing'), paragraph('Text.', 'main'), paragraph('Other text.')], {
      reserved: page,
    });
    expect(ids).toEqual(['framing-section', 'main', expect.stringMatching(/^p-other-text-[0-9a-z]{7}$/)]);
    expect(reserved).toEqual([1]);
  });

  it('reports each repetition of an explicit id, by its index', () => {
    expect(
      blockIds([paragraph('a', 'p-a'), paragraph('b', 'p-a'), paragraph('c'), paragraph('d', 'p-a')]).duplicates,
    ).toEqual([1, 3]);
  });

  it('names ids that are Object.prototype keys like any other', () => {
    const { ids, duplicates } = blockIds([
      heading('Constructor'),
      paragraph('x', 'toString'),
      paragraph('y', '__proto__'),
      heading('hasOwnProperty'),
      heading('Constructor'),
    ]);
    expect(ids).toEqual(['constructor', 'toString', '__proto__', 'hasownproperty', 'constructor-2']);
    expect(duplicates).toEqual([]);
  });
});
