import { describe, expect, it } from 'vitest';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { recognise } from '../../src/recognition/recognise';
import { recognitionSchema } from '../../src/schemas/fact';

/** Does a one-list rule made of `words` find something in `text`? */
function finds(words: string[], text: string, language?: string): string[] {
  const { recognisers } = compileRecognisers([
    // A characterisation: undated, and (unlike context) found from a single word.
    {
      id: 'f',
      data: { kind: 'characterisation', recognise: recognitionSchema.parse({ words: { w: words }, match: ['w'] }) },
    },
  ]);
  return recognise(text, recognisers, language ? { language } : {}).map((m) => m.reason.cues[0]?.words ?? '');
}

describe('how rule words meet the text', () => {
  it('a word in capitals finds only capitals', () => {
    expect(finds(['US'], 'U.S. forces')).toEqual(['U.S.']);
    expect(finds(['US'], 'Tell us more.')).toEqual([]);
    expect(finds(['us'], 'Tell us more.')).toEqual(['us']);
  });
  it('British and American spellings are one word', () => {
    expect(finds(['defense white paper'], 'The defence white paper came out.')).toEqual(['defence white paper']);
    expect(finds(['programme'], 'a TV program')).toEqual(['program']);
    expect(finds(['signaled'], 'Tokyo signalled resolve.')).toEqual(['signalled']);
  });
  it('a possessive in the rule must be in the text', () => {
    expect(finds(["Japan's security"], 'a threat to Japan’s security')).toEqual(['Japan’s security']);
    expect(finds(["Japan's security"], 'the US-Japan security alliance')).toEqual([]);
  });
  it('a phrase is contiguous: words between break it, hyphens and quotes do not', () => {
    expect(finds(['lose credibility'], 'It would lose all credibility.')).toEqual([]);
    expect(finds(['rare earth'], 'rare-earth magnets')).toEqual(['rare-earth']);
    expect(finds(['would collapse'], 'it would “collapse”')).toEqual(['would “collapse']);
    expect(finds(['alliance collapse'], 'the alliance, collapse')).toEqual([]);
  });
  it('a Japanese phrase begins where a word begins and may end inside one', () => {
    expect(finds(['つぶれ'], '日米同盟はつぶれると発言した。', 'ja')).toEqual(['つぶれる']);
    expect(finds(['日米同盟'], '日米同盟は崩壊する', 'ja')).toEqual(['日米同盟']);
    expect(finds(['盟は'], '日米同盟は崩壊する', 'ja')).toEqual([]);
  });
});
