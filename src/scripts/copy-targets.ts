/** Finds the elements readers may want to share and names each one for its copy-link button. */

export interface CopyTarget {
  /** The fragment the shared link points to. */
  id: string;
  /** The element the button belongs to (positioning context, hover area). */
  host: HTMLElement;
  /** Where the button goes: the end of the host's last line of text, so nothing reflows. */
  slot: HTMLElement;
  /** Completes "Copy link to …" in the button's accessible name. */
  name: string;
}

const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The host's last child when it is a paragraph-like block, so the button sits inline after its text. */
function lastLine(host: HTMLElement, selector: string): HTMLElement {
  const last = host.lastElementChild;
  return last instanceof HTMLElement && last.matches(selector) ? last : host;
}

export function findCopyTargets(root: ParentNode = document): CopyTarget[] {
  const targets: CopyTarget[] = [];
  const seen = new Set<Element>();
  const add = (host: HTMLElement, id: string | undefined, name: string, slot: HTMLElement = host): void => {
    if (!id || seen.has(host)) return;
    seen.add(host);
    targets.push({ id, host, slot, name });
  };

  root.querySelectorAll<HTMLElement>('.heading-wrapper[data-copy-target]').forEach((wrapper) => {
    const id = wrapper.dataset.copyTarget;
    const heading = wrapper.querySelector(':is(h1,h2,h3,h4,h5,h6)');
    add(wrapper, id, `section: ${text(heading)}`);
  });

  // Same numbering as the ¶ labels of citations: paragraphs and list items in document order.
  root.querySelectorAll<HTMLElement>('.article-body').forEach((body) => {
    body
      .querySelectorAll<HTMLElement>(':is(p, li)[id]')
      .forEach((block, i) => add(block, block.id, `paragraph ${i + 1}`));
  });

  root.querySelectorAll<HTMLElement>('li.timeline__entry[id]').forEach((entry) => {
    add(entry, entry.id, `timeline entry: ${text(entry.querySelector('h2, h3'))}`, lastLine(entry, 'p'));
  });

  root.querySelectorAll<HTMLElement>('.passage[id]').forEach((passage) => {
    add(passage, passage.id, `passage: ${text(passage.querySelector('footer a'))}`, lastLine(passage, 'footer, p'));
  });

  // Source cards: cards with their own address (the cited sources on the sources page).
  root.querySelectorAll<HTMLElement>('.card[id]').forEach((card) => {
    add(card, card.id, `source: ${text(card.querySelector('strong, h2, h3'))}`, lastLine(card, 'p'));
  });

  // Key points, numbered within their list.
  root
    .querySelectorAll<HTMLElement>('.key-points > li')
    .forEach((point, i) => add(point, point.id || point.dataset.copyTarget, `key point ${i + 1}`));

  // Anything else that opts in, named by its first words.
  root.querySelectorAll<HTMLElement>('[data-copy-target]').forEach((el) => {
    const words = text(el).split(' ').slice(0, 8).join(' ');
    add(el, el.id || el.dataset.copyTarget, `“${words}…”`);
  });

  return targets;
}
