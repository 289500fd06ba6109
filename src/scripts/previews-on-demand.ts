/**
 * Link previews are fetched the first time a reader points at or focuses a link that has one, then
 * take over from that very event: a page that is only read loads none of their code.
 */
import { PREVIEW_LINKS } from './preview-links';

export function initPreviewsOnDemand(): void {
  if (!document.querySelector(PREVIEW_LINKS)) return;
  const first = (event: Event): void => {
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>(PREVIEW_LINKS) : null;
    if (!link || (event instanceof PointerEvent && event.pointerType === 'touch')) return;
    document.removeEventListener('pointerover', first);
    document.removeEventListener('focusin', first);
    void import('./previews').then(({ initPreviews }) => {
      initPreviews();
      // Hand the reader's gesture to the previews, if they are still on the link.
      if (event.type === 'focusin' && link === document.activeElement)
        link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      else if (event.type === 'pointerover' && link.matches(':hover'))
        link.dispatchEvent(
          new PointerEvent('pointerover', { bubbles: true, pointerType: (event as PointerEvent).pointerType }),
        );
    });
  };
  document.addEventListener('pointerover', first);
  document.addEventListener('focusin', first);
}
