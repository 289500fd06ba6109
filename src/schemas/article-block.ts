import { z } from 'astro/zod';
import { BLOCK_KINDS } from '../model/block-ids';

/**
 * The blocks of an article that readers can link to, as the site renders them: declared once here.
 * The site's block-id plugin finds them, the fact graph links them to facts, the importer writes
 * them (adding what only it knows, see `WrittenBlock`), and the content collection stores them.
 */

export const blockKindSchema = z
  .enum(BLOCK_KINDS)
  .describe('What a block is on the page: a paragraph, a list item without paragraphs, or a heading (h2–h6).');

export const addressableBlockSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .describe(
        "The block's id on the article page: an explicit {#id}, a heading's slug, or one derived from its words.",
      ),
    /** Paragraph, list item or heading. */
    kind: blockKindSchema,
    text: z.string().describe("The block's text as the reader sees it, without its {#id}."),
  })
  .describe('A block of an article that readers can link to.');

/**
 * Why a passage was linked to a fact, so that the build report and the fact page can say it and an
 * editor can correct the rule. One per fact a passage mentions.
 */
export const mentionReasonSchema = z
  .object({
    fact: z.string().describe("The fact's id."),
    by: z
      .enum(['rule', 'pattern', 'marked', 'continued'])
      .describe(
        'rule: a line of the fact’s recognise.match; pattern: one of its recognise.patterns; marked: an editor wrote :fact[…]{#id} around the words; continued: the passage carries on the fact from an earlier paragraph.',
      ),
    continues: z
      .object({
        block: z.string().describe('The id of the paragraph carried on; `headline` for the headline.'),
        paragraph: z
          .number()
          .int()
          .min(0)
          .describe('Its number among the article’s paragraphs and list items, from 1; 0 for the headline.'),
        title: z.string().describe('The title of the fact carried on.'),
      })
      .optional()
      .describe('For continued: the earlier paragraph the passage carries on, and the fact’s title.'),
    rule: z.string().optional().describe('The line or pattern as written in the fact file, e.g. "alliance + breaks".'),
    cues: z
      .array(
        z.object({
          list: z.string().describe('The word list’s name.'),
          words: z.string().describe('The words of the passage, as written.'),
        }),
      )
      .describe('The words of the passage that matched, one per part of the line, with the word list they matched.'),
    date: z
      .object({
        asWritten: z.string().describe('The date as the passage words it.'),
        value: z.string().optional().describe('The date it stands for, when it could be resolved.'),
      })
      .optional()
      .describe('The date in the passage that placed it within the fact’s dates, when one did.'),
  })
  .describe('Why a passage was linked to a fact.');

/** An addressable block with the facts it mentions: what the fact graph and the pages read. */
export const articleBlockSchema = addressableBlockSchema
  .extend({
    mentions: z.array(z.string()).describe('Ids of the facts it mentions, in order of first mention.'),
    mentionReasons: z
      .array(mentionReasonSchema)
      .describe('Why it mentions each of them: one entry per id in mentions, in the same order.'),
  })
  .describe('A block of an article with the facts it mentions.');

export type AddressableBlock = z.infer<typeof addressableBlockSchema>;
export type MentionReason = z.infer<typeof mentionReasonSchema>;
export type ArticleBlock = z.infer<typeof articleBlockSchema>;
