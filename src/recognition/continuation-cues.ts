/**
 * The words by which a paragraph carries on a fact that an earlier paragraph of the article introduced
 * (see `continuation.ts`), per kind of fact. Data, not rules of one story: a fact adds its own words
 * (an election's seats, a ban's goods) in its file's `recognise.continued`.
 *
 * Only facts that happen at a time are carried on — statements, events and measures with dates. A
 * context (a treaty, a policy) or a characterisation is background: it is linked where it is named,
 * never inherited.
 */

/** The kinds of fact a later paragraph can carry on. */
export type ContinuableKind = 'statement' | 'event' | 'measure';

export interface KindCues {
  /**
   * Nouns that refer back to a fact of this kind after a determiner or a possessive ("the remarks",
   * "her comments", "Takaichi's remarks", "the move", "the ban").
   */
  nouns: readonly string[];
  /** Whole phrases that refer back to one, for languages written without spaces ("この発言", "同措置"). */
  phrases: readonly string[];
  /** Whether a quotation of the same speaker, or "she added", carries it on (what was said goes on being said). */
  quotation: boolean;
}

export const CUES_BY_KIND: Readonly<Record<ContinuableKind, KindCues>> = {
  statement: {
    nouns: [
      'remark',
      'remarks',
      'comment',
      'comments',
      'statement',
      'statements',
      'words',
      'rhetoric',
      'interview',
      'assertion',
      'assertions',
      'answer',
      'answers',
    ],
    phrases: ['この発言', 'その発言', '同発言', '今回の発言', '一連の発言', 'これらの発言', '首相の発言', '同氏の発言'],
    quotation: true,
  },
  measure: {
    nouns: [
      'move',
      'moves',
      'ban',
      'bans',
      'measure',
      'measures',
      'restriction',
      'restrictions',
      'curb',
      'curbs',
      'control',
      'controls',
      'notice',
      'decision',
      'step',
      'steps',
      'sanction',
      'sanctions',
      'countermeasure',
      'countermeasures',
      'embargo',
    ],
    phrases: [
      'この措置',
      'その措置',
      '同措置',
      '今回の措置',
      '一連の措置',
      'この規制',
      '同規制',
      '今回の規制',
      '禁輸措置',
    ],
    quotation: false,
  },
  event: {
    nouns: ['result', 'results', 'outcome', 'victory', 'win', 'defeat', 'landslide', 'rout'],
    phrases: ['この結果', 'その結果', '今回の結果'],
    quotation: false,
  },
};

/** Words that, before one of the nouns, point back at something already told ("the remarks", "those comments"). */
export const DETERMINERS: readonly string[] = [
  'the',
  'her',
  'his',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'such',
];

/**
 * Words that may stand between a determiner and the noun and still point back ("her latest remarks",
 * "the new curbs"). Any other word there names something else — "the previous remarks", "an earlier
 * ban", "the November comments" — and the phrase carries nothing on.
 */
export const MODIFIERS: readonly string[] = [
  'latest',
  'recent',
  'new',
  'televised',
  'controversial',
  'same',
  'above',
  'export',
  'trade',
  'sweeping',
  'reported',
];

/**
 * Verbs that, right after a referring phrase ("the comments are …", "the remarks had …"), make it the
 * subject of its sentence. Compared by dictionary form.
 */
export const AUXILIARIES: readonly string[] = [
  'be',
  'have',
  'do',
  'will',
  'would',
  'could',
  'may',
  'might',
  'can',
  'should',
  'must',
];

/** Verbs that attribute words to a speaker: "she said", "he added", "said the minister", "she pointed out". Compared by dictionary form. */
export const SAY_VERBS: readonly string[] = [
  'say',
  'add',
  'tell',
  'note',
  'stress',
  'continue',
  'explain',
  'insist',
  'argue',
  'warn',
  'emphasise',
  'emphasize',
  'reiterate',
  'suggest',
  'point',
  'elaborate',
  'describe',
  'answer',
  'reply',
  'clarify',
  'repeat',
  'acknowledge',
  'admit',
  'concede',
];

/**
 * Speakers written in common words ("officials said", "the ministry said", "said an analyst"): a
 * say-verb attributed to one of them reports someone other than the speaker before. Compared by
 * dictionary form. (A name is told by its capital.)
 */
export const SPEAKER_NOUNS: readonly string[] = [
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ministry',
  'government',
  'analyst',
  'expert',
  'critic',
  'source',
  'people',
  'executive',
  'lawyer',
  'diplomat',
  'lawmaker',
  'leader',
  'observer',
  'economist',
  'scholar',
  'researcher',
  'professor',
  'resident',
  'voter',
  'company',
  'firm',
  'agency',
  'embassy',
  'media',
  'newspaper',
  'editorial',
  'commentary',
];

/** Pronouns that, as a speaker, are the speaker of the paragraph before. */
export const SPEAKER_PRONOUNS: readonly string[] = ['she', 'he'];

/** Japanese: a quotation's closing verb (「…」と述べた), which attributes it to the speaker being reported. */
export const SAY_ENDINGS_JA: readonly string[] = [
  'と述べ',
  'とも述べ',
  'と語',
  'とも語',
  'と強調',
  'と説明',
  'と指摘',
  'と付け加え',
  'と話',
  'と明言',
  'と主張',
  'と訴え',
];

/** Japanese nouns for a statement, which another speaker's quotation may call it by (「強硬発言だ」). */
export const STATEMENT_NOUNS_JA: readonly string[] = ['発言', '談話'];

/** Words that never tell a speaker apart: articles, prepositions, conjunctions. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'that',
  'also',
  'then',
  'later',
  'again',
  'further',
  'as',
  'it',
  'this',
]);
