/** Words used from each end of a long passage to address it with a text fragment. */
const EDGE_WORDS = 6;

/** Text-fragment syntax reserves `-`, `,` and `&`, so they are percent-encoded too. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * A link to a passage on the original page using a text fragment (`#:~:text=start,end`), so browsers
 * that support it scroll to and highlight the quoted words. Short passages are quoted whole; long ones
 * by their first and last words. Browsers without support simply open the page.
 */
export function textFragmentUrl(pageUrl: string, passage: string): string {
  const words = passage.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ');
  const fragment =
    words.length <= EDGE_WORDS * 2
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
  const base = pageUrl.replace(/#.*$/, '');
  return `${base}#:~:text=${fragment}`;
}
