import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { ContentProblem } from './model/problems';
import type { BriefingSettings } from './schemas/briefing';
import type { Story } from './briefing/views/wire-stories';
import { briefingLoader } from './content-layer/briefing-loader';
import { analysisSchema } from './schemas/analysis';
import { articleSchema } from './schemas/article';
import { articleBlockSchema } from './schemas/article-block';
import { citedSourceSchema } from './schemas/cited-source';
import { correctionSchema } from './schemas/correction';
import { factSchema } from './schemas/fact';
import { framingSchema } from './schemas/framing';

/*
 * Every collection is filled by the briefing's one loader (src/loader/load-content.ts), which reads,
 * validates, renders and checks all of content/ at once. The schemas here only type the entries: the
 * loader has already validated them, with messages that name the file, the field and the fix.
 */

/** Source articles: Markdown versions of the texts in `content/originals/`, rendered by the loader. */
const articles = defineCollection({
  loader: briefingLoader('articles'),
  schema: articleSchema.extend({
    /** The article's addressable blocks as rendered, with the facts each mentions. */
    blocks: z.array(articleBlockSchema),
  }),
});

/** Outlets and posts that the articles cite or embed. */
const citedSources = defineCollection({ loader: briefingLoader('citedSources'), schema: citedSourceSchema });

/** The facts the sources share or state; the nodes of the fact graph. */
const facts = defineCollection({ loader: briefingLoader('facts'), schema: factSchema });

/** The briefing's own analysis, written from the sources (MDX, rendered by Astro). */
const analysis = defineCollection({ loader: briefingLoader('analysis'), schema: analysisSchema });

/** The originals as received (`content/originals/`), read once by the loader and served byte for byte. */
const originals = defineCollection({
  loader: briefingLoader('originals'),
  schema: z.object({ sha256: z.string(), file: z.string() }),
});

/** The briefing's reading of how each article frames the story (reporting vs the outlet's voice). */
const framing = defineCollection({ loader: briefingLoader('framing'), schema: framingSchema });

/** What the last load of the content found: one entry, `current`. Pages refuse to render stale content. */
const loadReport = defineCollection({
  loader: briefingLoader('loadReport'),
  schema: z.object({
    /** Identifies the content that was loaded. */
    digest: z.string(),
    /** The content files' stamp when they were loaded (see `contentStamp`). */
    stamp: z.string(),
    /** Every problem found; pages show them instead of content while there are any. */
    problems: z.custom<ContentProblem[]>(),
    /** How many articles this load rendered. */
    rendered: z.number(),
    /** The wire stories the loader found (one story carried by several outlets), handed on to the briefing. */
    stories: z.custom<Story[]>(),
    /** Each source's label, unique across the briefing, by article id. */
    labels: z.custom<Record<string, string>>(),
    /** The briefing's settings (`content/briefing.yaml`), read with the rest of the content. */
    settings: z.custom<BriefingSettings>().optional(),
  }),
});

/** Corrections and changes an editor records, for the changes log (additions need no file). */
const corrections = defineCollection({ loader: briefingLoader('corrections'), schema: correctionSchema });

export const collections = { articles, citedSources, facts, analysis, framing, corrections, originals, loadReport };
