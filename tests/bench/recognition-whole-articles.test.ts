import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollectedSet } from '../../bench/recognition/whole/collected-folder';
import { scoreSet } from '../../bench/recognition/whole/score-set';
import { projectRoot } from '../support/content-copy';

const fixture = join(projectRoot, 'tests/fixtures/coverage-eval');

describe('scoring a folder of collected articles through the importer and the loader', () => {
  it('imports each article, places every labelled sentence but the headlines, and gives each paragraph its kind and expected facts', async () => {
    const set = readCollectedSet(join(fixture, 'texts'), join(fixture, 'gold.json'));
    expect(set.missing).toEqual(['03-not-collected.txt']);
    const result = await scoreSet(projectRoot, set.articles);
    expect(result.outcomes.map((outcome) => [outcome.name, Boolean(outcome.articleId), outcome.problems])).toEqual([
      ['01-harbour-wire.txt', true, []],
      ['02-river-post.txt', true, []],
      ['04-kaze-shimbun.txt', true, []],
    ]);
    // Every article gets its id from the importer, the Japanese one too (from its address or publisher and date).
    expect(result.outcomes.map((outcome) => outcome.givenId ?? false)).toEqual([false, false, false]);
    expect(result.sentences).toBe(11);
    expect(result.unplaced).toBe(2);
    // Kinds and labels depend on the texts and the fact rules' words, not on what recognition links.
    expect(result.paragraphs.map((paragraph) => [paragraph.kind, [...paragraph.gold]])).toEqual([
      ['lede', ['tv-remarks']],
      ['quotation', ['tv-remarks']],
      ['continuation', ['tv-remarks']],
      ['other', ['lower-house-election']],
      ['lede', ['china-countermeasures']],
      ['other', ['china-countermeasures']],
      ['other', []],
      ['lede', ['tv-remarks']],
      ['continuation', ['tv-remarks']],
    ]);
    const total = result.scores.overall;
    expect(total.tp + total.fn).toBe(8);
  });

  it('names the missing labels file and the flag that gives it', () => {
    expect(() => readCollectedSet(join(fixture, 'texts'), join(fixture, 'nowhere.json'))).toThrow(
      /nowhere\.json: no labels there → give them with --gold/u,
    );
  });
});
