import type { Recognisers } from './compile-recognisers';
import { carriedOn, newThread, recordParagraph } from './continuation';
import { recognise, type Recognised, type RecognitionContext } from './recognise';
import type { Span } from './span-set';
import { tokenise } from './tokens';

/** One paragraph or list item of an article, in reading order. */
export interface ArticleParagraph {
  /** Its block id. */
  id: string;
  text: string;
  /** Spans not read: links, `:nofact[…]`, words marked by hand. */
  excluded?: readonly Span[];
  /** Facts an editor marked in it by hand (`:fact[…]{#id}`). */
  marked?: readonly string[];
  /** Facts never linked from it (links an editor removed in review). */
  removed?: ReadonlySet<string>;
  /** Whether a heading stands before it (a new section). */
  opensSection?: boolean;
}

/**
 * Reads an article as a whole: each paragraph's own mentions (`recognise`), and the facts it carries
 * on from the paragraphs before it (`carriedOn`: a quotation of the same speaker, a phrase referring
 * back, a detail of the fact). The headline and lede introduce the article's facts, each later
 * paragraph introduces more or carries them on, and a paragraph about another speaker, time or event
 * of the same kind ends the thread. One list of mentions per paragraph, in text order. Linear in the
 * article's length.
 */
export function recogniseArticle(
  paragraphs: readonly ArticleParagraph[],
  recognisers: Recognisers,
  context: RecognitionContext = {},
): Recognised[][] {
  const thread = newThread();
  // A short question set as a paragraph ("What did she say?") is an explainer's subheading.
  let afterQuestion = false;
  const indexOf = new Map(recognisers.facts.map((fact, f) => [fact.factId, f]));
  const read = (paragraph: ArticleParagraph, index: number): Recognised[] => {
    const excluded = paragraph.excluded ?? [];
    const tokenised = tokenise(paragraph.text, context.language);
    const allowed = (mention: Recognised) => !paragraph.removed?.has(mention.factId);
    const reading = isHeadline(paragraph.text) ? { ...context, newsOfTheDay: true } : context;
    const own = recognise(paragraph.text, recognisers, reading, excluded, tokenised).filter(allowed);
    const marked = paragraph.marked ?? [];
    const block = {
      id: paragraph.id,
      index,
      text: paragraph.text,
      tokenised,
      excluded,
      opensSection: paragraph.opensSection === true || afterQuestion,
    };
    afterQuestion = isQuestionHeading(paragraph.text);
    const carried = afterQuestion
      ? { mentions: [], ended: [] }
      : carriedOn(block, own, marked, thread, recognisers, context);
    const continued = carried.mentions.filter(allowed);
    const mentioned = [...new Set([...marked, ...own.map((m) => m.factId), ...continued.map((m) => m.factId)])].flatMap(
      (id) => indexOf.get(id) ?? [],
    );
    recordParagraph(thread, block, mentioned, carried.ended, recognisers);
    const at = (mention: Recognised) => Math.min(...mention.matched.map((m) => m.start));
    return [...own, ...continued].sort((a, b) => a.sentence.start - b.sentence.start || at(a) - at(b));
  };
  // The headline is read first, as the paragraph before the first (index -1, "¶0"): what it names is
  // the article's topic, which the lede and the rest carry on. It is not linked itself.
  if (context.headline) read({ id: HEADLINE_BLOCK, text: context.headline }, -1);
  return paragraphs.map((paragraph, index) => read(paragraph, index));
}

/** A time of day alone: "8.05pm", "10:30 GMT", "20:05", "20時5分". */
const TIME_STAMP =
  /^\s*(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d{1,2}時(?:\d{1,2}分)?)\s*(?:\(?(?:GMT|UTC|JST|CET|BST|ET)\)?)?\s*$/iu;

/**
 * Whether a heading is only a time stamp, as a live blog sets one above each update: it opens no new
 * section, and the update under it goes on from the one before.
 */
export function isTimeStamp(text: string): boolean {
  return TIME_STAMP.test(text);
}

/** The most words of a question set as a subheading. */
const QUESTION_WORDS = 8;

/**
 * Whether a paragraph is a short question, as an explainer sets its subheadings ("What did she say?",
 * "Is this new?", "何が変わるのか？"): it carries nothing on, and what follows it opens a new section.
 */
export function isQuestionHeading(text: string): boolean {
  const trimmed = text.trim();
  if (!/[?？]$/u.test(trimmed) || /["“”«»「」『』]/u.test(trimmed)) return false;
  return /[\u3040-\u30ff\u4e00-\u9fff]/u.test(trimmed)
    ? trimmed.length <= HEADLINE_CHARACTERS / 2
    : trimmed.split(/\s+/u).length <= QUESTION_WORDS;
}

/** A headline has a handful of words and no full stop; so do a page's second headline and its subheadings. */
const HEADLINE_WORDS = 20;
const HEADLINE_CHARACTERS = 60;

/** Whether a paragraph is written as a headline: short, and not ended as a sentence is. */
export function isHeadline(text: string): boolean {
  if (text.length > HEADLINE_WORDS * 20) return false;
  const trimmed = text.trim().replace(/["'”’」』)\]]+$/u, '');
  if (trimmed === '' || /[.!?。．！？:：]$/u.test(trimmed)) return false;
  return /[\u3040-\u30ff\u4e00-\u9fff]/u.test(trimmed)
    ? trimmed.length <= HEADLINE_CHARACTERS
    : /^\p{Lu}/u.test(trimmed) && trimmed.split(/\s+/u).length <= HEADLINE_WORDS;
}

/** The block id a continuation of the headline names (the headline is no block of the body). */
export const HEADLINE_BLOCK = 'headline';
