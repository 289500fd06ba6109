import { isId } from '../model/ids';
import type { MetadataFlags } from './write/build-frontmatter';
import { ImportError } from './import-error';
import { languageTag } from './formats/language-tag';
import { isHttpUrl } from './formats/safe-url';
import { isRealDay } from '../model/dates';

/** The command line's values, as `parseArgs` returns them. */
export interface RawFlags {
  url?: string;
  publisher?: string;
  published?: string;
  title?: string;
  author?: string;
  language?: string;
  id?: string;
  added?: string;
}

/** Checked flags: metadata to record as stated, and the editorial values. */
export interface CheckedFlags {
  metadata: MetadataFlags;
  id?: string;
  added?: string;
}

/**
 * Checks the flags before anything is read or written: a wrong flag is refused with what to write
 * instead, never corrected silently (a "fixed" date would be recorded as stated).
 */
export function validateFlags(raw: RawFlags): CheckedFlags {
  const metadata: MetadataFlags = {};
  for (const [key, flag] of [
    ['title', 'title'],
    ['publisher', 'publisher'],
    ['byline', 'author'],
  ] as const) {
    const value = raw[flag];
    if (value === undefined) continue;
    const text = value.replace(/\s+/gu, ' ').trim();
    if (text === '')
      throw new ImportError(`--${flag} is empty`, `give the ${flag} as the source prints it, or leave the flag out`);
    metadata[key] = text;
  }
  if (raw.published !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(raw.published)) {
      throw new ImportError(
        `--published ${JSON.stringify(raw.published)} is not written YYYY-MM-DD`,
        'write the date the source states as YYYY-MM-DD, e.g. --published 2026-01-27',
      );
    }
    if (!isRealDay(raw.published)) {
      throw new ImportError(
        `--published ${raw.published} is not a date in the calendar`,
        'check the day and month on the source, e.g. --published 2026-01-27',
      );
    }
    metadata.published = raw.published;
  }
  if (raw.url !== undefined) {
    if (!isHttpUrl(raw.url)) {
      throw new ImportError(
        `--url ${JSON.stringify(raw.url)} is not a full http(s) address`,
        'copy the article address from the browser, e.g. --url https://example.com/news/article',
      );
    }
    metadata.url = raw.url;
  }
  if (raw.language !== undefined) {
    const tag = languageTag(raw.language);
    if (!tag)
      throw new ImportError(
        `--language ${JSON.stringify(raw.language)} is not a language tag`,
        'use a BCP 47 tag such as en, ja or en-GB',
      );
    metadata.language = tag;
  }
  if (raw.id !== undefined && !isId(raw.id)) {
    throw new ImportError(
      `--id ${JSON.stringify(raw.id)} is not a valid article id`,
      'use lower-case letters, digits and single hyphens, e.g. --id alliance-would-weaken',
    );
  }
  if (raw.added !== undefined && !isRealDay(raw.added)) {
    throw new ImportError(
      `--added ${JSON.stringify(raw.added)} is not a date YYYY-MM-DD in the calendar`,
      'write it as YYYY-MM-DD, e.g. --added 2026-11-22',
    );
  }
  return {
    metadata,
    ...(raw.id !== undefined ? { id: raw.id } : {}),
    ...(raw.added !== undefined ? { added: raw.added } : {}),
  };
}
