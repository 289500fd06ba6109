import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRecognisers, type FactRules, type Recognisers } from '../../src/recognition/compile-recognisers';
import { recognitionSchema } from '../../src/schemas/fact';

/**
 * The small set of facts the Markdown fixtures are written against (tests/fixtures/markdown/facts.json),
 * each fact's rules validated by the real schema and compiled as the build compiles them.
 */
export function fixtureRecognisers(): Recognisers {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/markdown/facts.json'), 'utf8')) as Array<{
    id: string;
    data: Omit<FactRules['data'], 'recognise'> & { recognise: unknown };
  }>;
  const facts = raw.map(({ id, data }) => ({
    id,
    data: { ...data, recognise: recognitionSchema.parse(data.recognise) },
  }));
  const { recognisers, problems } = compileRecognisers(facts);
  if (problems.length > 0) throw new Error(`tests/fixtures/markdown/facts.json: ${JSON.stringify(problems)}`);
  return recognisers;
}
