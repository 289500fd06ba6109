import { z } from 'astro/zod';

/**
 * The blocks of an article that readers can link to, as the site renders them: declared once here.
 * The site's block-id plugin finds them, the fact graph links them to facts, the importer writes
 * them (adding what only it knows, see `WrittenBlock`), and the content collection stores them.
 */

/** What a block is on the page: a paragraph (`<p>`), a list item without paragraphs (`<li>`), or a heading (`<h2>`–`<h6>`). */
export const blockKindSchema = z
  .enum(['paragraph', 'list-item', 'heading'])
  .describe('What a block is on the page: a paragraph, a list item without paragraphs, or a heading (h2–h6).');

/** A block of an article that readers can link to. */
export const addressableBlockSchema = z
  .object({
    /** The block's `id` on the article page: an explicit `{#id}`, a heading's slug, or one derived from its words. */
    id: z
      .string()
      .min(1)
      .describe(
        "The block's id on the article page: an explicit {#id}, a heading's slug, or one derived from its words.",
      ),
    /** Paragraph, list item or heading. */
    kind: blockKindSchema,
    /** The block's text as the reader sees it, without its `{#id}`. */
    text: z.string().describe("The block's text as the reader sees it, without its {#id}."),
  })
  .describe('A block of an article that readers can link to.');

/**
 * Why a passage was linked to a fact, so that the build report and the fact page can say it and an
 * editor can correct the rule. One per fact a passage mentions.
 */
export const mentionReasonSchema = z
  .object({
    /** The fact's id. */
    fact: z.string().describe("The fact's id."),
    /**
     * `rule`: a line of the fact's `recognise.match`; `pattern`: one of its `recognise.patterns`;
     * `marked`: an editor wrote `:fact[…]{#id}` around the words; `continued`: the passage carries on
     * the fact from an earlier paragraph of the article (see `continues`).
     */
    by: z
      .enum(['rule', 'pattern', 'marked', 'continued'])
      .describe(
        'rule: a line of the fact’s recognise.match; pattern: one of its recognise.patterns; marked: an editor wrote :fact[…]{#id} around the words; continued: the passage carries on the fact from an earlier paragraph.',
      ),
    /** For `continued`: the paragraph carried on (its id and its number in the article, from 1; 0 and `headline` for the headline), and the fact's title. */
    continues: z
      .object({
        block: z.string().describe('The id of the paragraph carried on.'),
        paragraph: z
          .number()
          .int()
          .min(0)
          .describe('Its number among the article’s paragraphs and list items, from 1; 0 for the headline.'),
        title: z.string().describe('The title of the fact carried on.'),
      })
      .optional()
      .describe('For continued: the earlier paragraph the passage carries on, and the fact’s title.'),
    /** The line or pattern as written in the fact file, e.g. "alliance + breaks"; for `continued`, the shape (e.g. "quotation of the same speaker"). */
    rule: z.string().optional().describe('The line or pattern as written in the fact file, e.g. "alliance + breaks".'),
    /** The words of the passage that matched, one per part of the line, with the word list they matched. */
    cues: z
      .array(
        z.object({
          /** The word list's name (`pattern` or `marked` when there is none). */
          list: z.string().describe('The word list’s name.'),
          /** The words of the passage, as written. */
          words: z.string().describe('The words of the passage, as written.'),
        }),
      )
      .describe('The words of the passage that matched, one per part of the line, with the word list they matched.'),
    /** The date in the passage that placed it within the fact's dates, when one did. */
    date: z
      .object({
        /** The date as the passage words it. */
        asWritten: z.string().describe('The date as the passage words it.'),
        /** The date it stands for (YYYY-MM-DD, YYYY-MM or YYYY), when it could be resolved. */
        value: z.string().optional().describe('The date it stands for, when it could be resolved.'),
      })
      .optional()
      .describe('The date in the passage that placed it within the fact’s dates, when one did.'),
  })
  .describe('Why a passage was linked to a fact.');

/** An addressable block with the facts it mentions: what the fact graph and the pages read. */
export const articleBlockSchema = addressableBlockSchema
  .extend({
    /** Ids of the facts it mentions, in order of first mention. */
    mentions: z.array(z.string()).describe('Ids of the facts it mentions, in order of first mention.'),
    /**
     * Why it mentions each of them — one entry per id in `mentions`, in the same order: the rule line
     * and the words that matched (or that an editor marked the words by hand), and the date that
     * placed it in the fact's window. For the build report and the fact page.
     */
    mentionReasons: z
      .array(mentionReasonSchema)
      .describe('Why it mentions each of them: one entry per id in mentions, in the same order.'),
  })
  .describe('A block of an article with the facts it mentions.');

export type BlockKind = z.infer<typeof blockKindSchema>;
export type AddressableBlock = z.infer<typeof addressableBlockSchema>;
export type MentionReason = z.infer<typeof mentionReasonSchema>;
export type ArticleBlock = z.infer<typeof articleBlockSchema>;
