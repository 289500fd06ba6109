/**
 * bench/results.md: a fixed outline whose sections are rewritten only by the runs that measured them.
 * A run that only measures page weight keeps the build times of the last full run, and the
 * hand-written findings are never touched. Each generated section says when and how it was measured.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { KB, TARGETS } from './page-weight.mjs';
import { SITES } from './sites.mjs';

/** The outline: id, heading, and what stands there before anything was measured. */
const OUTLINE = [
  { id: 'machine', heading: 'Machine', empty: '_Not measured yet._' },
  { id: 'method', heading: 'Method', empty: '' },
  { id: 'build', heading: 'Build time', empty: '_Not measured yet: `npm run bench`._' },
  { id: 'cards', heading: "Preview cards: where one card's time goes", empty: '_Not measured yet: `npm run bench`._' },
  {
    id: 'encoders',
    heading: 'Preview cards: PNG encoders at equal quality',
    empty: '_Not measured yet: `npm run bench`._',
  },
  {
    id: 'markdown',
    heading: 'Markdown alone, in one process',
    empty: '_Not measured yet: `npm run bench -- --profile` or `--markdown`._',
  },
  {
    id: 'profile',
    heading: 'Where the build time goes (profile)',
    empty: '_Not measured yet: `npm run bench -- --profile`._',
  },
  {
    id: 'findings',
    heading: 'Findings and suggested fixes (hand-written)',
    empty: '_Written by hand after a profile run; the script never changes this section._',
  },
  { id: 'weights', heading: 'Page weight', empty: '_Not measured yet: `npm run bench -- --skip-build`._' },
  {
    id: 'lighthouse',
    heading: 'Lighthouse',
    empty:
      '_Placeholder: to be filled by `npm run bench -- --skip-build --lighthouse` (mobile preset, Debian Chromium)._',
  },
];

const marker = (id) => [`<!-- bench:${id} -->`, `<!-- /bench:${id} -->`];

function existingSections(text) {
  const sections = {};
  for (const { id } of OUTLINE) {
    const [open, close] = marker(id);
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start >= 0 && end > start) sections[id] = text.slice(start + open.length, end).trim();
  }
  return sections;
}

/** Writes the report, replacing only the sections in `fresh` ({ id: markdown }). */
export async function writeReport(file, fresh) {
  const old = existsSync(file) ? existingSections(await readFile(file, 'utf8')) : {};
  const parts = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see bench/README.md). Each section is rewritten only by a run that measures it; the findings are written by hand.',
  ];
  for (const { id, heading, empty } of OUTLINE) {
    const [open, close] = marker(id);
    const body = id === 'findings' ? (old[id] ?? empty) : (fresh[id] ?? old[id] ?? empty);
    parts.push('', `## ${heading}`, '', open, body, close);
  }
  await writeFile(file, `${parts.join('\n')}\n`);
}

// ——— formatting helpers ———

const s = (seconds) => (seconds === undefined || Number.isNaN(seconds) ? '–' : seconds.toFixed(1));
const escape = (text = '') => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
const kb = (bytes) => (bytes / KB).toFixed(1);
const mb = (bytes) => (bytes ? (bytes / 2 ** 20).toFixed(0) : '–');
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const stamp = (facts, options) => `_Measured ${facts.date} with \`npm run bench -- ${options.argv.join(' ')}\`._`;

export function machineSection(facts, options) {
  return [
    table(
      ['what', 'value'],
      [
        ['date', facts.date],
        ['CPU', `${facts.cpu}, ${facts.cores} cores`],
        ['memory', `${facts.memoryGiB} GiB`],
        ['OS', facts.os],
        ['Node (builds)', facts.buildNode],
        ['Node (bench script)', facts.benchNode],
        ['astro', facts.astro],
        ['@astrojs/markdown-remark', facts.markdownRemark],
        ['@astrojs/markdown-satteri', facts.markdownSatteri],
        ['project revision built as "ours"', facts.revision ?? 'not recorded'],
        ['load average at start (1/5/15 min)', facts.loadAverage],
      ],
    ),
    '',
    `Command: \`npm run bench -- ${options.argv.join(' ')}\`. The machine is shared with other work; the load average column of each build shows how busy it was, and numbers taken under load above ~1 on 2 cores are noisy.`,
  ].join('\n');
}

export const METHOD = `- **Corpus** (\`bench/lib/corpus.mjs\`): a deterministic generator (seed 20260127, mulberry32) writes N news-like English articles of about 800 words (headings, paragraphs, bullet lists, typographic quotes, an explicit \`{#p-…}\` id on every paragraph and list item, as in \`content/articles/\`), their plain-text originals, 50 facts whose \`recognise\` rules (place + topic in one sentence) find both of their phrasings in the text (their account wording is quoted from the source, as the site checks), 5 cited sources, a framing file for every 10th article and the snapshot analysis (\`content/analysis/snapshot.mdx\`, citing generated paragraphs with \`<Cite>\`). Article *i* depends only on the seed and *i*, so N=100 is the first 100 of N=1000, and "+1 article" adds article N+1.
- **Sites**, each in its own directory under \`bench/work/sites/\`, with a \`node_modules\` folder of symlinks to this project's packages (so caches stay per site):
  - *bare Sätteri*: \`astro.config.mjs\` with no markdown options (Astro 7's default processor), one \`glob()\` collection without schema, one page \`[...id].astro\` rendering each article;
  - *bare unified*: the same with \`markdown: { processor: unified() }\` from @astrojs/markdown-remark, no plugins (GFM and smartypants on, as by default);
  - *bare Sätteri + stack*: bare Sätteri plus what this project's stack adds to any build before any code of ours: \`@astrojs/mdx\` on \`unified({ smartypants: false })\` rendering one small \`.mdx\` page, and \`@astrojs/sitemap\`; the floor of the stack;
  - *ours*: this project's \`astro.config.mjs\`, \`src/\`, \`public/\`, \`tsconfig.json\`, \`package.json\` copied (\`prepareOurs()\` in \`bench/lib/ours.mjs\`), with the generated corpus as \`content/\`. Ours builds more pages than the bare sites (facts, timeline, sources…), which is part of what is measured.
- **Cold build**: \`node_modules/.astro\` (Astro's content store and, for ours, the preview-card cache), \`node_modules/.vite\`, \`.astro\` and \`dist\` of the site removed, then \`astro build\` run by the project's Node 24 (\`node_modules/.bin/node node_modules/astro/bin/astro.mjs build\`). **+1 article**: one new article (and its original) added, then \`astro build\` again with the caches of the cold build. Times are wall-clock seconds of the whole process, as an author waits for it, and its CPU seconds (user + system of the process and its threads, from bash's \`times\`), and its peak resident memory (\`process.resourceUsage().maxRSS\` written at exit by \`bench/lib/peak-memory.mjs\`, preloaded with \`--import\`); "content sync" is Astro's own "[types] Generated" figure from the log. Logs: \`bench/work/logs/\`.
- **Page weight** (\`bench/lib/page-weight.mjs\`): for each page type, every page of the type is measured and the heaviest reported: HTML, CSS (with \`@import\`), JS (\`<script src>\`, modulepreload, inline), fonts (preloads, and \`@font-face\` url()s whose family is used in the CSS and whose unicode-range covers text on the page; all weights of a used family are counted, so fonts are an upper bound), images (\`<img>\`/\`<source>\`, icons, CSS url()). Text files are counted gzipped (level 9), fonts and raster images as they are. 1 KB = 1024 bytes. "JS needed to read" is render-blocking script in \`<head>\`, and the page must have its text in the HTML.`;

export function buildSection({ results, corpora }, facts, options) {
  const find = (site, size) => results.find((result) => result.site === site && result.size === size);
  const lines = [stamp(facts, options), ''];
  const rows = results.map((result) => {
    const label = SITES[result.site].label;
    if (!result.ok)
      return [result.size, label, '–', `failed: ${escape(result.reason)}`, '–', '–', '–', '–', '–', '–', '–', '–'];
    return [
      result.size,
      label,
      result.pages,
      s(result.cold),
      s(result.coldCpu),
      mb(result.coldPeak),
      s(result.coldSync),
      s(result.coldRender),
      result.warm !== undefined ? s(result.warm) : `failed: ${escape(result.warmFailure)}`,
      s(result.warmCpu),
      mb(result.warmPeak),
      result.load.toFixed(2),
    ];
  });
  lines.push(
    table(
      [
        'N',
        'site',
        'HTML pages',
        'cold build (s)',
        'cold CPU (s)',
        'cold peak memory (MB)',
        'content sync (s)',
        'route generation (s)',
        '+1 article (s)',
        '+1 CPU (s)',
        '+1 peak memory (MB)',
        'load avg',
      ],
      rows,
    ),
  );
  lines.push(
    '',
    `Corpus: ${corpora.map((corpus) => `N=${corpus.size}: ${corpus.averageWords} words per article on average`).join('; ')}; ${corpora[0]?.facts ?? 50} facts. Best of ${options.repeat} run(s) per cell. Wall-clock seconds are what an author waits; CPU seconds (user + system, all threads) change much less when other work shares the machine. Peak memory is the build process's resident high-water mark (all threads, native memory included; \`bench/lib/peak-memory.mjs\`), 1 MB = 2^20 bytes. "content sync" and "route generation" are Astro's own timings of those phases (wall-clock).`,
  );

  const rebuild = (result, key) =>
    result[key] !== undefined
      ? [s(result[key]), s(result[`${key}Cpu`]), mb(result[`${key}Peak`]), result[`${key}Restored`] ?? '–']
      : [`failed: ${escape(result[`${key}Failure`] ?? 'not run')}`, '–', '–', '–'];
  lines.push('', '### Rebuilds with the caches of the build before', '');
  lines.push(
    'After the cold build, in order: one article added; the first fact\'s summary reworded (the bare sites show no facts, so for them nothing changed); nothing changed. "restored" counts the routes Astro\'s incremental build copied from the build before instead of rendering them.',
    '',
  );
  lines.push(
    table(
      [
        'N',
        'site',
        '+1 article (s)',
        'CPU (s)',
        'peak (MB)',
        'restored',
        'fact summary edited (s)',
        'CPU (s)',
        'peak (MB)',
        'restored',
        'nothing changed (s)',
        'CPU (s)',
        'peak (MB)',
        'restored',
      ],
      results
        .filter((result) => result.ok)
        .map((result) => [
          result.size,
          SITES[result.site].label,
          ...rebuild(result, 'warm'),
          ...rebuild(result, 'fact'),
          ...rebuild(result, 'same'),
        ]),
    ),
  );

  const ratioRows = [];
  for (const { size } of corpora) {
    const ours = find('ours', size);
    const sat = find('satteri', size);
    const uni = find('unified', size);
    if (!ours) continue;
    if (!ours.ok) {
      ratioRows.push([size, `ours: failed (${escape(ours.reason)})`, '', '', '', '', '', '', '', '', '']);
      continue;
    }
    ratioRows.push([
      size,
      ratio(ours.cold, uni?.cold),
      ratio(ours.coldCpu, uni?.coldCpu),
      ratio(ours.cold, sat?.cold),
      ratio(ours.coldCpu, sat?.coldCpu),
      ratio(ours.warm, sat?.warm),
      ratio(ours.warmCpu, sat?.warmCpu),
      ratio(ours.fact, sat?.fact),
      ratio(ours.same, sat?.same),
      ratio(ours.sameCpu, sat?.sameCpu),
      ratio(ours.coldPeak, uni?.coldPeak),
    ]);
  }
  if (ratioRows.length) {
    lines.push('', '### Ours against the bare sites', '');
    lines.push(
      table(
        [
          'N',
          'ours / bare unified, cold',
          '… in CPU time',
          'ours / bare Sätteri, cold',
          '… in CPU time',
          'ours / bare Sätteri, +1',
          '… in CPU time',
          'ours (fact summary edited) / bare Sätteri (nothing changed)',
          'ours / bare Sätteri, nothing changed',
          '… in CPU time',
          'ours / bare unified, peak memory',
        ],
        ratioRows,
      ),
    );
  }

  const floorRows = corpora.flatMap(({ size }) => {
    const stack = find('stack', size);
    const sat = find('satteri', size);
    const uni = find('unified', size);
    if (!stack?.ok || !sat?.ok) return [];
    return [
      [
        size,
        ratio(stack.coldCpu, uni?.coldCpu),
        ratio(stack.warmCpu, sat.warmCpu),
        ratio(stack.sameCpu, sat.sameCpu),
        ratio(stack.coldPeak, uni?.coldPeak),
      ],
    ];
  });
  if (floorRows.length) {
    lines.push('', '### The floor the stack sets: bare Sätteri + MDX on unified() and the sitemap', '');
    lines.push(
      "The *stack* site is bare Sätteri plus what this project's chosen stack adds to any build, before any code of ours: `@astrojs/mdx` rendering one page through `unified()` (ours renders its analysis page so) and `@astrojs/sitemap`. Its ratios are the lowest any site on this stack can reach against the bare sites. CPU time.",
      '',
    );
    lines.push(
      table(
        [
          'N',
          'stack / bare unified, cold',
          'stack / bare Sätteri, +1',
          'stack / bare Sätteri, nothing changed',
          'stack / bare unified, peak memory',
        ],
        floorRows,
      ),
    );
  }

  if (corpora.length >= 2) {
    const [small, large] = [corpora[0].size, corpora.at(-1).size];
    const growth = options.sites.map((site) => {
      const a = find(site, small);
      const b = find(site, large);
      if (!a?.ok || !b?.ok) return [SITES[site].label, '–', '–', '–', '–', '–', '–'];
      const perArticle = (key) => `${(((b[key] - a[key]) / (large - small)) * 1000).toFixed(1)}`;
      return [
        SITES[site].label,
        ratio(b.cold, a.cold),
        ratio(b.coldCpu, a.coldCpu),
        exponent(a.cold, b.cold, small, large),
        perArticle('cold'),
        perArticle('coldCpu'),
        ratio(b.warm, a.warm),
      ];
    });
    lines.push(
      '',
      `### How time grows with N: from ${small} to ${large} articles (${large / small}× the articles)`,
      '',
    );
    lines.push(
      `t${large} / t${small}; "exponent" is k in t ∝ N^k between the two sizes (1 = linear; below 1, a fixed start-up cost is being spread over more articles); "per article" is the cost of each article beyond the first ${small}, (t${large} − t${small}) / ${large - small}.`,
      '',
    );
    lines.push(
      table(
        [
          'site',
          'cold',
          'cold, CPU time',
          'exponent (cold)',
          'ms per article (cold)',
          'CPU ms per article (cold)',
          '+1 article',
        ],
        growth,
      ),
    );
  }

  const largest = corpora.at(-1)?.size;
  const ours = find('ours', largest);
  if (ours?.ok && ours.coldRoutes) {
    const groups = Object.entries(ours.coldRoutes)
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 10);
    const total = groups.reduce((sum, [, group]) => sum + group.ms, 0);
    lines.push('', `### Ours: route generation by kind of route (N=${largest}, cold)`, '');
    lines.push(
      'From the "(+12ms)" times Astro prints per route; they add up to the route generation phase. Preview cards (`/og/…`) are drawn on worker threads from the start of the phase, alongside the other routes, so an `/og/` route\'s time is mostly waiting for its card.',
      '',
    );
    lines.push(
      table(
        ['routes', 'count', 'total (s)', 'ms each', 'share'],
        groups.map(([name, group]) => [
          `\`${name}\``,
          group.routes,
          s(group.ms / 1000),
          (group.ms / group.routes).toFixed(1),
          `${((group.ms / total) * 100).toFixed(0)} %`,
        ]),
      ),
    );
  }
  lines.push('', '### Targets (issues #15 and #22)', '');
  lines.push(
    'Judged on wall-clock time as the issue states them, with the CPU-time ratio next to it (the fairer figure on a shared machine).',
    '',
  );
  lines.push(table(['target', ...corpora.map(({ size }) => `N=${size}`)], targetRows(find, corpora, options)));
  return lines.join('\n');
}

/** k in t ∝ N^k through two measurements. */
function exponent(small, large, sizeSmall, sizeLarge) {
  return small && large ? (Math.log(large / small) / Math.log(sizeLarge / sizeSmall)).toFixed(2) : '–';
}

/** The issue's targets, one row each, one column per corpus size: "✓ 0.93× (CPU 0.88×)" or "✗ …". */
function targetRows(find, corpora, options) {
  const verdict = (value, limit, cpuValue) => {
    if (value === undefined || Number.isNaN(value)) return '–';
    const cpu = cpuValue === undefined || Number.isNaN(cpuValue) ? '' : ` (CPU ${cpuValue.toFixed(2)}×)`;
    return `${value <= limit ? '✓' : '✗'} ${value.toFixed(2)}×${cpu}`;
  };
  const per = (compute) =>
    corpora.map(({ size }) => {
      const ours = find('ours', size);
      const uni = find('unified', size);
      const sat = find('satteri', size);
      return ours?.ok ? compute(ours, uni?.ok ? uni : undefined, sat?.ok ? sat : undefined) : 'ours failed';
    });
  const rows = [
    [
      'cold ≤ 1.5× bare unified (#22; the compass aims at 1.0×)',
      ...per((ours, uni) => verdict(uni && ours.cold / uni.cold, 1.5, uni && ours.coldCpu / uni.coldCpu)),
    ],
    [
      'cold ≤ 2.5× bare Sätteri',
      ...per((ours, uni, sat) => verdict(sat && ours.cold / sat.cold, 2.5, sat && ours.coldCpu / sat.coldCpu)),
    ],
    [
      '+1 article ≤ 1.2× bare Sätteri’s +1',
      ...per((ours, uni, sat) => verdict(sat && ours.warm / sat.warm, 1.2, sat && ours.warmCpu / sat.warmCpu)),
    ],
    [
      'nothing changed ≤ 1.1× bare Sätteri’s',
      ...per((ours, uni, sat) =>
        verdict(sat && ours.same && ours.same / sat.same, 1.1, sat && ours.sameCpu && ours.sameCpu / sat.sameCpu),
      ),
    ],
    ['peak memory ≤ 1.2× bare unified', ...per((ours, uni) => verdict(uni && ours.coldPeak / uni.coldPeak, 1.2))],
  ];
  if (corpora.length >= 2 && options.sites.includes('ours')) {
    const [small, large] = [corpora[0].size, corpora.at(-1).size];
    const a = find('ours', small);
    const b = find('ours', large);
    const growth = a?.ok && b?.ok ? verdict(b.cold / a.cold, large / small, b.coldCpu / a.coldCpu) : '–';
    rows.push([
      `growth ${small} → ${large} no worse than linear (t${large} / t${small} ≤ ${large / small}×)`,
      ...corpora.map(({ size }) => (size === large ? growth : '')),
    ]);
  }
  return rows;
}

function shortKey(key) {
  return key.replaceAll('|', '\\|').replace(/\s{2,}/g, ' — ');
}

export function profileSection(profile, facts, options) {
  const lines = [
    stamp(facts, options),
    '',
    `Cold builds at N=${profile.size}, run once without and once with \`node --cpu-prof\` (the profiler slows a build by roughly 10–20 %; one profile per thread). Profiles: \`bench/work/profiles/\` (open in Chrome DevTools → Performance, or speedscope). \`npm run bench\` profiles ours only; \`--profile\` profiles every site.`,
    '',
  ];
  lines.push(
    table(
      ['site', 'build (s)', 'CPU (s)', 'content sync (s)', 'profiled build (s)', 'profiled content sync (s)', 'pages'],
      profile.profiles.map((entry) =>
        entry.ok
          ? [
              SITES[entry.site].label,
              s(entry.plain.seconds),
              s(entry.plain.cpuSeconds),
              s(entry.plain.phases.syncSeconds),
              s(entry.profiled.seconds),
              s(entry.profiled.phases.syncSeconds),
              entry.plain.pages,
            ]
          : [SITES[entry.site].label, `failed: ${escape(entry.reason)}`, '', '', '', '', ''],
      ),
    ),
  );
  for (const entry of profile.profiles.filter((item) => item.ok)) {
    const { summary } = entry;
    lines.push('', `### ${SITES[entry.site].label}: self time by package`, '');
    lines.push(
      table(
        ['package', 'self ms', 'share'],
        summary.selfByPackage
          .slice(0, 12)
          .map(([name, ms]) => [name, Math.round(ms), `${((ms / summary.totalMs) * 100).toFixed(0)} %`]),
      ),
    );
    lines.push('', `### ${SITES[entry.site].label}: top self-time functions`, '');
    lines.push(
      table(
        ['function — file:line', 'self ms'],
        summary.selfByFunction.slice(0, 12).map(([key, ms]) => [shortKey(key), Math.round(ms)]),
      ),
    );
    const stages = [
      ['content sync: glob loader syncData', /^syncData /],
      ['Markdown render (renderToString)', /^renderToString /],
      ['remark-parse (micromark + mdast)', /^parser {2}remark-parse/],
      ['remark-smartypants', /remark-smartypants\/dist\/plugin\.js/],
      ['rehype-raw', /rehype-raw\/lib/],
      ['GFM autolink literal', /^transformGfmAutolinkLiterals /],
      ['site code (src/ and its bundled chunks)', /^\S+ {2}\(site\) (?!src\/content\.config)/],
      ['data store serialisation', /^serializeDataStore /],
      ['page rendering (generatePathWithPrerenderer)', /^generatePathWithPrerenderer /],
      ['briefing graph (loadBriefing)', /^loadBriefing /],
      ['page titles and descriptions (allPageMeta)', /^(?:computePageMeta|allPageMeta) /],
      ['preview cards on the main thread (the /og/ route: hand-off, cache reads)', /\(site\) \S*_\.\.\.card_/],
      ['Astro: CSP hashes of each page (generateCspDigest)', /^generateCspDigest /],
      ['fact mentions in Markdown (rehype-fact-mentions)', /\(site\) src\/markdown\/rehype-fact-mentions/],
      ['security headers (astro:build:done)', /\(site\) src\/integration\/security-headers/],
      ['sitemap (astro:build:done)', /@astrojs\/sitemap/],
    ];
    const stageRows = stages
      .map(([label, pattern]) => {
        const matches = summary.inclusiveOf(pattern);
        return [label, matches.length ? Math.round(matches[0][1]) : 0];
      })
      .filter(([, ms]) => ms > 0);
    lines.push('', `### ${SITES[entry.site].label}: inclusive time of pipeline stages`, '');
    lines.push(table(['stage', 'inclusive ms (largest frame)'], stageRows));
    const siteCode = summary.inclusiveOf(/\(site\) (?!src\/content\.config)/).slice(0, 10);
    if (siteCode.length) {
      lines.push('', `Project code with the most inclusive time (${SITES[entry.site].label}):`, '');
      lines.push(
        table(
          ['function — file:line', 'inclusive ms'],
          siteCode.map(([key, ms]) => [shortKey(key), Math.round(ms)]),
        ),
      );
    }
    if (summary.workers) {
      const { workers } = summary;
      lines.push('', `### ${SITES[entry.site].label}: worker threads (preview cards)`, '');
      lines.push(
        `${workers.threads} thread(s), ${Math.round(workers.totalMs)} ms sampled in all, of which ${Math.round(workers.idleMs)} ms waiting for work. resvg's native calls (rasterising, PNG encoding) have no JavaScript frame of their own, so they count as the self time of the site function that calls them (\`renderCard\`).`,
        '',
      );
      lines.push(
        table(
          ['package', 'self ms', 'share'],
          workers.selfByPackage
            .slice(0, 8)
            .map(([name, ms]) => [name, Math.round(ms), `${((ms / workers.totalMs) * 100).toFixed(0)} %`]),
        ),
      );
      lines.push('');
      lines.push(
        table(
          ['function — file:line', 'self ms'],
          workers.selfByFunction.slice(0, 8).map(([key, ms]) => [shortKey(key), Math.round(ms)]),
        ),
      );
    }
  }
  return lines.join('\n');
}

export function encodersSection({ cards, rows }, facts, options) {
  return [
    stamp(facts, options),
    '',
    `The same ${cards} rasterised cards (resvg's pixels, 1200×630) encoded by each encoder; every PNG was decoded again and compared with those pixels ("same pixels"), so the sizes and times are at equal quality. CPU ms of the whole process per card (sharp encodes on libvips threads, held to one here).`,
    '',
    table(
      ['encoder', 'CPU ms per card', 'KB per card', 'same pixels'],
      rows.map((row) => [
        row.name,
        row.msPerCard.toFixed(1),
        (row.bytesPerCard / 1024).toFixed(0),
        row.identical ? 'yes' : 'NO',
      ]),
    ),
  ].join('\n');
}

export function cardsSection(stages, facts, options) {
  const ms = (value) => value.toFixed(2);
  const share = (value) => `${((value / stages.totalMs) * 100).toFixed(0)} %`;
  const rows = [
    ['fitting the text (estimate, truncation)', 'src/og/card-layout.ts, fit-text.ts', stages.perCard.fit],
    ['satori: layout, glyph outlines as SVG paths', 'satori', stages.perCard.satori],
    ['resvg: parsing the SVG', '@resvg/resvg-js', stages.perCard.parse],
    ['resvg: rasterising 1200×630', '@resvg/resvg-js', stages.perCard.rasterise],
    ['resvg: PNG encoding', '@resvg/resvg-js', stages.perCard.encode],
  ].map(([stage, where, value]) => [stage, where, ms(value), share(value)]);
  return [
    stamp(facts, options),
    '',
    `The card code of \`src/og/\` run stage by stage in one thread (\`bench/lib/card-stages.mjs\`) on ${stages.cards} cards made from the corpus's articles (headline; publisher, date and opening paragraph as the description), after one card that parses the fonts (${Math.round(stages.firstCardMs)} ms, once per thread). CPU milliseconds of the thread.`,
    '',
    table(
      ['stage', 'code', 'CPU ms per card', 'share'],
      [...rows, ['**whole card**', '', `**${ms(stages.totalMs)}**`, '100 %']],
    ),
    '',
    `Average PNG: ${kb(stages.averageBytes)} KB. The SVG satori writes has every glyph as a path and no mask or clip path (tested in tests/og/render-card.test.ts), so resvg gets no fonts at all. In a build the cards are drawn on one worker thread per core (\`src/og/card-pool.ts\`) and kept in the card cache between builds.`,
  ].join('\n');
}

export function markdownSection(rows, facts, options) {
  const lines = [stamp(facts, options), ''];
  lines.push(
    `The N=${rows[0].articles} articles rendered by the renderers the content sync uses (\`processor.createRenderer()\` with Astro's default options), one after another in one process, after one warm-up render; best of ${rows[0].rounds} rounds by CPU time (this process only).`,
    '',
  );
  lines.push(
    table(
      ['renderer', 'CPU (s)', 'wall (s)', 'CPU ms per article'],
      rows.map((row) => [
        row.name,
        s(row.cpuSeconds),
        s(row.seconds),
        ((row.cpuSeconds * 1000) / row.articles).toFixed(1),
      ]),
    ),
  );
  return lines.join('\n');
}

export function weightsSection(site, facts, options, note) {
  const lines = [stamp(facts, options), ''];
  if (note) lines.push(note, '');
  if (site.error) return [...lines, `_${site.error}._`].join('\n');
  lines.push(
    `Site: \`${site.distDir}\`. Heaviest page of each type (gzip for text). Targets: JS needed to read ${TARGETS.jsToRead} B; JS ≤ ${TARGETS.jsPerPage / KB} KB per page outside search; total ≤ ${TARGETS.totalArticleOrFact / KB} KB per article or fact page, ≤ ${TARGETS.totalArticle / KB} KB per article page, ≤ ${TARGETS.totalSources / KB} KB for the sources page. JS counts each module script and what it imports statically (code fetched on demand is not counted).`,
    '',
  );
  const rows = site.rows.map((row) => {
    if (row.absent) return [row.type, '–', 'no such page in the build', '', '', '', '', '', '', '', ''];
    const checks = row.checks.map((check) => `${check.pass ? '✓' : '✗'} ${check.name}`).join('<br>');
    return [
      row.type,
      row.pages,
      `\`${row.file}\``,
      kb(row.bytes.html),
      kb(row.bytes.css),
      `${kb(row.bytes.js)} + ${kb(row.bytes.inlineJs)} inline`,
      kb(row.bytes.fonts),
      kb(row.bytes.images),
      kb(row.total),
      kb(row.jsToRead),
      checks,
    ];
  });
  lines.push(
    table(
      [
        'type',
        'pages',
        'heaviest page',
        'HTML KB',
        'CSS KB',
        'JS KB',
        'fonts KB',
        'images KB',
        'total KB',
        'JS to read KB',
        'targets',
      ],
      rows,
    ),
  );
  const missingRefs = [...new Set(site.rows.flatMap((row) => row.missingRefs ?? []))];
  const externalRefs = [...new Set(site.rows.flatMap((row) => row.external ?? []))];
  if (missingRefs.length)
    lines.push(
      '',
      `Referenced but not in the build (not counted): ${missingRefs.map((ref) => `\`${ref}\``).join(', ')}.`,
    );
  if (externalRefs.length)
    lines.push('', `External resources (not counted): ${externalRefs.map((ref) => `\`${ref}\``).join(', ')}.`);
  return lines.join('\n');
}

export function lighthouseSection(result, distDir, facts, options) {
  const lines = [stamp(facts, options), ''];
  if (result.error) return [...lines, `_Lighthouse could not run: ${result.error}._`].join('\n');
  lines.push(
    `Site \`${distDir}\` served gzipped on 127.0.0.1 by \`bench/lib/static-server.mjs\`; Lighthouse ${result.rows[0]?.version ?? ''}, mobile preset (simulated throttling), Debian Chromium headless.`,
    '',
  );
  lines.push(
    table(
      [
        'page',
        'path',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'LCP (ms)',
        'CLS',
        'TBT (ms)',
        'transfer KB',
        'audits not passed',
      ],
      result.rows.map((row) => [
        row.type,
        `\`${row.path}\``,
        row.scores.performance,
        row.scores.accessibility,
        row.scores['best-practices'],
        row.scores.seo,
        Math.round(row.lcpMs ?? 0),
        (row.cls ?? 0).toFixed(3),
        Math.round(row.tbtMs ?? 0),
        kb(row.transferBytes ?? 0),
        row.failing?.join('<br>') || '–',
      ]),
    ),
  );
  return lines.join('\n');
}
