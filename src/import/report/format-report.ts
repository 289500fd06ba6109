import type { DatedPassage, ImportReport } from './build-report';
import type { ImportPlan } from '../plan-import';
import { METADATA_KEYS } from '../formats/source-metadata';
import type { DraftedFiles } from '../write/draft-files';
import { quotableExcerpt } from '../../drafting/quotable-excerpt';

const FORMAT_NAMES = { text: 'plain text', html: 'saved web page', markdown: 'Markdown' } as const;

/** The flag that sets each field. */
const FLAG_OF = {
  title: '--title',
  publisher: '--publisher',
  byline: '--author',
  published: '--published',
  url: '--url',
  language: '--language',
} as const;

/**
 * The report printed after an import: what was written, which known facts the article mentions, the
 * dates that no fact covers yet, and the next steps. Plain text, one item a line, so it can be read
 * in a terminal and pasted into a review.
 */
export function formatReport(
  plan: ImportPlan,
  report: ImportReport,
  paths: { article: string; original: string },
  drafted: DraftedFiles | { failed: string } = { accounts: [], facts: [] },
): string {
  const lines: string[] = [];
  const fm = plan.frontmatter;
  lines.push(`Added ${paths.article} (${FORMAT_NAMES[plan.format]}, ${plan.blocks.length} blocks with ids)`);
  lines.push(`  original kept byte for byte: ${paths.original}`);
  lines.push(
    `  metadata: ${METADATA_KEYS.map((key) => {
      const field = fm[key];
      return field.status === 'not-stated' ? `${key} not-stated` : `${key} ${field.status} “${field.value}”`;
    }).join(' · ')}`,
  );

  const warnings = warningsOf(plan, report);
  if (warnings.length > 0) {
    lines.push('', `Warnings (${warnings.length}):`);
    for (const warning of warnings) lines.push(`  ⚠ ${warning}`);
  }
  const captions = plan.leftOut.filter((item) => item.kind === 'caption');
  if (captions.length > 0) {
    lines.push(
      '',
      `Photo captions left out of the text (${captions.length}; they describe pictures the briefing does not show):`,
    );
    for (const caption of captions) lines.push(`  “${caption.text}”`);
  }

  lines.push('', `Known facts mentioned (${report.mentions.length}):`);
  if (report.mentions.length === 0) lines.push('  none — no fact’s `recognise` rules find this text');
  for (const mention of report.mentions) {
    lines.push(`  ${mention.factId} — ${mention.title}`);
    lines.push(
      `    ${mention.count} mention${mention.count === 1 ? '' : 's'} in ${mention.paragraphIds.join(', ')} (“${mention.samples.join('”, “')}”)`,
    );
    mention.paragraphIds.forEach((id, i) => lines.push(`      ${id}: ${mention.reasons[i] ?? ''}`));
  }

  const reference = report.reference
    ? `counted from the publication date ${report.reference}`
    : 'no publication date known';
  lines.push('', `Dates found (${report.dates.length}; relative dates ${reference}):`);
  if (report.dates.length === 0) lines.push('  none');
  for (const date of report.dates) lines.push(`  ${describeDate(date)}`);

  lines.push('', `Dates and events that match no fact yet (${report.unmatched.length}):`);
  if (report.unmatched.length === 0) lines.push('  none');
  for (const date of report.unmatched) {
    lines.push(`  ${date.value} (${date.status}) in ${date.blockId}: “${quotableExcerpt(date.sentence)}”`);
  }

  if ('failed' in drafted) {
    lines.push(
      '',
      `Drafting failed (${drafted.failed}); the article is written: write its accounts by hand, or report this.`,
    );
  } else {
    lines.push('', `Accounts drafted from the text, not yet reviewed (${drafted.accounts.length}):`);
    if (drafted.accounts.length === 0) lines.push('  none');
    for (const account of drafted.accounts) lines.push(`  ${account.factId} — added to ${account.file}`);
    lines.push('', `Draft facts, not published until accepted (${drafted.facts.length}):`);
    if (drafted.facts.length === 0) lines.push('  none');
    for (const fact of drafted.facts)
      lines.push(
        `  ${fact.id} — “${fact.title}” (${fact.date}), ${fact.joined ? `the same event another source gave: this source’s account added to ${fact.file}` : fact.file}`,
      );
  }

  lines.push('', 'Next steps:');
  let step = 0;
  const next = (text: string): void => {
    step++;
    lines.push(`  ${step}. ${text}`);
  };
  next(`Read ${paths.article} against the original: headings, lists, quotes and metadata.`);
  // One step per sentence: a sentence with two new dates is usually one event, or two facts to weigh together.
  const bySentence = new Map<string, DatedPassage[]>();
  for (const date of report.unmatched) bySentence.set(date.sentence, [...(bySentence.get(date.sentence) ?? []), date]);
  // Dated events the import drafted facts for are the editor's to review; the others are listed here.
  const draftedFacts = 'failed' in drafted ? 0 : drafted.facts.length;
  for (const [sentence, dates] of draftedFacts > 0 ? [] : bySentence) {
    const when = dates
      .map((date) => `${date.asWritten} → ${date.value}${date.status === 'inferred' ? ', inferred' : ''}`)
      .join('; ');
    next(
      `Add content/facts/<fact-id>.yaml for “${quotableExcerpt(sentence)}” (${when}), or extend an existing fact’s date and \`match\`.`,
    );
  }
  if (report.unresolved.length > 0) {
    next(
      `Relative dates (${report.unresolved.map((date) => `“${date.asWritten}”`).join(', ')}) need a publication date: if the source states one, undo the import with npm run remove-source -- ${plan.id} and re-import with --published YYYY-MM-DD to have them resolved.`,
    );
  }
  const draftedSomething = !('failed' in drafted) && (drafted.accounts.length > 0 || drafted.facts.length > 0);
  if (draftedSomething)
    next(
      'Run npm run review: accept, edit or reject each drafted account and draft fact (until then the pages mark them as drafted, and draft facts are not published).',
    );
  else if (report.mentions.length > 0)
    next(
      `Add an \`accounts\` entry for ${plan.id} to the facts it tells differently: ${report.mentions.map((m) => m.factId).join(', ')}.`,
    );
  const postDates = report.dates.filter(
    (date) => date.status === 'stated' && plan.blocks.some((b) => b.id === date.blockId && b.role === 'embedded-post'),
  );
  if (fm.published.status === 'not-stated' && postDates.length > 0) {
    next(
      `\`published\` is not stated; the embedded post is dated ${postDates[0]?.value}: if that bounds the article, record published as inferred (qualifier: on-or-after) with a reason.`,
    );
  }
  if (report.notStated.length > 0) {
    next(
      `Not stated: ${report.notStated.join(', ')}. If the source states them where the importer could not see, set them as stated in the frontmatter (or undo the import with npm run remove-source -- ${plan.id} and re-import with ${report.notStated.map((key) => FLAG_OF[key]).join(' / ')}); otherwise leave them not-stated, or record an inference with its reason.`,
    );
  }
  if (report.citations.length > 0) {
    const kinds = [...new Set(report.citations.map((c) => c.kind))].join(', ');
    next(
      `The text cites or embeds other sources (${kinds}): add content/cited-sources/<id>.yaml for each and list them under \`cites\`.`,
    );
  }
  next('Run npm run build (it checks the content first).');
  return `${lines.join('\n')}\n`;
}

function describeDate(date: DatedPassage): string {
  const where = `in ${date.blockId}`;
  const facts = date.coveredBy.length > 0 ? `covered by ${date.coveredBy.join(', ')}` : 'no fact yet';
  if (date.status === 'unresolved') return `“${date.asWritten}” — unresolved (relative, no publication date) ${where}`;
  if (date.status === 'inferred') return `${date.value} inferred: ${date.reason ?? date.asWritten} ${where} — ${facts}`;
  return `${date.value} stated: “${date.asWritten}” ${where} — ${facts}`;
}

/** What the editor should look at before anything else: text already in the briefing, images left out. */
function warningsOf(plan: ImportPlan, report: ImportReport): string[] {
  const warnings: string[] = [];
  for (const found of report.repeated) {
    const share = found.matched === found.compared ? 'all' : `${found.matched} of ${found.compared}`;
    warnings.push(
      `${share} paragraphs of this text are already in the briefing as content/articles/${found.articleId}.md. ` +
        `If it is the same article, undo the import with npm run remove-source -- ${plan.id}; if another outlet ran the same copy, keep both and say so in the frontmatter.`,
    );
  }
  if (report.unlistedLanguage) {
    const { language, listed } = report.unlistedLanguage;
    warnings.push(
      `the source is in "${language}", which content/briefing.yaml does not list among its sourceLanguages (${listed.join(', ')}): ` +
        'check --language, or add the language there if the briefing now takes sources in it.',
    );
  }
  const images = plan.leftOut.filter((item) => item.kind === 'image');
  if (images.length > 0) {
    const shown = images
      .slice(0, 3)
      .map((image) => image.text)
      .join(', ');
    warnings.push(
      `${images.length} image${images.length === 1 ? ' was' : 's were'} left out (${shown}${images.length > 3 ? ', …' : ''}): ` +
        'the briefing shows no picture from a source, since every reader’s browser would request it from the source’s site.',
    );
  }
  return warnings;
}
