/**
 * British and American spellings of one word are folded to one form, so that a rule written
 * "defense" finds "defence" and "programme" finds "program". Only endings whose two spellings never
 * turn one real word into another are folded; both the rule's words and the text's go through it.
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  // defence/defense, offence/offense, licence/license, pretence/pretense
  [/^(def|off|lic|pret)enc(e|es)$/u, '$1ens$2'],
  // programme/program, programmes/programs
  [/^(.{4,})amme(s?)$/u, '$1am$2'],
  // centre/center, theatre/theater (six letters or more: "acre" and "genre" stay)
  [/^(.{3,}[^aeiou])re(s?)$/u, '$1er$2'],
  // organise/organize, organisation/organization, criticised/criticized; "rise" or "wise" are too short
  [/^(.{4,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'],
  // signalled/signaled, travelling/traveling, cancelled/canceled (after e or a, long words only)
  [/^(.{4,}[ea])ll(ed|ing|er|ers)$/u, '$1l$2'],
  // labour/labor, neighbour/neighbor, favour/favor (six letters or more: "four", "hour", "tour" stay)
  [/^(.{3,})our(s|ed|ing|able)?$/u, '$1or$2'],
];

/** The folded spelling of a lower-case word. */
export function foldSpelling(word: string): string {
  if (word.length < 6) return word;
  for (const [pattern, replacement] of FOLDS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}
