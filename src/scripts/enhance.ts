/** Progressive enhancement: copy-link buttons and link previews. Every page works without it. */
import '../styles/enhance.css';
import { initCopyLinks } from './copy-link';
import { initPreviews } from './previews';

initCopyLinks();
initPreviews();
