/**
 * Progressive enhancement: copy-link buttons, link previews, the search dialog, the current section in
 * the contents and a remembered colour theme. Every page reads and works without it.
 */
import '../styles/enhance.css';
import { initContents } from './contents';
import { initCopyLinks } from './copy-link';
import { initPreviewsOnDemand } from './previews-on-demand';
import { initSearchOpen } from './search-open';
import { initThemeChoice } from './theme';

document.documentElement.dataset.enhanced = '';
initThemeChoice();
initSearchOpen();
initContents();
initCopyLinks();
initPreviewsOnDemand();
