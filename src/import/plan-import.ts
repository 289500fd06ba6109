import { extname } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../loader/limits';
import { formatBytes } from '../loader/read-regular-file';
import { chooseArticleId } from './ids/article-id';
import { addBlockIds, type WrittenBlock } from './ids/block-ids';
import { blockText } from './ids/block-text';
import { buildFrontmatter, type ArticleFrontmatter, type MetadataFlags } from './write/build-frontmatter';
import { decodeInput } from './input/decode-input';
import { detectFormat, type InputFormat } from './input/detect-format';
import { ImportError } from './import-error';
import { normaliseHeadings } from './clean/normalise-headings';
import { parseSource } from './formats/parse-source';
import type { LeftOut } from './formats/source-metadata';
import { renderArticle } from './write/render-markdown';
import { sanitizeTree } from './clean/sanitize-tree';

export interface ImportRequest {
  /** The input's path as the editor gave it (its extension names the original's). */
  fileName: string;
  /** The input exactly as received. */
  bytes: Uint8Array;
  /** Metadata flags (already checked). */
  flags: MetadataFlags;
  /** `--id`, if given. */
  id?: string;
  /** The date the briefing adds the source, YYYY-MM-DD. */
  added: string;
  /** Ids (and former ids) of the articles that exist. */
  takenIds: ReadonlySet<string>;
  /** The articles folder, for messages. */
  articlesDir: string;
}

/** Everything the importer will write, computed before anything is written. */
export interface ImportPlan {
  id: string;
  format: InputFormat;
  /** File name in `originals/`: `<id>.<ext>`. */
  originalName: string;
  /** The input exactly as received, to be kept in `originals/`. */
  originalBytes: Uint8Array;
  /** File name in `articles/`: `<id>.md`. */
  articleName: string;
  /** The whole Markdown file. */
  article: string;
  frontmatter: ArticleFrontmatter;
  /** The addressable blocks of the article, in order. */
  blocks: WrittenBlock[];
  /** What the source has that the article leaves out on purpose: photo captions, images. */
  leftOut: LeftOut[];
}

/**
 * Turns an input file into the article to write, without touching the disk: decode → detect → parse →
 * sanitise → headings → Markdown with the ids the site gives its blocks (read back with the site's
 * parser, which also proves that every block shows the source text) → frontmatter.
 */
export function planImport(request: ImportRequest): ImportPlan {
  const text = decodeInput(request.bytes);
  const format = detectFormat(request.fileName, text);
  const parsed = parseSource(format, text);
  const base = request.flags.url ?? (parsed.metadata.url?.status === 'stated' ? parsed.metadata.url.value : undefined);
  const title =
    request.flags.title ??
    (parsed.metadata.title && 'value' in parsed.metadata.title ? parsed.metadata.title.value : undefined);
  const sanitized = sanitizeTree(parsed.tree, { base });
  const body = normaliseHeadings(sanitized.tree, title);
  const leftOut: LeftOut[] = [
    ...(parsed.leftOut ?? []),
    ...sanitized.images.map((text) => ({ kind: 'image' as const, text })),
  ];

  const opening = blockText(body).trim();
  if (opening === '') {
    throw new ImportError(
      `no article text found in this ${formatName(format)} file`,
      format === 'html'
        ? 'check that the page was saved with its article text (not a script-only shell); or copy the article text into a .txt file and import that'
        : 'add the article text to the file, or pick the right file',
    );
  }

  // Refused before ids and rendering, which take seconds on text of this size: the Markdown is larger still.
  const textBytes = Buffer.byteLength(blockText(body));
  if (textBytes > MAX_ARTICLE_BYTES) throw tooLarge(textBytes);

  const statedValue = (key: 'publisher' | 'published') =>
    request.flags[key] ??
    (parsed.metadata[key]?.status === 'stated' ? (parsed.metadata[key] as { value: string }).value : undefined);
  const id = chooseArticleId({
    flag: request.id,
    title,
    ...(base ? { url: base } : {}),
    ...optional('publisher', statedValue('publisher')),
    ...optional('published', statedValue('published')),
    // Block by block, so a dateline, caption or credit line can be passed over.
    opening: body.children.map((node) => blockText(node)).join('\n'),
    taken: request.takenIds,
    articlesDir: request.articlesDir,
  });
  const {
    markdown: markdownBody,
    blocks,
    duplicateIds,
    reservedIds,
  } = addBlockIds(body, { keepExplicitIds: format === 'markdown' });
  if (duplicateIds.length > 0) {
    throw new ImportError(
      `the Markdown gives the same paragraph id more than once: ${duplicateIds.map((d) => `{#${d}}`).join(', ')}`,
      'make each {#id} unique, or delete them and let the importer derive ids',
    );
  }
  if (reservedIds.length > 0) {
    throw new ImportError(
      `the Markdown gives a paragraph an id that the article page uses for its own part: ${reservedIds.map((d) => `{#${d}}`).join(', ')}`,
      'rename that {#id}, or delete it and let the importer derive one',
    );
  }

  const originalName = `${id}${originalExtension(request.fileName, format)}`;
  const frontmatter = buildFrontmatter({
    metadata: parsed.metadata,
    flags: request.flags,
    original: originalName,
    added: request.added,
  });
  const article = renderArticle(frontmatter, markdownBody);
  if (Buffer.byteLength(article) > MAX_ARTICLE_BYTES) throw tooLarge(Buffer.byteLength(article));
  return {
    id,
    format,
    originalName,
    originalBytes: request.bytes,
    articleName: `${id}.md`,
    article,
    frontmatter,
    blocks,
    leftOut,
  };
}

function tooLarge(bytes: number): ImportError {
  return new ImportError(
    `the article text comes to ${formatBytes(bytes)}, more than the ${formatBytes(MAX_ARTICLE_BYTES)} the build accepts for one article`,
    'check that the file holds one article (not a whole section or archive page); import each article on its own',
  );
}

/** The input's own extension (lower-case), or the usual one for its format when it has none. */
function originalExtension(fileName: string, format: InputFormat): string {
  const ext = extname(fileName).toLowerCase();
  if (/^\.[a-z0-9]{1,10}$/u.test(ext)) return ext;
  return format === 'html' ? '.html' : format === 'markdown' ? '.md' : '.txt';
}

function formatName(format: InputFormat): string {
  return format === 'html' ? 'HTML' : format === 'markdown' ? 'Markdown' : 'plain-text';
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, string>);
