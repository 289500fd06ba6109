/** The sites compared, by key: how to set each one up in a work directory and build it. */
import { prepareBare } from './bare-site.mjs';
import { oursEnv, prepareOurs } from './ours.mjs';

export const SITES = {
  satteri: {
    label: 'bare Sätteri',
    prepare: (corpusDir, siteDir) => prepareBare('satteri', corpusDir, siteDir),
    env: () => ({}),
  },
  unified: {
    label: 'bare unified',
    prepare: (corpusDir, siteDir) => prepareBare('unified', corpusDir, siteDir),
    env: () => ({}),
  },
  // Bare Sätteri plus only what the project's chosen stack adds to any build (MDX on unified() for one
  // page, the sitemap): the floor below which no site on that stack can build, whatever its own code.
  stack: {
    label: 'bare Sätteri + stack',
    prepare: (corpusDir, siteDir) => prepareBare('stack', corpusDir, siteDir),
    env: () => ({}),
  },
  ours: { label: 'ours', prepare: prepareOurs, env: oursEnv },
  // Only for the profile: the diagnostic "what if smartypants were off".
  'unified-no-smartypants': {
    label: 'bare unified, smartypants off',
    prepare: (corpusDir, siteDir) => prepareBare('unified-no-smartypants', corpusDir, siteDir),
    env: () => ({}),
  },
};
