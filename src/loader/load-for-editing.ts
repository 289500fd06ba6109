import { join, resolve } from 'node:path';
import { loadContent, type LoadedContent } from './load-content';
import { pipelineDigest } from './pipeline-digest';
import { buildCueCache } from './cue-cache';
import { keptYamlMemo } from './yaml-memo';
import { buildDraftCache } from './draft-cache';
import { buildRenderCache } from './render-cache';

/**
 * The content as the editing commands (`npm run review`, `npm run new-fact`) read it: the build's own
 * loader, sharing the build's render cache (Astro's cache folder, or `BRIEFING_CACHE_DIR`), so what
 * they show as drafted is exactly what the build shows.
 */
export function loadForEditing(root: string): Promise<LoadedContent> {
  // As astro.config.mjs sets Astro's cacheDir.
  const cacheDir = process.env.BRIEFING_CACHE_DIR
    ? resolve(process.env.BRIEFING_CACHE_DIR)
    : join(root, 'node_modules', '.astro');
  const code = pipelineDigest(root);
  return loadContent(root, {
    base: '/',
    cache: buildRenderCache(cacheDir),
    drafts: buildDraftCache(cacheDir),
    cues: buildCueCache(cacheDir),
    yaml: keptYamlMemo(join(cacheDir, 'briefing-yaml.json'), code),
    pipelineDigest: code,
  });
}
