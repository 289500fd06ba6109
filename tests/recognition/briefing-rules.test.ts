import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { recognise } from '../../src/recognition/recognise';
import { factSchema } from '../../src/schemas/fact';

/**
 * The briefing's own fact rules (content/facts), on sentences written for this test in the shapes
 * election coverage takes when it does not say "Lower House election".
 */
const folder = join(import.meta.dirname, '../../content/facts');
const { recognisers, problems } = compileRecognisers(
  readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: basename(name, '.yaml'),
      data: factSchema.parse(parse(readFileSync(join(folder, name), 'utf8'))),
    })),
);
const facts = (text: string, published = '2026-02-10') =>
  recognise(text, recognisers, { published, language: 'en' }).map((mention) => mention.factId);

describe('the February election, named by its result', () => {
  it('compiles', () => expect(problems).toEqual([]));
  it('a win in the lower house, a two-thirds share of it, an election victory', () => {
    expect(facts('Days later, the ruling bloc won a commanding majority in the lower house.')).toContain(
      'lower-house-election',
    );
    expect(facts('The count gave her party two-thirds of the lower house.')).toContain('lower-house-election');
    expect(facts('Leaders abroad sent messages on her election victory.')).toContain('lower-house-election');
  });
  it('not another chamber, another kind of election, or another year', () => {
    expect(facts('The party won a majority in the upper house.')).not.toContain('lower-house-election');
    expect(facts('She secured victory in the party leadership election.')).not.toContain('lower-house-election');
    expect(facts('In 2012 the party won a majority in the lower house.')).not.toContain('lower-house-election');
  });
});
