import type { PreviewCard } from './preview-card';

/** One card to render, and the cache file to write it to (cardFile() in card-cache.ts). */
export interface CardTask {
  card: PreviewCard;
  file: string;
}

/** Renders a task's card into its file: on a worker thread (card-pool.ts) or in this one (card-renderer.ts). */
export type RenderCardToFile = (task: CardTask) => Promise<void>;
