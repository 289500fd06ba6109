/**
 * The search dialog, opened from any page (the header's Search link, Ctrl+K or "/"). This module and
 * Pagefind are loaded on first opening only. The dialog holds the same form as the search page, which
 * stays the address to use without script.
 */
import { bindSearch } from './search';

let dialog: HTMLDialogElement | undefined;

/** Opens the dialog, building it on first use; `bundle` is the Pagefind folder's address. */
export function openSearchDialog(bundle: string, searchPage: string): void {
  dialog ??= buildDialog(bundle, searchPage);
  if (!dialog.open) dialog.showModal();
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
  element.querySelector('[data-close]')!.addEventListener('click', () => element.close());
  // A click on the backdrop (the dialog element itself, outside its body) closes it.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  document.body.append(element);
  bindSearch(body);
  return element;
}
