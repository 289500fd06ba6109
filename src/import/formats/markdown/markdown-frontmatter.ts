import type { MetadataField } from '../../../schemas/metadata-field';
import { languageTag } from '../language-tag';
import { isHttpUrl } from '../safe-url';
import { METADATA_KEYS, stated, type MetadataKey, type SourceMetadata } from '../source-metadata';
import { statedDay } from '../../../model/date-reader';
import { dayOfDate } from '../../../model/dates';

/** The names other tools give each field (Jekyll, Hugo, Astro, Pandoc…), lower-case. */
const ALIASES: Readonly<Record<MetadataKey, readonly string[]>> = {
  title: ['title', 'headline'],
  publisher: ['publisher', 'site', 'site_name', 'outlet', 'source_name'],
  byline: ['byline', 'author', 'authors'],
  published: ['published', 'date', 'pubdate', 'published_at', 'datepublished', 'publishdate'],
  url: ['url', 'canonical', 'canonical_url', 'canonicalurl', 'link', 'source_url'],
  language: ['language', 'lang', 'locale', 'inlanguage'],
};

/**
 * The metadata a Markdown file's frontmatter states. Plain values count as stated; a field already in
 * the briefing's own form (`{status, value, …}`, e.g. when re-importing an article) is kept as it is,
 * reasons included. Values that do not fit the field are left out, never repaired.
 */
export function frontmatterMetadata(data: Record<string, unknown>): SourceMetadata {
  const lowered = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
  const metadata: SourceMetadata = {};
  for (const key of METADATA_KEYS) {
    const raw = ALIASES[key].map((alias) => lowered.get(alias)).find((value) => value !== undefined && value !== null);
    const field = raw === undefined ? undefined : toField(key, raw);
    if (field) metadata[key] = field;
  }
  return metadata;
}

function toField(key: MetadataKey, raw: unknown): MetadataField<string> | undefined {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !(raw instanceof Date) && 'status' in raw) {
    return briefingField(key, raw as Record<string, unknown>);
  }
  const value = normalise(key, plain(raw));
  return value === undefined ? undefined : stated(value);
}

function briefingField(key: MetadataKey, raw: Record<string, unknown>): MetadataField<string> | undefined {
  if (raw.status === 'not-stated') return { status: 'not-stated' };
  const value = normalise(key, plain(raw.value));
  if (value === undefined) return undefined;
  if (raw.status === 'stated') return stated(value);
  const qualifier = raw.qualifier;
  if (raw.status === 'inferred' && typeof raw.reason === 'string' && raw.reason.length >= 10) {
    return {
      status: 'inferred',
      value,
      reason: raw.reason,
      qualifier: qualifier === 'on-or-after' || qualifier === 'on-or-before' ? qualifier : 'exact',
    };
  }
  return undefined;
}

/** A YAML value as text: lists of authors are joined, dates written back as YYYY-MM-DD. */
function plain(raw: unknown): string | undefined {
  if (raw instanceof Date) return dayOfDate(raw);
  if (Array.isArray(raw)) {
    const parts = raw.map(plain).filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  if (typeof raw === 'object' && raw !== null && 'name' in raw) return plain((raw as { name: unknown }).name);
  if (typeof raw === 'string' || typeof raw === 'number') {
    const text = String(raw).replace(/\s+/gu, ' ').trim();
    return text === '' ? undefined : text;
  }
  return undefined;
}

function normalise(key: MetadataKey, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (key === 'published') return statedDay(value);
  if (key === 'url') return isHttpUrl(value) ? value : undefined;
  if (key === 'language') return languageTag(value);
  return value;
}
