import type { FactData } from '../schemas/fact';
import { slugForId } from '../model/ids';
import { datesInText } from '../model/date-reader';
import { draftAccount, type DraftSource } from './draft-account';
import { withoutDateline } from '../model/page-furniture';
import { proposeRules } from './propose-rules';
import { quotesHold } from './checked-quotations';
import { quotableExcerpt } from './quotable-excerpt';

/** A dated event of a new source that no fact covers: what the importer found. */
export interface UnmatchedEvent {
  blockId: string;
  /** The passage's whole text, and the sentence of it that gives the date. */
  passage: string;
  sentence: string;
  date: { asWritten: string; value: string };
}

/** Verbs of measures taken against someone, in English and Japanese. */
const MEASURE =
  /\b(?:ban|bans|banned|banning|restrict|restricts|restricted|restriction|curb|curbs|curbed|sanction|sanctions|sanctioned|tariff|tariffs|suspend|suspends|suspended|halt|halts|halted|impose|imposes|imposed|tighten|tightens|tightened|control|controls)\b|禁止|規制|制裁|停止|強化/iu;
/** Verbs of saying. */
const STATEMENT =
  /\b(?:said|says|announced|announces|stated|warned|warns|told|declared|claimed|accused|criticised|criticized|protested|responded)\b|述べ|発表|表明|批判|抗議/iu;

/**
 * A draft fact for an event a source dates that no fact covers: a title from the sentence (its
 * clause, without the date words), a kind read from its verbs (a measure, a statement, else an
 * event; an event when the source dates it after its own publication), the date, proposed recognition rules, a summary that quotes the sentence, and the source's
 * account, drafted. It is written to `content/drafts/` and published only when an editor accepts it.
 */
export function draftFact(
  event: UnmatchedEvent,
  source: DraftSource,
  takenIds: ReadonlySet<string>,
): { id: string; data: FactData } | undefined {
  const sentence = withoutDatelineTail(event.sentence, event.passage);
  const clause = clauseOf(sentence, event.date.asWritten);
  const title = titleFrom(clause, event.date.asWritten);
  if (title.length < 3) return undefined;
  const id = uniqueId(slugForId(title) || `${source.id}-event`, takenIds);
  const recognise = proposeRules(clause, {
    dated: true,
    exclude: datesInText(clause, source).map((date) => ({ start: date.index, end: date.end })),
  });
  // Something the source dates after its own publication is still to come: an event, written about
  // ahead of time (recognition lets only events be mentioned before their date).
  const ahead = source.published !== undefined && event.date.value.slice(0, source.published.length) > source.published;
  const kind: FactData['kind'] = ahead
    ? 'event'
    : MEASURE.test(clause)
      ? 'measure'
      : STATEMENT.test(clause)
        ? 'statement'
        : 'event';
  const data: FactData = {
    title,
    kind,
    date: { start: event.date.value },
    summary: `Drafted from one source, which says: “${quotableExcerpt(sentence)}”`,
    recognise,
    accounts: [],
    related: [],
    notFromSources: [],
    aliases: [],
    summaryFrom: [source.id],
    noAccountFrom: [],
    linksKept: [],
    unlinked: [],
  };
  const account = draftAccount({ id, data }, source, [{ blockId: event.blockId, text: event.passage }]);
  // The build checks a draft's title and summary against the sources giving an account of it: without
  // one, or with words the check would refuse, they quote nothing.
  const passages = account ? [{ ref: `${source.id}#${event.blockId}`, text: event.passage }] : [];
  const checked = {
    title: quotesHold(title, passages) ? title : withoutQuotationMarks(title),
    summary: quotesHold(data.summary, passages)
      ? data.summary
      : `Drafted from one source: ${source.id}, paragraph ${event.blockId}.`,
  };
  return { id, data: { ...data, ...checked, accounts: account ? [account] : [] } };
}

/** Where a sentence divides into clauses that may each tell an event of their own. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|as|after|before|which|who|whereas)\s+|\s[—–]\s|。/u;

/** The clause of a sentence holding the date: "…relations in 1972, and a meeting planned for March 15…" dates two events. */
export function clauseOf(sentence: string, dateWords: string): string {
  const clauses = sentence.split(new RegExp(CLAUSE_BREAK.source, 'gu'));
  return clauses.find((clause) => clause.includes(dateWords)) ?? sentence;
}

/** A clause without its date words and attribution, cut to a headline's length. */
export function titleFrom(sentence: string, dateWords: string): string {
  const escaped = dateWords.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const without = sentence
    // The date goes with its preposition ("on January 6") and, in Japanese, its comma ("6日、").
    .replace(
      new RegExp(`(?:\\s*\\b(?:on|in|since|from|at|by|for|until|as of)\\s+)?${escaped}(?:\\s*[,、])?`, 'iu'),
      ' ',
    )
    // "…, the commerce ministry said." and "…, officials say": the attribution is no part of the event.
    .replace(
      /,\s+(?:the\s+)?[\p{L}\s'’-]{2,40}?\s+(?:said|says|reported|reports|announced|told [\p{L}\s]{2,30})\s*[.。]?\s*$/u,
      '',
    );
  const clause = (without.split(new RegExp(CLAUSE_BREAK.source, 'gu'))[0] ?? without)
    .replace(/[\s,.;:。、]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(clause);
  // A title cut after "on" or "to" reads as cut off: it ends at the last word that means something.
  const short = cjk
    ? [...clause.replace(/\s/gu, '')].slice(0, 40).join('')
    : headlineWords(clause.split(' ')).replace(/(?:\s+(?:to|of|the|a|an|in|on|at|and|for|with|by|from))+$/iu, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** Most words a title holds. */
const TITLE_WORDS = 14;

/** Words that open a clause or a verb phrase of their own: a title cut after one ends mid-clause. */
const CLAUSE_OPENER =
  /^(?:that|which|who|whose|whom|when|while|because|although|though|after|before|if|as|amid|but|and|so|would|will|could|should|might|may|expected|saying)$/iu;

/**
 * A clause's first words, as many as a headline holds; a longer clause cut there loses the words at
 * its end that open what was cut off ("…ahead of a special session expected would"), so the title
 * never ends on "would" or "that".
 */
function headlineWords(words: readonly string[]): string {
  const kept = words.slice(0, TITLE_WORDS);
  if (words.length <= TITLE_WORDS) return kept.join(' ');
  // "…session expected would": a cut title does not end on words that open what was cut off.
  while (kept.length > 4 && CLAUSE_OPENER.test(kept.at(-1) ?? '')) kept.pop();
  return kept.join(' ');
}

/** A fact id from a title's slug: at most 60 characters, and — since one that stops at "to" or "of" reads as cut off — ending at the last word that means something. */
export function factIdFrom(slug: string): string {
  return slug
    .slice(0, 60)
    .replace(/-+$/u, '')
    .replace(/(?:-(?:to|of|the|a|an|in|on|at|and|for|with|by|from))+$/u, '');
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = factIdFrom(base);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A title's words without the quotation marks that would present them as quoted. */
function withoutQuotationMarks(title: string): string {
  return title
    .replace(/[“”„"「」『』]|(?<![\p{L}\p{N}])['‘]|['’](?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The sentence without the part of a dateline it starts inside: a sentence reader cuts "Beijing, Jan.
 * 27 (Wire)--The ministry…" after "Jan.", leaving "27 (Wire)--The ministry…" as a sentence.
 */
function withoutDatelineTail(sentence: string, passage: string): string {
  const dateline = passage.length - withoutDateline(passage).length;
  const at = passage.indexOf(sentence);
  return at !== -1 && at < dateline && at + sentence.length > dateline ? sentence.slice(dateline - at) : sentence;
}
