/**
 * A worker thread of the card pool (card-pool.ts): renders one card and stores it in the cache, so only a
 * file name travels back to the main thread. Each thread loads satori and parses the fonts once.
 */
import { writeCardFile } from './card-cache';
import type { CardTask } from './card-task';
import { renderCard } from './render-card';

export default async function renderCardToFile({ card, file }: CardTask): Promise<void> {
  writeCardFile(file, await renderCard(card));
}
