/**
 * Link previews: hovering or focusing a citation, passage link or fact mention shows the cited text in
 * a tooltip. It follows WCAG 1.4.13: it can be hovered itself, Escape dismisses it, and it stays until
 * the pointer or focus leaves. It holds no controls, so focus never moves into it.
 */
import { previewFor, type PreviewContent } from './preview-content';
import { PREVIEW_LINKS as SELECTOR } from './preview-links';

const TIP_ID = 'link-preview';
const SHOW_DELAY_MS = 300;
/** Time to cross the gap between link and tooltip without it closing. */
const HIDE_DELAY_MS = 250;
const GAP_PX = 6;
const EDGE_PX = 8;

const linkOf = (node: EventTarget | null): HTMLAnchorElement | null =>
  node instanceof Element ? node.closest<HTMLAnchorElement>(SELECTOR) : null;

/** Adds or removes the tooltip's id without disturbing other descriptions of the link. */
function describe(link: HTMLAnchorElement, on: boolean): void {
  const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== TIP_ID);
  if (on) ids.push(TIP_ID);
  if (ids.length) link.setAttribute('aria-describedby', ids.join(' '));
  else link.removeAttribute('aria-describedby');
}

function render(tip: HTMLElement, content: PreviewContent): void {
  const parts = [
    ['preview__title', content.title],
    ['preview__text', content.text],
  ].filter(([, value]) => value);
  tip.replaceChildren(
    ...parts.map(([className, value]) => {
      const p = document.createElement('p');
      p.className = className!;
      p.textContent = value!;
      return p;
    }),
  );
}

/** Below the link (its last line), or above it (its first line) when there is no room below. */
function place(tip: HTMLElement, link: HTMLAnchorElement): void {
  const rects = link.getClientRects();
  const first = rects[0] ?? link.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  tip.style.left = '0px';
  tip.style.top = '0px';
  const { width, height } = tip.getBoundingClientRect();
  const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const above = last.bottom + GAP_PX + height > innerHeight && first.top - GAP_PX - height > headerBottom;
  const anchor = above ? first : last;
  const maxLeft = document.documentElement.clientWidth - width - EDGE_PX;
  tip.style.left = `${Math.max(EDGE_PX, Math.min(anchor.left, maxLeft)) + scrollX}px`;
  tip.style.top = `${(above ? first.top - GAP_PX - height : last.bottom + GAP_PX) + scrollY}px`;
}

export function initPreviews(): void {
  if (!document.querySelector(SELECTOR)) return;
  const tip = document.createElement('div');
  tip.id = TIP_ID;
  tip.className = 'preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  // Inside the main landmark, as the links it previews are: no content outside landmarks.
  (document.querySelector('main') ?? document.body).append(tip);

  let current: HTMLAnchorElement | undefined;
  let pending: HTMLAnchorElement | undefined;
  /** Dismissed with Escape: stays closed until the pointer or focus leaves this link. */
  let dismissed: HTMLAnchorElement | undefined;
  let showTimer = 0;
  let hideTimer = 0;

  const close = (): void => {
    pending = undefined;
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (current) describe(current, false);
    current = undefined;
    tip.hidden = true;
  };
  const closeSoon = (): void => {
    pending = undefined;
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(close, HIDE_DELAY_MS);
  };
  const open = async (link: HTMLAnchorElement, delay: number): Promise<void> => {
    clearTimeout(hideTimer);
    if (link === current || link === pending || link === dismissed) return;
    pending = link;
    clearTimeout(showTimer);
    // The page loads while the hover delay runs, so the preview usually appears complete.
    const delayed = new Promise((resolve) => (showTimer = window.setTimeout(resolve, delay)));
    const [content] = await Promise.all([previewFor(link), delayed]);
    if (pending !== link) return;
    pending = undefined;
    if (!content) return;
    if (current) describe(current, false);
    current = link;
    render(tip, content);
    tip.hidden = false;
    place(tip, link);
    describe(link, true);
  };

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const link = linkOf(event.target);
    if (dismissed && dismissed !== link) dismissed = undefined;
    if (link) void open(link, SHOW_DELAY_MS);
    else if (tip.contains(event.target as Node)) clearTimeout(hideTimer);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const link = linkOf(event.target);
    if (!link && !tip.contains(event.target as Node)) return;
    const to = event.relatedTarget as Node | null;
    if (to && (tip.contains(to) || current?.contains(to) || link?.contains(to))) return;
    if (link && link === dismissed) dismissed = undefined;
    // A keyboard user's focus keeps the preview open.
    if (current && current === document.activeElement && current.matches(':focus-visible')) return;
    closeSoon();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    // Keyboard focus only: a click that focuses a link is about to follow it.
    if (link?.matches(':focus-visible')) void open(link, 0);
  });
  document.addEventListener('focusout', (event) => {
    const link = linkOf(event.target);
    if (!link) return;
    if (link === dismissed) dismissed = undefined;
    if (link === current || link === pending) close();
  });
  document.addEventListener('keydown', (event) => {
    const link = current ?? pending;
    if (event.key !== 'Escape' || !link) return;
    // Stay closed while the reader is still on the link; once they are elsewhere, it may open again.
    dismissed = link.matches(':hover') || link === document.activeElement ? link : undefined;
    close();
  });
}
