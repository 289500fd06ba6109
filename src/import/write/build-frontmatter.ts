import { articleSchema } from '../../schemas/article';
import type { MetadataField } from '../../schemas/metadata-field';
import { type MetadataKey, type SourceMetadata } from '../formats/source-metadata';

/** Values the editor gave on the command line, read off the source (so they are recorded as stated). */
export type MetadataFlags = Partial<Record<MetadataKey, string>>;

/** The frontmatter written for a new article, in the order the seeded articles use. */
export interface ArticleFrontmatter {
  title: MetadataField<string>;
  publisher: MetadataField<string>;
  byline: MetadataField<string>;
  published: MetadataField<string>;
  url: MetadataField<string>;
  language: MetadataField<string>;
  original: string;
  added: string;
  cites: string[];
}

/**
 * The frontmatter of a new article: each metadata field is what a flag gives (the editor read it on
 * the source: stated), else what the input states, else `not-stated`. Nothing is guessed; inferences
 * are left to the editor, who can write a reason for them. Checked against the article schema, so a
 * file that the site would refuse is never written.
 */
export function buildFrontmatter(input: {
  metadata: SourceMetadata;
  flags: MetadataFlags;
  original: string;
  added: string;
}): ArticleFrontmatter {
  const field = (key: MetadataKey): MetadataField<string> => {
    const flag = input.flags[key];
    if (flag !== undefined) return { status: 'stated', value: flag };
    return ordered(input.metadata[key] ?? { status: 'not-stated' });
  };
  const frontmatter: ArticleFrontmatter = {
    title: field('title'),
    publisher: field('publisher'),
    byline: field('byline'),
    published: field('published'),
    url: field('url'),
    language: field('language'),
    original: input.original,
    added: input.added,
    cites: [],
  };
  const checked = articleSchema.safeParse(frontmatter);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `the frontmatter does not fit the article schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  return frontmatter;
}

/** Same keys as the seeds write them: status, value, qualifier, reason. */
function ordered(field: MetadataField<string>): MetadataField<string> {
  if (field.status !== 'inferred') return field;
  return { status: 'inferred', value: field.value, qualifier: field.qualifier, reason: field.reason };
}
