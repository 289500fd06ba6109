import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { CardTask, RenderCardToFile } from './card-task';

/**
 * How many threads render cards: `BRIEFING_CARD_THREADS` if set (for a host whose CPU share is smaller
 * than the cores it reports), else one per core the process may use.
 */
export function cardThreads(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.BRIEFING_CARD_THREADS;
  if (asked === undefined || asked === '') return availableParallelism();
  const threads = Number(asked);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(
      `BRIEFING_CARD_THREADS is "${asked}": set it to a whole number of threads (1 or more), or unset it to use one per core.`,
    );
  }
  return threads;
}

export interface CardPoolOptions {
  /** Threads to start; cardThreads() by default. */
  threads?: number;
  /** Node options for the threads, e.g. `['--import', 'tsx']` to run the TypeScript worker in tests. */
  execArgv?: string[];
}

/**
 * resvg-js keeps each render's pixels (3 MB a card) in native memory that V8 does not see; they are freed
 * by finalisers that run only when the thread's event loop turns after a garbage collection
 * (thx/resvg-js#216). Tinypool by default hands tasks over with Atomics.wait, so the loop of a busy thread
 * never turns: it grew by 3.3 MB per card, 1.1 GB after 300 cards on one thread. Tasks as messages let
 * the loop turn between cards, and a small young generation makes V8 collect, and so finalise, every few
 * cards: 1000 cards on two threads peaked at 0.4 GB for the process (0.7 GB with the default young
 * generation), for the same CPU time.
 */
const THREAD_OPTIONS = { useAtomics: false, resourceLimits: { maxYoungGenerationSizeMb: 16 } } as const;

/**
 * Worker threads that render cards into the cache, one card at a time each, so every core rasterises.
 * `workerUrl` is the worker module (card-worker.ts as bundled by the build). Threads start with the first
 * card; idle threads do not keep the build from exiting.
 */
export function createCardPool(
  workerUrl: string,
  { threads = cardThreads(), execArgv }: CardPoolOptions = {},
): { render: RenderCardToFile; destroy: () => Promise<void> } {
  let pool: Tinypool | undefined;
  return {
    render: async (task: CardTask) => {
      pool ??= new Tinypool({
        ...THREAD_OPTIONS,
        filename: workerUrl,
        minThreads: threads,
        maxThreads: threads,
        execArgv,
      });
      await pool.run(task);
    },
    destroy: async () => {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
