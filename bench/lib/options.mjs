/** Command-line options of `npm run bench -- …`. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, PROJECT_DIR, WORK_DIR } from './workspace.mjs';

export const USAGE = `Usage: npm run bench -- [options]

  --sizes 100,1000   corpus sizes for the build-time comparison (default 100,1000)
  --quick            smoke test: N=20 only, results to bench/work/results-quick.md
  --sites LIST       which sites to build: satteri,unified,stack,ours (default all four)
  --repeat K         cold/+1 builds per site and size; the fastest is reported (default 1)
  --profile          CPU profiles of every site's cold build at the largest size and a
                     smartypants-off build (implies --markdown); by default only ours is profiled
  --skip-profile     no profile at all (the default run profiles ours at the largest size)
  --markdown         also: the corpus's Markdown rendered in one process without Astro, per renderer
  --dist DIR         built site whose page weight is measured (default dist/; if it is missing,
                     the "ours" build of this run is measured instead)
  --lighthouse       also: Lighthouse scores (mobile) of that site, with /usr/bin/chromium
  --skip-build       only page weight (and Lighthouse)
  --skip-weights     only build times
  --out FILE         where to write the report (default bench/results.md)
`;

export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      sites: { type: 'string', default: 'satteri,unified,stack,ours' },
      repeat: { type: 'string', default: '1' },
      profile: { type: 'boolean', default: false },
      'skip-profile': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      dist: { type: 'string' },
      lighthouse: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      'skip-weights': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const sizes = values.quick ? [20] : (values.sizes ?? '100,1000').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error(`--sizes: expected whole numbers, got ${values.sizes}`);
  const sites = values.sites.split(',').map((site) => site.trim());
  for (const site of sites)
    if (!['satteri', 'unified', 'stack', 'ours'].includes(site)) throw new Error(`--sites: unknown site ${site}`);
  return {
    help: values.help,
    quick: values.quick,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    sites,
    repeat: Math.max(1, Number(values.repeat) || 1),
    profile: values['skip-profile'] ? 'none' : values.profile ? 'all' : values.quick ? 'none' : 'ours',
    markdown: values.markdown || values.profile,
    dist: values.dist ? path.resolve(values.dist) : undefined,
    defaultDist: path.join(PROJECT_DIR, 'dist'),
    lighthouse: values.lighthouse,
    build: !values['skip-build'],
    weights: !values['skip-weights'],
    out: path.resolve(
      values.out ?? (values.quick ? path.join(WORK_DIR, 'results-quick.md') : path.join(BENCH_DIR, 'results.md')),
    ),
    argv,
  };
}
