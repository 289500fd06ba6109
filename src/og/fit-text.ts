import { estimateWidthEm } from './text-width';
import { truncateToWidth } from './truncate-text';

/**
 * How much a block of wrapped text can hold: its line width in pixels and the
 * number of lines it may use.
 */
export interface TextBox {
  widthPx: number;
  maxLines: number;
}

export interface FittedText {
  text: string;
  fontSize: number;
}

/**
 * Share of each line that wrapped text can be counted on to fill. Lines break
 * between words, so every line but the last ends with some unused space.
 */
const WRAP_EFFICIENCY = 0.88;

/** Estimated ems of text that fit in `box` at `fontSize`. */
export function capacityEm(box: TextBox, fontSize: number): number {
  return (box.widthPx / fontSize) * WRAP_EFFICIENCY * box.maxLines;
}

/**
 * Picks the largest of `fontSizes` (largest first) at which `text` fits in
 * `box`; if it fits at none, uses the smallest and truncates with an ellipsis.
 * Short titles get big type, long ones get smaller type before they lose words.
 */
export function fitText(text: string, box: TextBox, fontSizes: readonly number[]): FittedText {
  const sizes = [...fontSizes].sort((a, b) => b - a);
  const smallest = sizes.at(-1);
  if (smallest === undefined) throw new RangeError('fitText needs at least one font size');

  const width = estimateWidthEm(text);
  const fitting = sizes.find((size) => width <= capacityEm(box, size));
  if (fitting !== undefined) return { text, fontSize: fitting };
  return { text: truncateToWidth(text, capacityEm(box, smallest)), fontSize: smallest };
}
