import type { MentionSentence } from './mention-sentences';

/**
 * Nouns that name where or in what something was said or done: a programme, an interview, a meeting,
 * a vote. General news vocabulary, not any one story's.
 */
const VENUE_NOUNS = [
  'debate',
  'interview',
  'press conference',
  'news conference',
  'conference',
  'briefing',
  'summit',
  'meeting',
  'session',
  'hearing',
  'speech',
  'address',
  'rally',
  'forum',
  'programme',
  'program',
  'show',
  'broadcast',
  'talk show',
  'election',
  'vote',
  'talks',
  'visit',
  'parliament',
  'Diet',
  'committee',
  'statement',
  'post',
  'telephone call',
  'phone call',
  'call',
  'remarks',
];

/** Month and weekday names: "news conference on January 28" is a setting and its date, and the date is no part of the setting. */
const DATE_NAMES = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?![\p{L}])`;

const STARTS_WITH_DATE = new RegExp(`^${DATE_NAMES}`, 'u');

/** "during a televised debate", "in an interview with NHK", "at a news conference in Tokyo": the phrase after the preposition. */
const ENGLISH_SETTING = new RegExp(
  String.raw`\b(?:at|during|in|on|before|ahead of)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?` +
    String.raw`((?:[\p{L}][\p{L}'’-]*\s+){0,3}?(?:${VENUE_NOUNS.join('|')})s?\b(?:\s+(?:on|with|at|in)\s+(?:the\s+)?(?!${DATE_NAMES})\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?)`,
  'gu',
);

/** 「テレビ番組で」「記者会見で」「党首討論会に出演し」: the noun ending in a venue word, before the particle. */
const JAPANESE_SETTING =
  /([\p{Script=Han}\p{Script=Katakana}ー・]{0,12}(?:番組|会見|討論会|討論|演説|会談|会議|委員会|国会|集会|インタビュー|選挙|投票|首脳会談))(?:で|に出演|において|の場で|に臨)/gu;

/**
 * The setting a source gives: a phrase naming a programme, an interview, a meeting or a vote in a
 * mention sentence, quoted as written ("televised debate", "news conference in Tokyo", "テレビ番組").
 * A phrase holding words the fact's rules matched comes first (it is the one the link is about).
 */
export function draftedSetting(sentences: readonly MentionSentence[]): string | undefined {
  const found: Array<{ text: string; cued: boolean; order: number }> = [];
  for (const sentence of sentences) {
    const text = sentence.passage.slice(sentence.sentence.start, sentence.sentence.end);
    const pattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
      ? JAPANESE_SETTING
      : ENGLISH_SETTING;
    for (const match of text.matchAll(pattern)) {
      // A name may end in an abbreviation's dot, but not in the sentence's full stop.
      const phrase = match[1]?.trim().replace(/\.$/u, '');
      // "on Monday about those remarks": a date, then what was said; no setting.
      if (!phrase || phrase.length < 3 || STARTS_WITH_DATE.test(phrase)) continue;
      const start = sentence.sentence.start + (match.index ?? 0) + match[0].indexOf(match[1] ?? '');
      const end = start + phrase.length;
      const cued = sentence.lists.some((hit) => hit.start < end && start < hit.end);
      found.push({ text: phrase, cued, order: found.length });
    }
  }
  found.sort((a, b) => Number(b.cued) - Number(a.cued) || a.order - b.order);
  return found[0]?.text;
}
