import { CARD_HEIGHT, CARD_WIDTH } from './card-size';
import { CARD_THEME as theme } from './card-theme';
import { div, type CardElement } from './card-element';
import { capacityEm, fitText } from './fit-text';
import type { PreviewCard } from './preview-card';
import { normalizeWhitespace, truncateToWidth } from './truncate-text';

const TEXT_COLUMN_WIDTH = CARD_WIDTH - 2 * theme.padding.side;

/** The card's words after whitespace clean-up, fitting and truncation. */
export interface CardText {
  kicker: string;
  title: string;
  titleFontSize: number;
  description: string;
  footer: string;
}

/**
 * Decides the words the card shows and the title size. Separate from the
 * element tree so the fitting rules can be tested without rendering.
 */
export function layOutCardText(card: PreviewCard): CardText {
  const title = normalizeWhitespace(card.title);
  if (title === '') throw new TypeError('A preview card needs a non-empty title');
  const description = normalizeWhitespace(card.description ?? '');

  const fittedTitle = fitText(
    title,
    {
      widthPx: TEXT_COLUMN_WIDTH,
      maxLines: description ? theme.title.maxLinesWithDescription : theme.title.maxLinesAlone,
    },
    theme.title.fontSizes,
  );
  const descriptionBox = { widthPx: TEXT_COLUMN_WIDTH, maxLines: theme.description.maxLines };
  // Kicker and footer are single lines; the kicker is set in spaced capitals,
  // which run about a third wider than the estimate assumes.
  const kickerBox = { widthPx: TEXT_COLUMN_WIDTH / 1.35, maxLines: 1 };
  const footerBox = { widthPx: TEXT_COLUMN_WIDTH, maxLines: 1 };

  return {
    kicker: truncateToWidth(normalizeWhitespace(card.kicker), capacityEm(kickerBox, theme.kicker.fontSize)),
    title: fittedTitle.text,
    titleFontSize: fittedTitle.fontSize,
    description: truncateToWidth(description, capacityEm(descriptionBox, theme.description.fontSize)),
    footer: truncateToWidth(normalizeWhitespace(card.footer ?? ''), capacityEm(footerBox, theme.footer.fontSize)),
  };
}

/**
 * Satori's own clamp, as a backstop behind the estimate: if a title still
 * wraps to more lines than planned, it ends in an ellipsis instead of
 * running into the description.
 *
 * No `overflow: hidden` anywhere on the card: satori turns it into an SVG mask
 * and clip path per element, and resvg then rasterises a full-card layer for
 * each, which was most of a card's rasterising time. The clamp, the
 * truncation before rendering and the card's own edges already keep text in
 * its place.
 */
function clampedLines(maxLines: number): Record<string, string | number> {
  // break-word: a URL or other unbroken run wraps instead of running off the card.
  return { display: 'block', lineClamp: maxLines, wordBreak: 'break-word' };
}

/**
 * The card: a red bar across the top, the kicker in spaced red capitals, the
 * headline in a bold serif, an optional description, and the footer under a
 * hairline, pinned to the bottom.
 */
export function cardElement(text: CardText): CardElement {
  const { colors, fonts } = theme;
  const titleLines = text.description ? theme.title.maxLinesWithDescription : theme.title.maxLinesAlone;

  const kicker = div({ display: 'flex', alignItems: 'center' }, [
    div({ width: 36, height: 4, backgroundColor: colors.accent, marginRight: 16 }),
    div(
      {
        fontFamily: fonts.sans,
        fontWeight: 600,
        fontSize: theme.kicker.fontSize,
        letterSpacing: `${theme.kicker.letterSpacingEm}em`,
        textTransform: 'uppercase',
        color: colors.accent,
      },
      text.kicker,
    ),
  ]);

  const title = div(
    {
      ...clampedLines(titleLines),
      marginTop: 28,
      fontFamily: fonts.serif,
      fontWeight: 700,
      fontSize: text.titleFontSize,
      lineHeight: theme.title.lineHeight,
      letterSpacing: '-0.01em',
      color: colors.ink,
    },
    text.title,
  );

  const description = text.description
    ? [
        div(
          {
            ...clampedLines(theme.description.maxLines),
            marginTop: 24,
            fontFamily: fonts.serif,
            fontWeight: 400,
            fontSize: theme.description.fontSize,
            lineHeight: theme.description.lineHeight,
            color: colors.mutedInk,
          },
          text.description,
        ),
      ]
    : [];

  // The hairline is a filled box rather than a border: a border becomes three nested clip paths.
  const footer = div({ display: 'flex', flexDirection: 'column', marginTop: 'auto' }, [
    div({ height: 2, backgroundColor: colors.hairline }),
    div(
      {
        ...clampedLines(1),
        marginTop: 20,
        fontFamily: fonts.sans,
        fontWeight: 500,
        fontSize: theme.footer.fontSize,
        color: colors.mutedInk,
      },
      text.footer,
    ),
  ]);

  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: colors.paper,
    },
    [
      div({ height: theme.accentBarHeight, backgroundColor: colors.accent, flexShrink: 0 }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `${theme.padding.top - theme.accentBarHeight}px ${theme.padding.side}px ${theme.padding.bottom}px`,
        },
        [...(text.kicker ? [kicker] : []), title, ...description, ...(text.footer ? [footer] : [])],
      ),
    ],
  );
}
