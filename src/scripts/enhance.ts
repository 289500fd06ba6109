/** Progressive enhancement: copy-link buttons and previews. Pages work without it. */
export {};
