/** Text made safe to put in HTML, between tags or in a quoted attribute (for the pages built as strings: the dev problems page, the desk). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
