/** Where the reader's colour theme choice is remembered (localStorage), read by the page and the script. */
export const THEME_STORAGE_KEY = 'briefing-theme';
