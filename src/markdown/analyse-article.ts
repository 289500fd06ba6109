import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { ArticleBlock } from '../schemas/article-block';
import { briefingPlugins, type BriefingPipelineOptions } from './pipeline';
import type { BlockIdProblem } from './rehype-block-ids';
import type { RenderedHeading } from './rehype-export-blocks';

/** What the pipeline learns about one article body. */
export interface ArticleAnalysis {
  blocks: ArticleBlock[];
  /** Ids written in the body that cannot stand (repeated, the page's own, or not read as ids). */
  blockIdProblems: BlockIdProblem[];
  rawHtml: Array<{ line: number; html: string }>;
  unsafeLinks: Array<{ line: number; url: string }>;
  /** Images from other sites, made links (see rehype-remote-images). */
  remoteImages: Array<{ line: number; url: string }>;
  /** The headings, for the page's contents (as Astro's `render()` gives them). */
  headings: RenderedHeading[];
  html: string;
}

/** Our plugin lists hold plugins (optionally with options), never the names Astro also accepts. */
function asPluggable(entry: RemarkPlugins[number] | RehypePlugins[number]): [Plugin<unknown[]>, ...unknown[]] {
  if (typeof entry === 'string' || (Array.isArray(entry) && typeof entry[0] === 'string')) {
    throw new TypeError('plugins must be functions, not package names');
  }
  return (Array.isArray(entry) ? entry : [entry]) as [Plugin<unknown[]>, ...unknown[]];
}

/**
 * Renders an article body through the briefing's one Markdown pipeline (GFM on, smartypants off, so
 * the sources' punctuation stays verbatim): the loader calls it once per article per build, and hands
 * Astro the HTML and the blocks it found.
 */
export async function analyseArticle(
  markdown: string,
  options: BriefingPipelineOptions & {
    /** The file, for messages. */
    path?: string;
    /** The article's frontmatter, which plugins read as they do under Astro (`anchorAliases`, its date and language). */
    frontmatter?: Record<string, unknown>;
  },
): Promise<ArticleAnalysis> {
  const { remarkPlugins, rehypePlugins } = briefingPlugins(options);
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const plugin of remarkPlugins) processor.use(...asPluggable(plugin));
  processor.use(remarkRehype);
  for (const plugin of rehypePlugins) processor.use(...asPluggable(plugin));
  processor.use(rehypeStringify);
  const file = new VFile({
    value: markdown,
    path: options.path,
    data: { astro: { frontmatter: { ...options.frontmatter } } },
  });
  let result: VFile;
  try {
    result = await processor.process(file);
  } catch (error) {
    const message =
      error instanceof RangeError ? 'the Markdown is nested too deeply to read' : (error as Error).message;
    throw new Error(message.startsWith(options.path ?? '\0') ? message : `${options.path ?? 'Markdown'}: ${message}`, {
      cause: error,
    });
  }
  const exported = (result.data.astro?.frontmatter ?? {}) as Partial<ArticleAnalysis>;
  return {
    blocks: exported.blocks ?? [],
    headings: exported.headings ?? [],
    blockIdProblems: exported.blockIdProblems ?? [],
    rawHtml: exported.rawHtml ?? [],
    unsafeLinks: exported.unsafeLinks ?? [],
    remoteImages: exported.remoteImages ?? [],
    html: String(result.value),
  };
}
