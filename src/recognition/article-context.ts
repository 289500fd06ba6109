import { dayOfDate, isRealDay } from '../model/dates';
import type { RecognitionContext } from './recognise';

/**
 * What recognition needs to know of an article, from its frontmatter as written (see
 * `src/schemas/article.ts`): the publication date, which relative dates count from and which rules
 * out facts the article is too early to report, the language, and the headline, which sets the article's topic. A field that is not stated, or
 * does not have the expected form, is simply not known.
 */
export function articleContext(frontmatter: unknown): RecognitionContext {
  const record = (typeof frontmatter === 'object' && frontmatter !== null ? frontmatter : {}) as Record<
    string,
    unknown
  >;
  const published = dayOf(valueOf(record.published));
  const language = valueOf(record.language);
  const headline = valueOf(record.title);
  return {
    ...(typeof headline === 'string' && headline.trim() !== '' ? { headline: headline.trim() } : {}),
    ...(published ? { published } : {}),
    ...(typeof language === 'string' && language.trim() !== '' ? { language: language.trim() } : {}),
  };
}

/** The value of a metadata field (`{ status, value }`), when it has one. */
function valueOf(field: unknown): unknown {
  if (typeof field !== 'object' || field === null) return undefined;
  const { status, value } = field as { status?: unknown; value?: unknown };
  return status === 'stated' || status === 'inferred' ? value : undefined;
}

/** YYYY-MM-DD from a quoted day or from the date object YAML makes of an unquoted one. */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return dayOfDate(value);
  if (typeof value === 'string' && isRealDay(value)) return value;
  return undefined;
}
