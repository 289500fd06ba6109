import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { loadRecognisers } from '../briefing/load-fact-matchers';
import { briefingPlugins } from '../markdown/pipeline';

/**
 * Sets Astro's Markdown processor to unified with the briefing's plugins. It is an integration, not a
 * plain config entry, because fact links need the final `base`, which `--base` on the command line
 * may change after the config file is read.
 */
export function briefingMarkdown(): AstroIntegration {
  return {
    name: 'briefing-markdown',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const recognisers = loadRecognisers(fileURLToPath(new URL('./content/facts/', config.root)));
        const plugins = briefingPlugins({ recognisers, factHref: (id) => `${base}facts/${id}/` });
        updateConfig({
          markdown: {
            // Smartypants would rewrite the sources' punctuation; their text must stay verbatim.
            processor: unified({ ...plugins, smartypants: false }),
          },
        });
      },
    },
  };
}
