/** "Copy link" buttons for every shareable paragraph, section, entry and card. */
import { findCopyTargets } from './copy-targets';
import { shareLink, type ShareOutcome } from './share-link';

const CLEAR_AFTER_MS = 4000;
const MESSAGES: Record<ShareOutcome, string> = {
  shared: 'Link shared',
  copied: 'Link copied',
  'in-address-bar': 'Link is in the address bar',
};

/** The address of a fragment of this page, without any query string or old fragment. */
function linkTo(id: string): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = id;
  return url.href;
}

export function initCopyLinks(): void {
  const toolsOf = new WeakMap<Element, HTMLElement>();
  for (const target of findCopyTargets()) {
    const tools = document.createElement('span');
    tools.className = 'copy-tools';
    tools.dataset.copyId = target.id;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', `Copy link to ${target.name}`);
    // Present (and empty) from the start so screen readers announce the later change.
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    tools.append(button, status);
    target.host.classList.add('copy-host');
    target.slot.append(tools);
    toolsOf.set(target.host, tools);
  }

  // Touch screens have no hover: tapping a block (not a link in it) shows its button, and hides any other.
  const touch = matchMedia('(hover: none)');
  document.addEventListener('click', (event) => {
    if (!touch.matches) return;
    const target = event.target as Element | null;
    if (target?.closest?.('a, button, summary, select, input')) return;
    const tools = toolsOf.get(target?.closest?.('.copy-host') ?? document.body);
    for (const open of document.querySelectorAll('.copy-tools[data-open]'))
      if (open !== tools) delete (open as HTMLElement).dataset.open;
    if (tools) tools.toggleAttribute('data-open');
  });

  // WCAG 1.4.13: buttons revealed by hover can cover the end of the line above, so Escape hides them
  // until the pointer moves on.
  const root = document.documentElement;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') root.dataset.copyDismissed = '';
  });
  document.addEventListener('pointerover', () => delete root.dataset.copyDismissed);

  const timers = new WeakMap<Element, number>();
  // One delegated listener instead of one per button: less work at startup.
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest?.('.copy-link');
    const tools = button?.parentElement;
    const status = tools?.querySelector('.copy-status');
    const id = tools?.dataset.copyId;
    if (!tools || !status || !id) return;
    const outcome = await shareLink(linkTo(id), id);
    status.textContent = MESSAGES[outcome];
    tools.dataset.active = '';
    clearTimeout(timers.get(status));
    timers.set(
      status,
      window.setTimeout(() => {
        status.textContent = '';
        delete tools.dataset.active;
      }, CLEAR_AFTER_MS),
    );
  });
}
