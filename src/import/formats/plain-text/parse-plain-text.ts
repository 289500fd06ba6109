import type { BlockContent, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { inlineText } from './inline-text';
import {
  bulletText,
  byline,
  isAlsoRead,
  isAttribution,
  isHeadingLike,
  isHeadlineLike,
  isListLine,
  isPostText,
  isSourcesHeader,
  orderedItem,
} from './plain-text-lines';
import { stated, type ImportRole, type ParsedSource, type SourceMetadata } from '../source-metadata';
import { statedDay } from '../../../model/date-reader';

/** One recognised line (or run of lines) of a plain-text article, before it becomes mdast. */
type Piece =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; role?: ImportRole; joinable: boolean }
  | { kind: 'item'; text: string; ordered: boolean; start?: number; role?: ImportRole }
  | { kind: 'post'; text: string; attribution: string };

/** How many lines from the top a byline may stand at. */
const BYLINE_WINDOW = 4;

/**
 * Parses an article saved as plain text (like the seeds in `content/originals/`): an optional headline
 * (→ title), a "By … | date" byline (→ byline and publication date), bullets, heading-like lines,
 * an embedded post (→ blockquote), "Also Read:" lines and a closing "Sources:" list. Text is never
 * interpreted as markup: what the file says is what the page shows.
 */
export function parsePlainText(text: string): ParsedSource {
  const lines = text.split('\n').map((line) => line.trimEnd());
  const metadata: SourceMetadata = {};
  let from = firstContentLine(lines, 0);

  const headline = lines[from];
  const afterHeadline = firstContentLine(lines, from + 1);
  if (
    headline !== undefined &&
    isHeadlineLike(headline) &&
    afterHeadline < lines.length &&
    (lines[from + 1] === '' || byline(lines[afterHeadline] ?? '') !== undefined)
  ) {
    metadata.title = stated(headline.trim());
    from = afterHeadline;
  }

  const pieces = recognise(lines, from, metadata);
  return { tree: assemble(pieces), metadata };
}

function firstContentLine(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}

/** Decides what each line is, in order. */
function recognise(lines: readonly string[], from: number, metadata: SourceMetadata): Piece[] {
  // Text with blank lines between paragraphs may wrap a paragraph over several lines; text without
  // any blank line (like the first seed) has one paragraph per line.
  const body = lines.slice(from);
  const usesBlankLines = body.some((line, i) => line.trim() === '' && body.slice(i + 1).some((l) => l.trim() !== ''));
  const pieces: Piece[] = [];
  let inSources = false;
  let contentLinesSeen = 0;
  let previousBlank = true;

  for (let i = from; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (line === '') {
      // A blank line after the first source ends the list (a blank right after "Sources:" does not).
      if (inSources && pieces.at(-1)?.kind === 'item') inSources = false;
      previousBlank = true;
      continue;
    }
    const blankBefore = previousBlank;
    previousBlank = false;
    contentLinesSeen++;

    if (inSources && !isListLine(raw) && line.length <= 200) {
      pieces.push({ kind: 'item', text: line, ordered: false, role: 'sources' });
      continue;
    }
    const bullet = bulletText(raw);
    if (bullet !== undefined) {
      pieces.push({ kind: 'item', text: bullet, ordered: false, role: inSources ? 'sources' : undefined });
      continue;
    }
    const ordered = orderedItem(raw);
    if (ordered) {
      pieces.push({ kind: 'item', text: ordered.text, ordered: true, start: ordered.number });
      continue;
    }
    inSources = false;

    const next = firstContentLine(lines, i + 1);
    if (isPostText(line) && next < lines.length && isAttribution(lines[next] ?? '')) {
      pieces.push({ kind: 'post', text: line, attribution: (lines[next] ?? '').trim() });
      i = next;
      continue;
    }
    const by = contentLinesSeen <= BYLINE_WINDOW ? byline(line) : undefined;
    if (by && !metadata.byline) {
      metadata.byline = stated(by.name);
      const day = by.date ? statedDay(by.date) : undefined;
      if (day) metadata.published = stated(day);
      pieces.push({ kind: 'paragraph', text: line, role: 'byline', joinable: false });
      continue;
    }
    if (isSourcesHeader(line)) {
      pieces.push({ kind: 'paragraph', text: line, role: 'sources', joinable: false });
      inSources = true;
      continue;
    }
    if (isAlsoRead(line)) {
      pieces.push({ kind: 'paragraph', text: line, role: 'also-read', joinable: false });
      continue;
    }
    const nextLine = lines[next];
    const standsAlone = blankBefore || !usesBlankLines;
    if (standsAlone && isHeadingLike(line) && nextLine !== undefined && !isAttribution(nextLine)) {
      pieces.push({ kind: 'heading', text: line });
      continue;
    }
    const last = pieces.at(-1);
    if (usesBlankLines && !blankBefore && last?.kind === 'paragraph' && last.joinable) {
      // A paragraph wrapped over several lines: keep the line break, it is part of the text as received.
      last.text = `${last.text}\n${line}`;
      continue;
    }
    pieces.push({ kind: 'paragraph', text: line, joinable: true });
  }
  return pieces;
}

/** Builds the mdast body; consecutive items of the same kind form one list. */
function assemble(pieces: readonly Piece[]): Root {
  const children: RootContent[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'heading') {
      children.push({ type: 'heading', depth: 2, children: inlineText(piece.text) });
    } else if (piece.kind === 'paragraph') {
      children.push(paragraph(piece.text, piece.role));
    } else if (piece.kind === 'post') {
      children.push({
        type: 'blockquote',
        data: { importRole: 'embedded-post' },
        children: [paragraph(piece.text), paragraph(piece.attribution)],
      });
    } else {
      const last = children.at(-1);
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(piece.text)] };
      if (last?.type === 'list' && last.ordered === piece.ordered && last.data?.importRole === piece.role) {
        last.children.push(item);
      } else {
        const list: List = { type: 'list', ordered: piece.ordered, spread: false, children: [item] };
        if (piece.ordered && piece.start !== undefined) list.start = piece.start;
        if (piece.role) list.data = { importRole: piece.role };
        children.push(list);
      }
    }
  }
  return { type: 'root', children };
}

function paragraph(text: string, role?: ImportRole): Paragraph & BlockContent {
  const node: Paragraph = { type: 'paragraph', children: inlineText(text) };
  if (role) node.data = { importRole: role };
  return node;
}
