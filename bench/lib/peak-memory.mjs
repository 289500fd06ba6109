/**
 * Preloaded into every timed build (`node --import …/peak-memory.mjs astro build`): when the process
 * exits, writes its peak resident memory in bytes to the file named by BENCH_PEAK_MEMORY_FILE. The peak
 * is the kernel's high-water mark for the whole process, so it includes worker threads (the preview
 * cards) and native memory (resvg, sharp), not only the JavaScript heap.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_MEMORY_FILE;
if (file) {
  process.on('exit', () => {
    // maxRSS is in kilobytes (getrusage's ru_maxrss).
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
