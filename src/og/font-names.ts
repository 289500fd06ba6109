/**
 * The name each font file is registered under with satori, one per subset
 * file. card-fonts.ts loads files under these names and card-theme.ts builds
 * its font stacks from them, so the two cannot drift apart.
 *
 * Why one name per subset: satori keeps a single font per name and weight,
 * so a second subset under the same name would be ignored; and a glyph the
 * named fonts lack is taken from whatever font satori tries next (say, the
 * Japanese face's Latin letters), so the stacks spell out the order.
 */
export const FONT_NAMES = {
  serif: 'Source Serif 4',
  serifExt: 'Source Serif 4 latin-ext',
  sans: 'Inter',
  sansExt: 'Inter latin-ext',
  japanese: 'Noto Serif JP',
} as const;
