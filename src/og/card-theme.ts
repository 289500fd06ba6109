import { FONT_NAMES } from './font-names';

function fontStack(...names: string[]): string {
  return names.map((name) => `'${name}'`).join(', ');
}

/**
 * The card's palette, type and spacing, in one place so that the layout
 * reads as structure and the look can be tuned without touching it.
 *
 * Dark ink on warm newsprint, with a single red accent: high contrast for
 * small thumbnails in feeds, and a quiet "news" register rather than a
 * marketing one.
 */
export const CARD_THEME = {
  colors: {
    paper: '#F7F4EE',
    ink: '#15181D',
    mutedInk: '#454B55',
    accent: '#B3261E',
    hairline: '#CFC8BA',
  },
  fonts: {
    /** Headline and description: a text serif with a newspaper voice. */
    serif: fontStack(FONT_NAMES.serif, FONT_NAMES.serifExt, FONT_NAMES.japanese),
    /** Kicker and footer: a neutral sans for the labels around the story. */
    sans: fontStack(FONT_NAMES.sans, FONT_NAMES.sansExt, FONT_NAMES.japanese),
  },
  /** Outer padding; the text column is the card width minus both sides. */
  padding: { top: 64, side: 80, bottom: 52 },
  accentBarHeight: 12,
  kicker: { fontSize: 24, letterSpacingEm: 0.14 },
  title: {
    /** Tried largest first; the first that fits the line budget wins. */
    fontSizes: [76, 68, 60, 52],
    lineHeight: 1.12,
    /** With a description below it the title gets fewer lines. */
    maxLinesWithDescription: 3,
    maxLinesAlone: 4,
  },
  description: { fontSize: 30, lineHeight: 1.36, maxLines: 2 },
  footer: { fontSize: 22 },
} as const;
