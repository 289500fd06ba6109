/**
 * Remembers the colour theme chosen in the header (the stylesheet applies it without script; the
 * inline script in the header restores it before the page is drawn), and follows a choice made in
 * another tab or on a page restored from the back/forward cache.
 */
import { THEME_STORAGE_KEY as KEY } from '../theme/theme-key';

export function initThemeChoice(): void {
  const select = document.querySelector<HTMLSelectElement>('#theme');
  if (!select) return;
  const restore = () => {
    try {
      select.value = localStorage.getItem(KEY) ?? 'auto';
    } catch {
      // Storage refused (private mode, policy): the choice lasts for this page only.
    }
  };
  select.addEventListener('change', () => {
    try {
      if (select.value === 'auto') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, select.value);
    } catch {
      // As above.
    }
  });
  addEventListener('storage', (event) => event.key === KEY && restore());
  addEventListener('pageshow', (event) => event.persisted && restore());
}
