/**
 * Search with Pagefind's JavaScript API: the search page's form, and the search dialog opened from any
 * page (the header's Search link, Ctrl+K or "/"). This module is fetched by other pages only when the
 * dialog first opens, and Pagefind's index and code only when someone searches (on first input or
 * submit), from the site's own `pagefind/` folder, so a page that is only read loads nothing of it.
 * The dialog holds the same form as the search page, which stays the address to use without script.
 * Results are rendered as plain links; nothing leaves the site.
 */
import { SHARD_LIST, SHARDS_FOLDER } from '../model/search-shard';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options?: (options: { baseUrl?: string }) => Promise<void>;
  mergeIndex: (bundlePath: string, options: { baseUrl?: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch?: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;

/** The search page: its form, with the query kept in the address (`?q=`) so results can be shared. */
export function enhanceSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (root) bindSearch(root, { keepQueryInAddress: true });
}

/**
 * Makes the search form inside `root` search as the reader types: `root` holds a form with a search
 * input, a `[data-search-status]` live region and a `[data-search-results]` list, and names the
 * Pagefind bundle in `data-bundle`.
 */
export function bindSearch(root: HTMLElement, { keepQueryInAddress = false } = {}): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  status.textContent = 'Type to search.';

  const bundle = root.dataset.bundle ?? '/pagefind/';
  let loading: Promise<Pagefind> | undefined;
  const load = () => (loading ??= loadIndex(bundle));
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = 'Type to search.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await load();
      const found = await pagefind.search(query);
      const results = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(
        ...results.map((result) => resultItem(result.url, result.meta.title ?? result.url, result.excerpt)),
      );
      const count = found?.results.length ?? 0;
      status.textContent =
        count === 0
          ? `No results for “${query}”.`
          : `${count} result${count === 1 ? '' : 's'} for “${query}”${count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
    } catch {
      status.textContent = 'Search could not load. Browse the facts, timeline or sources instead.';
    }
  };

  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (keepQueryInAddress) history.replaceState(null, '', `?${new URLSearchParams({ q: input.value })}`);
    void run(input.value);
  });
  const initial = keepQueryInAddress ? new URLSearchParams(location.search).get('q') : null;
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

/**
 * Pagefind from the main index's folder, with every shard of the index merged into it: the main index
 * lists them (written by src/integration/search-index.ts), each in its own folder beside it.
 */
async function loadIndex(bundle: string): Promise<Pagefind> {
  // Result addresses must carry the deployment base path (e.g. /briefing/), as every other link does.
  const base = { baseUrl: bundle.replace(/pagefind\/$/, '') };
  const [pagefind, shards] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${bundle}${SHARD_LIST}`).then((response) => {
      if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
      return response.json() as Promise<{ shards: string[] }>;
    }),
  ]);
  await pagefind.options?.(base);
  await Promise.all(
    shards.shards.map((shard) => pagefind.mergeIndex(`${base.baseUrl}${SHARDS_FOLDER}/${shard}/`, base)),
  );
  return pagefind;
}

/** A result: the page title as a link and Pagefind's excerpt, whose only markup is <mark>. */
function resultItem(href: string, title: string, excerpt: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = title;
  const snippet = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matches; rebuild it without innerHTML.
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    const text = document.createTextNode(decodeEntities(part));
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      snippet.append(mark);
    } else snippet.append(text);
  }
  item.append(link, snippet);
  return item;
}

function decodeEntities(text: string): string {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html');
  return parsed.body.textContent ?? '';
}

let dialog: HTMLDialogElement | undefined;
/** What had focus before the dialog opened, to give it back when it closes. */
let returnFocusTo: Element | null = null;

/** Opens the dialog, building it on first use; `bundle` is the Pagefind folder's address. */
export function openSearchDialog(bundle: string, searchPage: string): void {
  dialog ??= buildDialog(bundle, searchPage);
  if (!dialog.open) {
    returnFocusTo = document.activeElement;
    dialog.showModal();
  }
  dialog.querySelector('input')?.select();
}

function buildDialog(bundle: string, searchPage: string): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  element.innerHTML = `
    <div class="search-dialog__body search" data-search>
      <div class="search-dialog__head">
        <h2 id="search-dialog-title">Search the briefing</h2>
        <button type="button" class="search-dialog__close" data-close>Close<span class="sr-only"> search</span></button>
      </div>
      <form role="search" class="search__form" method="get">
        <label for="search-dialog-query" class="sr-only">Search for</label>
        <input id="search-dialog-query" name="q" type="search" autocomplete="off" spellcheck="false" />
        <button type="submit">Search</button>
      </form>
      <p class="search__status" role="status" aria-live="polite" data-search-status></p>
      <ol class="search__results" data-search-results></ol>
    </div>`;
  const body = element.querySelector<HTMLElement>('[data-search]')!;
  body.dataset.bundle = bundle;
  element.querySelector('form')!.action = searchPage;
  // Focus goes back at once to where it was, never left on the hidden field: the browser would move it
  // only on its next frame (the close event comes later still), so a "/" typed right after closing would
  // be taken as typing.
  const close = () => {
    element.close();
    if (!element.contains(document.activeElement)) return;
    if (returnFocusTo instanceof HTMLElement && returnFocusTo !== document.body && returnFocusTo.isConnected) {
      returnFocusTo.focus();
    } else (document.activeElement as HTMLElement).blur();
  };
  element.querySelector('[data-close]')!.addEventListener('click', close);
  // Escape closes at once, even from the search field (where the browser would first only clear it).
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  // A click on the backdrop (the dialog element itself, outside its body) closes it.
  element.addEventListener('click', (event) => {
    if (event.target === element) close();
  });
  document.body.append(element);
  bindSearch(body);
  return element;
}
