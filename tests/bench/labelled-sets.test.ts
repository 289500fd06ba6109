import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readLabelledFolder } from '../../bench/recognition/whole/labelled-folder';
import { compileRecognisers } from '../../src/recognition/compile-recognisers';
import { factSchema } from '../../src/schemas/fact';
import { projectRoot } from '../support/content-copy';

const sets = [
  { name: 'own articles', labelled: 'bench/recognition/labelled', facts: 'content/facts' },
  { name: 'own articles, held out', labelled: 'bench/recognition/labelled/holdout', facts: 'content/facts' },
  {
    name: 'second story',
    labelled: 'bench/recognition/second-story/labelled',
    facts: 'bench/recognition/second-story/content/facts',
  },
];

function readFacts(folder: string) {
  return readdirSync(join(projectRoot, folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.slice(0, -'.yaml'.length),
      data: factSchema.parse(parse(readFileSync(join(projectRoot, folder, file), 'utf8'))),
    }));
}

describe.each(sets)('the labelled set "$name"', ({ labelled, facts: factsFolder }) => {
  const articles = readLabelledFolder(join(projectRoot, labelled));
  const facts = readFacts(factsFolder);

  it('labels paragraphs only with facts its briefing has', () => {
    const known = new Set(facts.map((fact) => fact.id));
    const unknown = articles.flatMap((article) =>
      article.sentences.flatMap((sentence) =>
        sentence.facts.filter((id) => !known.has(id)).map((id) => `${article.name}: ${id}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('has facts whose rules compile', () => {
    expect(compileRecognisers(facts).problems).toEqual([]);
  });
});

describe('the own set', () => {
  const articles = ['bench/recognition/labelled', 'bench/recognition/labelled/holdout'].flatMap((folder) =>
    readLabelledFolder(join(projectRoot, folder)),
  );
  const body = articles.flatMap((article) => article.sentences.filter((sentence) => sentence.shape !== 'headline'));

  it('has at least 40 articles and 400 paragraphs besides headlines (with its held-out part), a few of them Japanese', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(body.length).toBeGreaterThanOrEqual(400);
    expect(articles.filter((article) => /[\u3040-\u30ff]/u.test(article.stored.text)).length).toBeGreaterThanOrEqual(3);
  });

  it('has the shapes of real coverage, including paragraphs that carry a fact on without its words', () => {
    const shapes = new Set(body.map((sentence) => sentence.shape));
    for (const shape of [
      'lede',
      'quotation',
      'said-added',
      'anaphora',
      'continuation',
      'result-detail',
      'reaction',
      'background',
      'dateline',
      'bullet',
      'caption',
      'other-event',
      'unrelated',
    ]) {
      expect(shapes, shape).toContain(shape);
    }
  });
});
