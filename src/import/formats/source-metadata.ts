import type { Root } from 'mdast';
import type { MetadataField } from '../../schemas/metadata-field';

/** The article fields whose provenance is recorded (see `src/schemas/article.ts`). */
export const METADATA_KEYS = ['title', 'publisher', 'byline', 'published', 'url', 'language'] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];

/** What an input says about itself; a key is absent when the input does not say. */
export type SourceMetadata = Partial<Record<MetadataKey, MetadataField<string>>>;

/** Why a block is in the body, for reports that must skip some blocks (the byline's date is no event). */
export type ImportRole = 'byline' | 'embedded-post' | 'sources' | 'also-read';

declare module 'mdast' {
  interface Data {
    /** Set by the importer's parsers on blocks with a known role. */
    importRole?: ImportRole;
  }
}

/** An input parsed into an mdast body and the metadata it states. */
export interface ParsedSource {
  tree: Root;
  metadata: SourceMetadata;
}

/** A value the input states in so many words. */
export function stated(value: string): MetadataField<string> {
  return { status: 'stated', value };
}
