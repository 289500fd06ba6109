import type { Account } from '../schemas/fact';
import type { ContentProblem } from '../model/problems';
import type { BrokenDraft } from './item-problems';
import type { ReviewItem } from './review-items';

const quoted = (words: readonly string[]) => (words.length > 0 ? words.map((w) => `“${w}”`).join(', ') : '—');
const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The lines of an account, as the review screen shows them. */
export function accountLines(account: Account): string[] {
  return [
    `  date      ${account.date ? `“${account.date.asWritten}” → ${account.date.value}${account.date.inferred ? ` (inferred: ${account.date.inferred})` : ''}` : '—'}`,
    `  setting   ${account.setting ?? '—'}`,
    `  actors    ${account.actors.length > 0 ? account.actors.join('; ') : '—'}`,
    `  words     ${quoted(account.wording)}`,
    `  numbers   ${account.numbers.length > 0 ? account.numbers.map((n) => `${n.label}: ${n.asWritten} (${n.value} ${n.unit})`).join('; ') : '—'}`,
  ];
}

/** Values the drafter left out, unsure of them: “left out: “Tokyo” (actors) because …”. */
export function leftOutLines(leftOut: ReadonlyArray<{ field: string; value: string; reason: string }>): string[] {
  return leftOut.map((item) => `  left out  “${item.value}” (${item.field}) because ${item.reason}`);
}

/** An item's own problems, under it: what is wrong and what to do. */
export function problemLines(problems: readonly ContentProblem[]): string[] {
  return problems.map(
    (p) => `  ✗ problem ${p.where}${p.value === undefined ? '' : ` (${clip(p.value, 80)})`}: ${p.problem} → ${p.fix}`,
  );
}

/** One item as the review screen shows it: what it is, where it is, and what it says (and, when given, its problems). */
export function formatItem(
  item: ReviewItem | BrokenDraft,
  position: string,
  problems: readonly ContentProblem[] = [],
): string {
  return [formatItemAlone(item, position), ...problemLines(problems)].join('\n');
}

function formatItemAlone(item: ReviewItem | BrokenDraft, position: string): string {
  if (item.kind === 'broken-draft') {
    return [
      `${position} Draft fact that cannot be read — ${item.draftId} (content/drafts/${item.draftId}.yaml, not published)`,
      `  id        ${item.id} (reject deletes the file)`,
    ].join('\n');
  }
  if (item.kind === 'account') {
    return [
      `${position} Drafted account — ${item.factId} (${item.factTitle}) from ${item.account.source}`,
      `  drafted from the text, not yet reviewed · ${item.inFile ? `in content/facts/${item.factId}.yaml` : 'drafted by the build (accepting writes it into the fact file)'}`,
      ...accountLines(item.account),
      ...leftOutLines(item.leftOut),
      ...item.passages.map((p) => `  from      ${p.ref}: “${clip(p.text)}”`),
      `  id        ${item.id}`,
    ].join('\n');
  }
  if (item.kind === 'draft-fact') {
    const rules = item.data.recognise;
    return [
      `${position} Draft fact — ${item.draftId} (content/drafts/${item.draftId}.yaml, not published)`,
      `  title     ${item.data.title}`,
      `  why       ${whyDrafted(item.data)}`,
      `  kind      ${item.data.kind}`,
      `  date      ${item.data.date ? `${item.data.date.start}${item.data.date.end ? ` to ${item.data.date.end}` : ''}` : '—'}`,
      `  summary   ${clip(item.data.summary, 240)}`,
      `  rules     ${rules.match.join(' · ') || '—'}; ${Object.entries(rules.words)
        .map(([name, words]) => `${name}: ${words.join(', ')}`)
        .join('; ')}`,
      `  would link ${item.wouldLink.length} passage${item.wouldLink.length === 1 ? '' : 's'}${
        item.wouldLink.length > 0
          ? `: ${item.wouldLink
              .slice(0, 3)
              .map((p) => p.ref)
              .join(', ')}${item.wouldLink.length > 3 ? ', …' : ''}`
          : ''
      }`,
      ...item.data.accounts.map(
        (a) =>
          `  account   from ${a.source}${a.review === 'drafted' ? ' (drafted, reviewed on its own once the fact is published)' : ''}`,
      ),
      `  id        ${item.id}`,
    ].join('\n');
  }
  return [
    `${position} Doubtful link — ${item.ref} → ${item.factId}`,
    `  why       ${item.doubt}`,
    `  rule      ${item.reason}`,
    `  passage   “${clip(item.text, 240)}”`,
    `  id        ${item.id}`,
  ].join('\n');
}

/** Why a draft fact was drafted: the sources that date an event no published fact covers. */
export function whyDrafted(data: {
  summaryFrom?: readonly string[];
  accounts: ReadonlyArray<{ source: string }>;
}): string {
  // The importer names the sources it drafted from in summaryFrom; npm run new-fact names none.
  if ((data.summaryFrom ?? []).length === 0) return 'started by an editor (npm run new-fact)';
  const sources = [...new Set([...(data.summaryFrom ?? []), ...data.accounts.map((account) => account.source)])];
  return `${sources.length === 1 ? '1 source dates' : `${sources.length} sources date`} an event no published fact covers: ${sources.join(', ')}`;
}
