/**
 * Full-width Latin letters, digits and punctuation (common in Japanese text: "２６日", "ＴＶ") as their
 * ordinary forms, one character for one, so that positions in the text stay valid.
 */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ');
}
