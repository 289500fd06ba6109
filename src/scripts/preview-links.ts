/** Links that show a preview of what they point to: citations, passage links and fact mentions. */
export const PREVIEW_LINKS = 'a[data-preview-ref], a.fact-mention[data-fact]';
