/**
 * A value the drafter found but was not sure of, so it wrote nothing: the editor sees it in the
 * review ("left out: “Tokyo” (actors) because …") and may add it by hand. The reason is about the
 * passage it names, in words the editor can check against it.
 */
export interface LeftOutValue {
  /** The account field the value would have filled. */
  field: 'date' | 'setting' | 'actors' | 'wording' | 'numbers';
  /** The words of the passage, as written. */
  value: string;
  /** Why it was left out, true of the passage: "it is the subject of “was asked”: it is acted on, not acting". */
  reason: string;
  /** For a date: it stands by a verb that is none of the fact's words, so it dates another act. */
  anotherAct?: true;
}
