import type { Root } from 'mdast';
import type { MetadataField } from '../../schemas/metadata-field';

/** The article fields whose provenance is recorded (see `src/schemas/article.ts`). */
export const METADATA_KEYS = ['title', 'publisher', 'byline', 'published', 'url', 'language'] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];

/** What an input says about itself; a key is absent when the input does not say. */
export type SourceMetadata = Partial<Record<MetadataKey, MetadataField<string>>>;

/**
 * Why a block is in the body, for reports that must skip some blocks: `byline` is the credit line or
 * the date line under the headline (its date is no event).
 */
export type ImportRole = 'byline' | 'embedded-post' | 'sources' | 'also-read';

declare module 'mdast' {
  interface Data {
    /** Set by the importer's parsers on blocks with a known role. */
    importRole?: ImportRole;
  }
}

/** Something of the source that the parser saw and did not make article text, for the report. */
export interface LeftOut {
  /** A photo caption or credit; an image (by its address). */
  kind: 'caption' | 'image';
  /** The caption as printed, or the image's address. */
  text: string;
}

/** An input parsed into an mdast body and the metadata it states. */
export interface ParsedSource {
  tree: Root;
  metadata: SourceMetadata;
  /** What was left out of the body on purpose (captions), so the report can list it. */
  leftOut?: LeftOut[];
}

/** A value the input states in so many words. */
export function stated(value: string): MetadataField<string> {
  return { status: 'stated', value };
}
