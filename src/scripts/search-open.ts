/**
 * Opens the search dialog from the header's Search link, Ctrl+K (⌘K) or "/" — except on the search
 * page, where they go to its own field. The dialog's code (search.ts) is fetched on first use only.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));

export function initSearchOpen(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  if (!link) return;
  const pageField = document.querySelector<HTMLInputElement>('[data-search] input[type="search"]');
  const key = link.querySelector('kbd');
  if (key && /Mac|iPhone|iPad/.test(navigator.platform)) key.textContent = '⌘ K';
  link.setAttribute('aria-haspopup', 'dialog');

  const open = () => {
    if (pageField) return pageField.focus();
    void import('./search').then(({ openSearchDialog }) =>
      openSearchDialog(link.dataset.bundle ?? '/pagefind/', link.href),
    );
  };
  link.addEventListener('click', (event) => {
    // A new tab or window still opens the search page.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
    if (!shortcut || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    open();
  });
}
