import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, type Node } from 'yaml';
import { draftAccount } from '../../drafting/draft-account';
import { clauseOf, draftFact } from '../../drafting/draft-fact';
import { draftSource } from '../../drafting/source-context';
import { accountListEntry, addToList, appendAccount, flowLists } from '../../editing/fact-document';
import { coveringFact, datesAnotherAct, notAnEvent } from '../../drafting/draftable-events';
import { quotableExcerpt } from '../../drafting/quotable-excerpt';
import { readFacts } from '../../loader/read-collection';
import { compileRecognisers } from '../../recognition/compile-recognisers';
import { recognise, type RecognitionContext } from '../../recognition/recognise';
import type { FactData } from '../../schemas/fact';
import type { ImportReport } from '../report/build-report';
import type { ImportPlan } from '../plan-import';
import type { ContentPaths } from './content-files';

/** A wire copy holding at least this share of a known article's text is a carrier of that story, not a story of its own. */
const CARRIER_SHARE = 0.5;

/** What an import drafted for the editor to review. */
export interface DraftedFiles {
  /** Accounts of the new source written into fact files, as `facts/<id>.yaml`. */
  accounts: Array<{ factId: string; file: string }>;
  /** Draft facts written into `drafts/`, not published until accepted. */
  facts: Array<{
    id: string;
    file: string;
    title: string;
    date: string;
    /** This source's account joined a draft another source gave. */ joined?: boolean;
  }>;
}

/**
 * Drafts what the new source adds and writes it for review: its account of every known fact it
 * mentions (appended to the fact file, commented and marked as drafted) and a draft fact in
 * `drafts/` for every sentence dating an event no fact covers. Nothing is written for a fact that
 * already has an account from the source, or — for a carrier of wire copy already in the briefing —
 * for a fact the story's earlier carrier already tells.
 */
export function writeDrafts(
  paths: ContentPaths,
  plan: ImportPlan,
  report: ImportReport,
  facts: ReadonlyArray<{ id: string; data: FactData }>,
): DraftedFiles {
  const source = draftSource(plan.id, plan.frontmatter);
  const carrierOf = report.repeated.find(
    (found) => found.compared > 0 && found.matched / found.compared >= CARRIER_SHARE,
  )?.articleId;
  const drafted: DraftedFiles = { accounts: [], facts: [] };
  for (const mention of report.mentions) {
    const fact = facts.find((candidate) => candidate.id === mention.factId);
    if (!fact || fact.data.accounts.some((account) => account.source === plan.id || account.source === carrierOf))
      continue;
    const passages = plan.blocks
      .filter((block) => mention.paragraphIds.includes(block.id))
      .map((block) => ({ blockId: block.id, text: block.text }));
    const account = draftAccount(fact, source, passages);
    if (!account) continue;
    const file = join(paths.facts, `${fact.id}.yaml`);
    writeFileSync(file, appendAccount(readFileSync(file, 'utf8'), account));
    drafted.accounts.push({ factId: fact.id, file });
  }

  const drafts = join(paths.root, 'drafts');
  const existingDrafts = existsSync(drafts) ? readFacts(drafts).valid : [];
  const taken = new Set([
    ...facts.map((fact) => fact.id),
    ...(existsSync(drafts) ? readdirSync(drafts).map((name) => basename(name, '.yaml')) : []),
  ]);
  const context = {
    ...(source.published ? { published: source.published } : {}),
    ...(source.language ? { language: source.language } : {}),
  };
  // One draft per clause that dates an event: "…relations in 1972, and a meeting planned for March 15…" is two.
  const seen = new Set<string>();
  // A date a fact's days cover but whose clause tells another act (a reaction to the fact) is a new event's too.
  const anotherAct = report.dates.filter((date) => {
    // A reaction is a day's event: a month ("scheduled for February") is too vague to tell apart.
    if (!date.value || date.coveredBy.length === 0 || date.precision !== 'day') return false;
    const block = plan.blocks.find((candidate) => candidate.id === date.blockId);
    const linked = facts.filter(
      (fact) =>
        date.coveredBy.includes(fact.id) &&
        report.mentions.some((mention) => mention.factId === fact.id && mention.paragraphIds.includes(date.blockId)),
    );
    return block !== undefined && datesAnotherAct(date, block.text, linked, source);
  });
  for (const date of [...report.unmatched, ...anotherAct]) {
    const clause = clauseOf(date.sentence, date.asWritten);
    const key = `${date.blockId}\n${clause}`;
    if (!date.value || seen.has(key)) continue;
    seen.add(key);
    const block = plan.blocks.find((candidate) => candidate.id === date.blockId);
    if (!block || notAnEvent(date, block.text, source.published)) continue;
    // An event a fact this passage is linked to covers (its result, the losers' press conference the day after): the account drafted above holds it.
    if (!anotherAct.includes(date) && coveringFact(date, report.mentions, facts)) continue;
    // The same event another source already gave a draft for: this source's account joins that draft.
    const same = existingDrafts.find((draft) => sameEvent(draft, date.value as string, clause, context));
    if (same) {
      if (same.data.accounts.some((account) => account.source === plan.id)) continue;
      const account = draftAccount(same, source, [{ blockId: block.id, text: block.text }]);
      const file = join(drafts, `${same.id}.yaml`);
      let text = addToList(readFileSync(file, 'utf8'), 'summaryFrom', plan.id);
      if (account) {
        text = appendAccount(text, account);
        same.data = { ...same.data, accounts: [...same.data.accounts, account] };
      }
      writeFileSync(file, text);
      drafted.facts.push({ id: same.id, file, title: same.data.title, date: date.value, joined: true });
      continue;
    }
    // One draft per day a source dates: its sentences about that day (a leader's press conference, what
    // he added, what his party expects) are one event to review, not one each.
    if (drafted.facts.some((fact) => !fact.joined && fact.date === date.value)) continue;
    const draft = draftFact(
      {
        blockId: block.id,
        passage: block.text,
        sentence: date.sentence,
        date: { asWritten: date.asWritten, value: date.value },
      },
      source,
      taken,
    );
    if (!draft) continue;
    taken.add(draft.id);
    existingDrafts.push({ id: draft.id, data: draft.data });
    mkdirSync(drafts, { recursive: true });
    const file = join(drafts, `${draft.id}.yaml`);
    writeFileSync(
      file,
      draftFactText(
        draft.data,
        `From ${plan.id}: it dates this event (${date.value}, “${quotableExcerpt(date.asWritten, 60)}” in ${block.id}) and no fact covers it.`,
      ),
      { flag: 'wx' },
    );
    drafted.facts.push({ id: draft.id, file, title: draft.data.title, date: date.value });
  }
  return drafted;
}

/** The first line of a draft fact file; accepting the draft removes it. */
export const DRAFT_FACT_COMMENT =
  '# Draft fact, drafted from the text: not published until an editor accepts it (npm run review).';

/** A draft fact file: what an editor reads and refines, every field the schema documents, the accounts commented as drafted. `origin` says where it came from. */
export function draftFactText(data: FactData, origin: string): string {
  const head = new Document({
    title: data.title,
    kind: data.kind,
    ...(data.date ? { date: data.date } : {}),
    summary: data.summary,
    ...((data.summaryFrom ?? []).length > 0 ? { summaryFrom: data.summaryFrom } : {}),
    recognise: { words: data.recognise.words, match: data.recognise.match },
  });
  flowLists(head.contents as Node);
  const accounts = data.accounts.map((account) => accountListEntry(account, '  '));
  return [
    DRAFT_FACT_COMMENT,
    `# ${origin} Before accepting: check the title, kind, date and summary, and widen the proposed rules to other wordings (docs/recognition.md).`,
    head.toString({ flowCollectionPadding: false, lineWidth: 0 }).trimEnd(),
    ...(accounts.length > 0 ? ['accounts:', ...accounts.map((text) => text.trimEnd())] : []),
    '',
  ].join('\n');
}

/** Days apart two dates of an event may be and still be one event (sources count from different days). */
const SAME_EVENT_DAYS = 2;

/** Share of a draft's proposed words a clause must hold to tell the same event: one shared word ("ministry") is a coincidence. */
const SAME_EVENT_WORDS = 0.5;

/**
 * Whether a draft fact is the event a clause dates: its date within two days, its proposed rules
 * recognise the clause, and the clause holds at least half of the words the rules were proposed from.
 */
function sameEvent(
  draft: { id: string; data: FactData },
  value: string,
  clause: string,
  context: RecognitionContext,
): boolean {
  const start = draft.data.date?.start;
  if (!start || start.length !== value.length) return false;
  const apart =
    start.length === 10 ? Math.abs(Date.parse(start) - Date.parse(value)) / 86_400_000 : start === value ? 0 : Infinity;
  if (apart > SAME_EVENT_DAYS) return false;
  const words = Object.values(draft.data.recognise.words).flat();
  const lower = clause.toLowerCase();
  if (
    words.length === 0 ||
    words.filter((word) => lower.includes(word.toLowerCase())).length / words.length < SAME_EVENT_WORDS
  )
    return false;
  const { recognisers } = compileRecognisers([draft]);
  return recognise(clause, recognisers, context).length > 0;
}
