import { foldSpelling } from './spelling';

/** Han ideographs, kana, Hangul, and CJK punctuation: text matched as a string, not as words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆〇]/u;

/** Whether a text contains Chinese, Japanese or Korean script. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * The form in which a word is compared: compatibility-normalised (NFKC), lower case, typographic
 * apostrophes as plain ones, the dots of abbreviations dropped ("U.S." → "us"), a possessive "'s"
 * dropped, and British spellings folded to American ones.
 */
export function normaliseWord(word: string): string {
  const plain = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/\./gu, '')
    .replace(/'s$/u, '');
  return foldSpelling(plain);
}

/** Whether a word is written as an acronym ("US", "U.S.", "PM", "TV"): two or more capitals and nothing else. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/\./gu, '');
  return letters.length >= 2 && /^[\p{Lu}\d]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}

/** Text compared as a string (CJK): compatibility-normalised, lower case, without spaces. */
export function normaliseCjk(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
