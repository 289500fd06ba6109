/**
 * Summarises V8 .cpuprofile files (from `node --cpu-prof`): where the samples land (self time) by
 * function and by package, and the inclusive time of every function, so that "what is the content sync
 * doing for 24 seconds" can be answered from a table instead of by opening DevTools.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** `node_modules/<pkg>` (or `@scope/pkg`) of a script URL; Node internals and the site's own files otherwise. */
export function packageOf(url) {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return '(node internals)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return match ? match[1] : '(site code)';
}

/** A package-relative path, or for the site's own files "(site) <path in the site>" so they stand out. */
function shortUrl(url) {
  const inModules = /node_modules\/(.*)$/.exec(url);
  if (inModules) return inModules[1];
  const inSite = /\/bench\/work\/sites\/[^/]+\/(.*)$/.exec(url);
  if (inSite) return `(site) ${inSite[1]}`;
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-3)
    .join('/');
}

const frameKey = (frame) =>
  `${frame.functionName || '(anonymous)'}  ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim();

/** Reads one profile and returns per-key self and inclusive milliseconds, and the total. */
function analyse(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  const packages = new Map();
  let total = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, n) => {
    const ms = (profile.timeDeltas[n] ?? 0) / 1000;
    const node = nodes.get(id);
    total += ms;
    add(self, frameKey(node.callFrame), ms);
    add(packages, packageOf(node.callFrame.url), ms);
    // Inclusive: every distinct function on the stack gets the sample once, so recursion is not counted twice.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = frameKey(nodes.get(at).callFrame);
      if (!seen.has(key)) {
        seen.add(key);
        add(inclusive, key, ms);
      }
    }
  });
  return { self, inclusive, packages, total };
}

const top = (map, count) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);

/** The thread id in a profile's file name, CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile (0 = main). */
const threadOf = (file) => Number(/\.(\d+)\.\d+\.cpuprofile$/.exec(file)?.[1] ?? 0);

/**
 * Summarises every .cpuprofile in `dir` (one per thread): the main thread's (the process's, or else the
 * largest), and the worker threads' (preview cards) added together.
 */
export async function summariseProfiles(dir, { count = 15 } = {}) {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile'));
  const analyses = [];
  for (const file of files)
    analyses.push({
      file,
      thread: threadOf(file),
      ...analyse(JSON.parse(await readFile(path.join(dir, file), 'utf8'))),
    });
  analyses.sort((a, b) => a.thread - b.thread || b.total - a.total);
  const main = analyses.find((analysis) => analysis.thread === 0) ?? [...analyses].sort((a, b) => b.total - a.total)[0];
  if (!main) return undefined;
  const workers = analyses.filter((analysis) => analysis !== main);
  const sum = (maps) => {
    const total = new Map();
    for (const map of maps) for (const [key, ms] of map) total.set(key, (total.get(key) ?? 0) + ms);
    return total;
  };
  const workerSelf = sum(workers.map((worker) => worker.self));
  return {
    threads: analyses.length,
    totalMs: main.total,
    selfByFunction: top(main.self, count),
    selfByPackage: top(main.packages, count),
    inclusive: top(main.inclusive, count * 3),
    inclusiveOf: (pattern) =>
      [...main.inclusive.entries()].filter(([key]) => pattern.test(key)).sort((a, b) => b[1] - a[1]),
    workers: workers.length
      ? {
          threads: workers.length,
          totalMs: workers.reduce((total, worker) => total + worker.total, 0),
          // Waiting for the next task is not work.
          idleMs: [...workerSelf]
            .filter(([key]) => /^\((?:idle|program)\)|^atomicsWaitLoop /.test(key))
            .reduce((total, [, ms]) => total + ms, 0),
          selfByFunction: top(workerSelf, count),
          selfByPackage: top(sum(workers.map((worker) => worker.packages)), count),
        }
      : undefined,
  };
}
