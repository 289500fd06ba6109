/** What a preview shows: the cited paragraph, or a fact's title and summary, read from the linked page. */

export interface PreviewContent {
  title: string;
  text: string;
}

const MAX_TEXT = 420;
const pages = new Map<string, Promise<Document | undefined>>();

const clean = (el: Element | null | undefined): string => {
  if (!el) return '';
  // Our own buttons may sit inside elements of the current page; they are not part of the text.
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.copy-tools').forEach((tools) => tools.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
};

const shorten = (value: string): string =>
  value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT).replace(/\s+\S*$/, '')}…` : value;

/** Each page is fetched once (same origin only); the current page is read in place. */
function page(url: URL): Promise<Document | undefined> {
  const key = url.origin + url.pathname;
  if (url.origin !== location.origin) return Promise.resolve(undefined);
  if (key === location.origin + location.pathname) return Promise.resolve(document);
  let loaded = pages.get(key);
  if (!loaded) {
    loaded = fetch(key, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : undefined))
      .then((html) => (html === undefined ? undefined : new DOMParser().parseFromString(html, 'text/html')))
      .catch(() => undefined);
    pages.set(key, loaded);
  }
  return loaded;
}

export async function previewFor(link: HTMLAnchorElement): Promise<PreviewContent | undefined> {
  const url = new URL(link.href);
  const doc = await page(url);
  if (!doc) return undefined;
  if (link.dataset.fact !== undefined && link.dataset.previewRef === undefined) {
    const title = clean(doc.querySelector('h1'));
    const text = clean(doc.getElementById('summary'));
    return title || text ? { title, text: shorten(text) } : undefined;
  }
  // The block id comes from the reference; the link's own fragment is the fallback.
  const ref = link.dataset.previewRef ?? '';
  const blockId = ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : decodeURIComponent(url.hash.slice(1));
  let block = doc.getElementById(blockId);
  // An alias anchor (an old id kept alive) is an empty span at the start of the real paragraph.
  if (block?.classList.contains('alias-anchor')) block = block.parentElement;
  const text = clean(block);
  return text ? { title: clean(doc.querySelector('h1')), text: shorten(text) } : undefined;
}
