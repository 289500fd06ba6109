import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { analysisSchema } from './schemas/analysis';
import { articleSchema } from './schemas/article';
import { citedSourceSchema } from './schemas/cited-source';
import { correctionSchema } from './schemas/correction';
import { factSchema } from './schemas/fact';
import { framingSchema } from './schemas/framing';

/** Source articles: Markdown versions of the texts in `content/originals/`. */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*.md' }),
  schema: articleSchema,
});

/** Outlets and posts that the articles cite or embed. */
const citedSources = defineCollection({
  loader: glob({ base: './content/cited-sources', pattern: '*.yaml' }),
  schema: citedSourceSchema,
});

/** The facts the sources share or state; the nodes of the fact graph. */
const facts = defineCollection({
  loader: glob({ base: './content/facts', pattern: '*.yaml' }),
  schema: factSchema,
});

/** The briefing's own analysis, written from the sources. */
const analysis = defineCollection({
  loader: glob({ base: './content/analysis', pattern: '*.mdx' }),
  schema: analysisSchema,
});

/** The briefing's reading of how each article frames the story (reporting vs the outlet's voice). */
const framing = defineCollection({
  loader: glob({ base: './content/framing', pattern: '*.yaml' }),
  schema: framingSchema,
});

/** Corrections and changes an editor records, for the changes log (additions need no file). */
const corrections = defineCollection({
  loader: glob({ base: './content/corrections', pattern: '*.yaml' }),
  schema: correctionSchema,
});

export const collections = { articles, citedSources, facts, analysis, framing, corrections };
