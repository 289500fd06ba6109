import type { ElementContent, Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import type { RehypePlugin } from '@astrojs/markdown-remark';

/**
 * Anchor links after the headings of an article, the Starlight pattern: the heading keeps its own
 * text; a link after it, inside a wrapper, says "Link to section: <heading>" to screen readers and
 * shows a quiet "#" to everyone else. Same markup as the `SectionHeading` component on other pages.
 */
export const autolinkHeadings: [RehypePlugin, Options] = [
  rehypeAutolinkHeadings as RehypePlugin,
  {
    behavior: 'after',
    test: ['h2', 'h3', 'h4'],
    properties: { className: ['anchor-link'] },
    group: (heading: Element): Element => ({
      type: 'element',
      tagName: 'div',
      properties: { className: ['heading-wrapper'], dataCopyTarget: String(heading.properties.id ?? '') },
      children: [],
    }),
    content: (heading: Element): ElementContent[] => [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: `Link to section: ${toString(heading)}` }],
      },
    ],
  } satisfies Options,
];
