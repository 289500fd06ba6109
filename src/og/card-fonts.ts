import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font, FontWeight } from 'satori';
import { FONT_NAMES } from './font-names';

/**
 * The fonts a card is set in, read from the @fontsource packages in
 * node_modules: nothing is fetched, so builds work offline and give the same
 * bytes every time.
 *
 * Fontsource ships each face as woff2 (which satori cannot parse) and woff
 * (which it can); we use the woff files. Each family is split into unicode
 * subsets: "latin" plus "latin-ext" cover English and the macrons of romanised
 * Japanese (Kōmeitō). Each subset file gets its own name (font-names.ts).
 */

interface FontFile {
  /** The name satori knows this file by; see font-names.ts. */
  name: string;
  weight: FontWeight;
  /** A specifier that resolves through the package's `exports`. */
  specifier: string;
}

/** The @fontsource packages the cards are set from; their versions are part of the cache key (renderer-digest.ts). */
export const FONT_PACKAGES = {
  serif: '@fontsource/source-serif-4',
  sans: '@fontsource/inter',
  japanese: '@fontsource/noto-serif-jp',
} as const;

function fontsourceFile(pkg: string, subset: string, weight: FontWeight, name: string): FontFile {
  const id = pkg.replace('@fontsource/', '');
  return { name, weight, specifier: `${pkg}/files/${id}-${subset}-${weight}-normal.woff` };
}

const LATIN_FONT_FILES: FontFile[] = [
  ...([400, 700] as const).flatMap((weight) => [
    fontsourceFile(FONT_PACKAGES.serif, 'latin', weight, FONT_NAMES.serif),
    fontsourceFile(FONT_PACKAGES.serif, 'latin-ext', weight, FONT_NAMES.serifExt),
  ]),
  ...([500, 600] as const).flatMap((weight) => [
    fontsourceFile(FONT_PACKAGES.sans, 'latin', weight, FONT_NAMES.sans),
    fontsourceFile(FONT_PACKAGES.sans, 'latin-ext', weight, FONT_NAMES.sansExt),
  ]),
];

/**
 * Fontsource's single-file "japanese" subset of Noto Serif JP (kana, common
 * kanji, full-width punctuation). It is about 1.9 MB per weight, so it is only
 * read and parsed for cards that contain such characters.
 */
const JAPANESE_FONT_FILES: FontFile[] = ([400, 700] as const).map((weight) =>
  fontsourceFile(FONT_PACKAGES.japanese, 'japanese', weight, FONT_NAMES.japanese),
);

/** Kana, CJK ideographs and punctuation, and full-width forms. */
const JAPANESE_TEXT = /[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[\u{20000}-\u{3FFFD}]/u;

/** Whether any of `texts` needs the Japanese fallback font. */
export function needsJapaneseFont(texts: readonly string[]): boolean {
  return texts.some((text) => JAPANESE_TEXT.test(text));
}

// Resolved from this module, not the working directory, so the fonts are found
// wherever the build or test runner is started from.
const requireFromHere = createRequire(import.meta.url);

async function loadFontFiles(files: FontFile[]): Promise<Font[]> {
  return Promise.all(
    files.map(async ({ name, weight, specifier }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(requireFromHere.resolve(specifier)),
    })),
  );
}

/**
 * One cached promise per font set. Satori also caches parsed fonts by the
 * identity of the array it is given, so handing it the same array each time
 * saves re-parsing as well as re-reading.
 */
const fontSetCache = new Map<'latin' | 'latin+japanese', Promise<Font[]>>();

function cachedFontSet(key: 'latin' | 'latin+japanese', files: FontFile[]): Promise<Font[]> {
  let fonts = fontSetCache.get(key);
  if (!fonts) {
    fonts = loadFontFiles(files);
    // A failed read (package missing) should fail this render, not every later one.
    fonts.catch(() => fontSetCache.delete(key));
    fontSetCache.set(key, fonts);
  }
  return fonts;
}

/** The fonts for a card whose visible text is `texts`. */
export function fontsForText(texts: readonly string[]): Promise<Font[]> {
  return needsJapaneseFont(texts)
    ? cachedFontSet('latin+japanese', [...LATIN_FONT_FILES, ...JAPANESE_FONT_FILES])
    : cachedFontSet('latin', LATIN_FONT_FILES);
}
