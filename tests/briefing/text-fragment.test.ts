import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../src/briefing/views/text-fragment';

describe('textFragmentUrl', () => {
  it('quotes a short passage whole, encoding the characters the syntax reserves', () => {
    expect(textFragmentUrl('https://example.org/a', 'Japan–US alliance, a self-defense & law')).toBe(
      'https://example.org/a#:~:text=Japan%E2%80%93US%20alliance%2C%20a%20self%2Ddefense%20%26%20law',
    );
  });

  it('addresses a long passage by its first and last six words', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(textFragmentUrl('https://example.org/a', passage)).toBe(
      'https://example.org/a#:~:text=one%20two%20three%20four%20five%20six,nine%20ten%20eleven%20twelve%20thirteen%20fourteen',
    );
  });

  it('replaces an existing fragment of the page URL', () => {
    expect(textFragmentUrl('https://example.org/a#top', 'word')).toBe('https://example.org/a#:~:text=word');
  });
});
