/**
 * Deterministic generator of a news corpus in this project's content format: Markdown articles with the
 * strict frontmatter of `src/schemas/article.ts`, their plain-text originals, facts per
 * `src/schemas/fact.ts` whose `recognise` rules find the text, a few cited sources and one analysis.
 *
 * Article i depends only on the seed and i, so the 100-article corpus is the first 100 articles of the
 * 1000-article one, and "adding one article" adds article N+1.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { createRandom } from './random.mjs';
import * as words from './vocabulary.mjs';

export const SEED = 20260127;
export const FACT_COUNT = 50;
/** Sections are added until the body reaches this many words; articles then average about 800. */
export const TARGET_WORDS = 720;
const CITED_SOURCE_COUNT = 5;
/** Every 10th article gets a framing file (src/schemas/framing.ts). */
const FRAMING_EVERY = 10;
/** The folders of content/ that the generator writes. */
export const CONTENT_FOLDERS = ['articles', 'originals', 'facts', 'cited-sources', 'analysis', 'framing'];
/** The site writes its snapshot (home) page from this analysis; the name is the project's. */
const ANALYSIS_FILE = 'snapshot.mdx';

export const articleId = (index) => `article-${String(index).padStart(4, '0')}`;
const originalName = (index) => `gen_${String(index).padStart(4, '0')}.txt`;
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text) =>
  /^(The|A|An|Several|Independent|Local|Regional|Opposition|Union|Diplomats|Analysts|Residents)\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** The 50 facts: distinct place + topic pairs, each recognisable by two phrasings. */
export function factCatalogue(seed = SEED) {
  const random = createRandom(seed);
  const facts = [];
  const taken = new Set();
  while (facts.length < FACT_COUNT) {
    const place = random.pick(words.places);
    const topic = random.pick(words.topics);
    const id = slug(`${place} ${topic}`);
    if (taken.has(id)) continue;
    taken.add(id);
    facts.push({
      id,
      place,
      topic,
      kind: random.pick(words.factKinds),
      start: isoDate(random.int(0, 364)),
      // Both phrasings mentionSentence() produces have the place and the topic in one sentence.
      recognise: { words: { place: [place], topic: [topic] }, match: ['place + topic'] },
    });
  }
  return facts;
}

function isoDate(dayOffset, year = 2025) {
  return new Date(Date.UTC(year, 0, 1 + dayOffset)).toISOString().slice(0, 10);
}

/** One sentence naming a fact in one of its two matchable phrasings. */
function mentionSentence(random, fact) {
  if (random.chance(0.5)) {
    return `The ${fact.place} ${fact.topic} ${random.pick(words.predicates)}${time(random)}, ${lowerFirst(random.pick(words.subjects))} ${random.pick(words.verbs)}.`;
  }
  return `${random.pick(words.subjects)} ${random.pick(words.verbs)} that the ${fact.topic} in ${fact.place} ${random.pick(words.predicates)}.`;
}

const time = (random) => {
  const value = random.pick(words.times);
  return value ? ` ${value}` : '';
};

/** One sentence of filler news prose, of one of several shapes. */
function sentence(random) {
  switch (random.int(0, 4)) {
    case 0:
      return `${random.pick(words.subjects)} ${random.pick(words.verbs)} that ${random.pick(words.objects)} ${random.pick(words.predicates)}${time(random)}.`;
    case 1:
      return `Figures released ${random.pick(['on Monday', 'this week', 'last month', 'on Friday'])} showed ${random.pick(words.metrics)} ${random.pick(words.movements)} by ${random.int(1, 19)}.${random.int(0, 9)} percent ${random.pick(words.comparisons)}.`;
    case 2:
      return `“${random.pick(words.quotes)},” ${random.pick(words.speakers)} said.`;
    case 3:
      return `The dispute dates back to ${random.int(2009, 2024)}, when ${random.pick(words.backgroundEvents)}.`;
    default:
      return `${capitalise(random.pick(words.objects))} ${random.pick(words.predicates)}, and ${lowerFirst(random.pick(words.subjects))} ${random.pick(words.verbs)} it ${random.pick(['could take months to settle', 'was a matter for the courts', 'would be revisited', 'had been expected'])}.`;
  }
}

/** Builds one article: Markdown body with explicit paragraph ids, its plain original, and its facts. */
export function generateArticle(index, facts, seed = SEED) {
  const random = createRandom(seed ^ Math.imul(index, 0x9e3779b1));
  const mentioned = Array.from({ length: random.int(2, 4) }, () => random.pick(facts));
  const main = mentioned[0];
  const id = articleId(index);
  const blocks = []; // { kind: 'heading' | 'paragraph' | 'item', text }
  const ids = new Set();
  const blockId = (text) => {
    const base = `p-${slug(text).split('-').slice(0, 3).join('-')}`;
    let candidate = base;
    for (let n = 2; ids.has(candidate); n++) candidate = `${base}-${n}`;
    ids.add(candidate);
    return candidate;
  };
  const paragraph = (sentences) => blocks.push({ kind: 'paragraph', text: sentences.join(' ') });

  paragraph([mentionSentence(random, main), sentence(random), sentence(random)]);
  let count = wordCount(blocks[0].text);
  let mentionIndex = 1;
  while (count < TARGET_WORDS) {
    blocks.push({ kind: 'heading', text: random.pick(words.headings) });
    const sectionParagraphs = random.int(2, 3);
    for (let p = sectionParagraphs; p > 0; p--) {
      const sentences = Array.from({ length: random.int(3, 5) }, () => sentence(random));
      // The first paragraph of each section names the next fact until all of the article's facts are named.
      if (mentionIndex < mentioned.length && p === sectionParagraphs) {
        sentences.splice(random.int(0, sentences.length), 0, mentionSentence(random, mentioned[mentionIndex++]));
      }
      paragraph(sentences);
      count += wordCount(blocks.at(-1).text);
    }
    if (random.chance(0.4)) {
      paragraph([random.pick(words.listLeads)]);
      for (let n = random.int(3, 5); n > 0; n--) {
        blocks.push({ kind: 'item', text: random.pick(words.listItems) });
        count += wordCount(blocks.at(-1).text);
      }
    }
  }

  const markdownLines = [];
  const originalLines = [];
  const paragraphIds = [];
  for (const [n, block] of blocks.entries()) {
    const previous = blocks[n - 1];
    if (block.kind === 'heading') {
      markdownLines.push('', `## ${block.text}`, '');
    } else if (block.kind === 'item') {
      const itemId = blockId(block.text);
      if (previous?.kind !== 'item') markdownLines.push('');
      markdownLines.push(`- ${block.text} {#${itemId}}`);
    } else {
      const paragraphId = blockId(block.text);
      paragraphIds.push(paragraphId);
      if (previous && previous.kind !== 'heading') markdownLines.push('');
      markdownLines.push(`${block.text} {#${paragraphId}}`);
    }
    originalLines.push(block.kind === 'item' ? `- ${block.text}` : block.text);
  }

  const title = `${main.place} ${main.topic} ${random.pick(words.headlineEndings)}`;
  const published = isoDate(index % 540);
  const data = {
    title: { status: 'stated', value: capitalise(title) },
    publisher: { status: 'stated', value: random.pick(words.publishers) },
    byline: random.chance(0.2) ? { status: 'not-stated' } : { status: 'stated', value: random.pick(words.bylines) },
    published: random.chance(0.1)
      ? {
          status: 'inferred',
          value: published,
          qualifier: 'on-or-after',
          reason: 'The article refers to figures released that week, so it cannot be older.',
        }
      : { status: 'stated', value: published },
    url: { status: 'stated', value: `https://news.example/${published.replaceAll('-', '/')}/${slug(title)}` },
    language: { status: 'stated', value: 'en' },
    original: originalName(index),
    added: '2026-11-01',
    cites: index <= CITED_SOURCE_COUNT ? [`cited-${index}`] : [],
  };
  const markdown = `---\n${YAML.stringify(data)}---\n\n${markdownLines.join('\n').trim()}\n`;
  return {
    id,
    index,
    markdown,
    original: `${originalLines.join('\n')}\n`,
    originalName: originalName(index),
    paragraphIds,
    openingWords: blocks[0].text.split(' ').slice(0, 4).join(' '),
    mentioned: [...new Set(mentioned.map((fact) => fact.id))],
    words: count,
  };
}

/** Fact YAML: summary, recognition rules, and an account from up to two articles that mention it. */
function factYaml(fact, sources, related) {
  const data = {
    title: `The ${fact.place} ${fact.topic}`,
    kind: fact.kind,
    date: { start: fact.start },
    summary: `Reports describe the ${fact.topic} in ${fact.place}; the sources differ on its timing and on who is responsible for the delay.`,
    recognise: fact.recognise,
    // The site checks that an account's wording is quoted word for word from its source: the topic
    // words are in every sentence that names the fact.
    accounts: sources.slice(0, 2).map((source) => ({
      source,
      actors: ['Regional officials'],
      wording: [fact.topic],
    })),
    related,
  };
  return YAML.stringify(data);
}

/**
 * Writes a corpus of `count` articles into `dir` (articles/, originals/, facts/, cited-sources/,
 * analysis/). Returns what the caller needs to add one more article later.
 */
export async function writeCorpus(dir, count, seed = SEED) {
  const facts = factCatalogue(seed);
  for (const sub of CONTENT_FOLDERS) {
    await mkdir(path.join(dir, sub), { recursive: true });
  }
  const mentions = new Map(facts.map((fact) => [fact.id, []]));
  const firstParagraphs = new Map();
  let totalWords = 0;
  for (let index = 1; index <= count; index++) {
    const article = generateArticle(index, facts, seed);
    await writeArticle(dir, article);
    for (const factId of article.mentioned) mentions.get(factId).push(article.id);
    firstParagraphs.set(index, article.paragraphIds[0]);
    totalWords += article.words;
  }
  for (const [n, fact] of facts.entries()) {
    const related = [facts[(n + 1) % facts.length].id];
    await writeFile(path.join(dir, 'facts', `${fact.id}.yaml`), factYaml(fact, mentions.get(fact.id), related));
  }
  for (let index = 1; index <= Math.min(CITED_SOURCE_COUNT, count); index++) {
    await writeFile(
      path.join(dir, 'cited-sources', `cited-${index}.yaml`),
      YAML.stringify({
        name: words.publishers[index % words.publishers.length],
        kind: 'linked-source',
        title: { status: 'stated', value: `Background report ${index}` },
        url: { status: 'not-stated' },
        date: { status: 'not-stated' },
        citedBy: [articleId(index)],
        appearsIn: [`${articleId(index)}#${firstParagraphs.get(index)}`],
      }),
    );
  }
  await writeFile(path.join(dir, 'analysis', ANALYSIS_FILE), analysisMdx(facts, firstParagraphs, count));
  return { facts, count, totalWords, averageWords: Math.round(totalWords / count) };
}

/** Writes article `index` (and its original) into an existing corpus: the "add one article" step. */
export async function addArticle(dir, index, seed = SEED) {
  const article = generateArticle(index, factCatalogue(seed), seed);
  await writeArticle(dir, article);
  return article;
}

/**
 * Rewords the summary of the corpus's first fact: the "edit a fact summary" step. Nothing else changes;
 * for the bare sites, which show no facts, it is a build with nothing changed.
 */
export async function editFactSummary(dir, seed = SEED) {
  const file = path.join(dir, 'facts', `${factCatalogue(seed)[0].id}.yaml`);
  const text = await readFile(file, 'utf8');
  const edited = text.replace(/^(summary:\s*(?:>-?\s*)?)Reports describe /m, '$1Several reports describe ');
  if (edited === text) throw new Error(`editFactSummary: no summary to edit in ${file}`);
  await writeFile(file, edited);
}

async function writeArticle(dir, article) {
  await writeFile(path.join(dir, 'articles', `${article.id}.md`), article.markdown);
  await writeFile(path.join(dir, 'originals', article.originalName), article.original);
  if (article.index % FRAMING_EVERY === 1) {
    await mkdir(path.join(dir, 'framing'), { recursive: true });
    await writeFile(path.join(dir, 'framing', `${article.id}.yaml`), framingYaml(article));
  }
}

/** A framing reading of the article's opening paragraph; the evidence is its first words, verbatim. */
function framingYaml(article) {
  return YAML.stringify({
    passages: [
      {
        paragraph: article.paragraphIds[0],
        voice: 'characterisation',
        evidence: article.openingWords,
        note: 'The opening sentence characterises the dispute before any source is named.',
      },
    ],
  });
}

/** A minimal analysis (`src/schemas/analysis.ts`) whose statements cite generated paragraphs. */
function analysisMdx(facts, firstParagraphs, count) {
  const cite = (index) => `${articleId(index)}#${firstParagraphs.get(Math.min(index, count))}`;
  const data = {
    title: 'Generated briefing for the benchmark',
    dek: 'A generated analysis that cites generated articles, so the snapshot page has something to show.',
    revised: '2026-11-01',
    keyPoints: [1, 2, 3, 4].map((n) => ({
      id: `point-${n}`,
      text: `Generated key point number ${n}, resting on one generated paragraph.`,
      cites: [cite(n)],
    })),
    people: [
      {
        id: 'regional-officials',
        name: 'Regional officials',
        role: 'Named in many generated reports',
        cites: [cite(1)],
      },
    ],
    keyDates: facts.slice(0, 3).map((fact) => fact.id),
  };
  // The body cites paragraphs with the project's <Cite> component, as content/analysis/snapshot.mdx does.
  return `---
${YAML.stringify(data)}---
import Cite from '../../src/components/Cite.astro';

## What happened

This analysis is generated by the benchmark; it cites two generated paragraphs <Cite to="${cite(1)}" /> <Cite to="${cite(2)}" />.

## Why it matters

The second section exists so that the page has more than one block <Cite to="${cite(3)}" />.
`;
}
