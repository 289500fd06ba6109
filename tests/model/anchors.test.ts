import { describe, expect, it } from 'vitest';
import { derivedParagraphId, shortHash, slugify, splitExplicitId } from '../../src/model/anchors';

describe('slugify', () => {
  it.each([
    ['Alliance Credibility on the Line', 'alliance-credibility-on-the-line'],
    ['Beijing’s Economic Retaliation', 'beijings-economic-retaliation'],
    ['台湾有事と日米同盟', '台湾有事と日米同盟'],
    ['Légal  framework', 'légal--framework'],
  ])('%s → %s', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });
});

describe('derivedParagraphId', () => {
  const text = 'Takaichi carefully clarified that Japan’s Self-Defense Forces would operate';
  it('takes the first six words (hyphenated words count as two) and a hash of the text', () => {
    expect(derivedParagraphId(text)).toBe(`p-takaichi-carefully-clarified-that-japans-self-${shortHash(text)}`);
  });
  it('ignores differences in whitespace only', () => {
    expect(derivedParagraphId(`  ${text.replace(/ /g, '\n')} `)).toBe(derivedParagraphId(text));
  });
  it('keeps Japanese text readable and short: its opening words, twelve characters at most', () => {
    expect(derivedParagraphId('高市首相は台湾有事について語った。')).toMatch(/^p-高市首相は台湾有事-[0-9a-z]{7}$/);
    const long =
      '高市首相は２６日夜のテレビ朝日の番組で、台湾有事の際に日米が自国民退避で連携するシナリオに言及し、日米同盟はつぶれると発言した。';
    const id = derivedParagraphId(long);
    expect(id).toMatch(/^p-高市首相は[^-]*-[0-9a-z]{7}$/);
    expect([...id.slice(2, -8)].length).toBeLessThanOrEqual(12);
    expect(encodeURIComponent(id).length).toBeLessThan(130);
  });
  it('still tells apart Japanese paragraphs that open alike', () => {
    expect(derivedParagraphId('高市首相は台湾有事について語った。')).not.toBe(
      derivedParagraphId('高市首相は台湾有事について述べた。'),
    );
  });
  it('turns underscores into hyphens, so ids never need escaping in Markdown', () => {
    expect(derivedParagraphId('snake_case words here')).toMatch(/^p-snake-case-words-here-[0-9a-z]{7}$/);
  });
  it('gives text without letters a placeholder', () => {
    expect(derivedParagraphId('…')).toMatch(/^p-text-[0-9a-z]{7}$/);
  });
  it('changes when the text changes', () => {
    expect(derivedParagraphId(`${text}.`)).not.toBe(derivedParagraphId(text));
  });
});

describe('splitExplicitId', () => {
  it('removes a trailing {#id}', () => {
    expect(splitExplicitId('Some text. {#p-some}')).toEqual({ text: 'Some text.', id: 'p-some' });
  });
  it('leaves braces elsewhere alone', () => {
    expect(splitExplicitId('A {#p-x} in the middle')).toEqual({ text: 'A {#p-x} in the middle' });
  });
  it('takes the last {#id} only, with the whitespace around it', () => {
    expect(splitExplicitId('One {#p-a} two {#p-b} \n')).toEqual({ text: 'One {#p-a} two', id: 'p-b' });
    expect(splitExplicitId('Nested {#p-a{#p-b}')).toEqual({ text: 'Nested {#p-a', id: 'p-b' });
  });
  it('refuses an id with a space, a brace or a # in it, or none at all', () => {
    for (const text of ['A {#p x}', 'A {#p}}', 'A {#p#x}', 'A {#}', 'A {p-x}', 'A p-x}'])
      expect(splitExplicitId(text)).toEqual({ text });
  });
});
