import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from './theme-key';

/**
 * The reader's colour theme. "auto" follows the system; the choice is a `<select id="theme">` in the
 * header, and the stylesheet reads it with `:has()`, so switching needs no script at all. Script only
 * remembers the choice between pages (in localStorage, under THEME_STORAGE_KEY).
 */
export const THEME_CHOICES = [
  { value: 'auto', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

/**
 * Restores the remembered choice. It runs right after the `<select>` is parsed, before anything of the
 * page below it exists, so the page never shows in the other theme first. It is the only inline script,
 * allowed by its hash; without it (or without storage) the page simply follows the system.
 */
export const THEME_RESTORE_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t)document.getElementById("theme").value=t}catch(e){}`;

/** The Content-Security-Policy source that allows exactly that script: `sha256-…`. */
export const THEME_RESTORE_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_RESTORE_SCRIPT, 'utf8').digest('base64')}`;
