/**
 * `npm run bench`: build time of this site against two bare Astro sites on generated corpora, page
 * weight of a built site, and optionally a CPU profile and Lighthouse scores. Writes bench/results.md.
 * See bench/README.md.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { compareBuilds, corpusFor } from './lib/compare-builds.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { machineFacts } from './lib/machine.mjs';
import { measureCardStages } from './lib/card-stages.mjs';
import { measureEncoders } from './lib/png-encoders.mjs';
import { measureMarkdownInProcess } from './lib/markdown-in-process.mjs';
import { USAGE, parseOptions } from './lib/options.mjs';
import { measureSite as measurePageWeights } from './lib/page-weight.mjs';
import { profileBuilds } from './lib/profile.mjs';
import {
  METHOD,
  buildSection,
  cardsSection,
  encodersSection,
  lighthouseSection,
  machineSection,
  markdownSection,
  profileSection,
  weightsSection,
  writeReport,
} from './lib/report.mjs';
import { PROJECT_DIR, WORK_DIR } from './lib/workspace.mjs';

const options = parseOptions(process.argv.slice(2));
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.warn(
    `warning: this script runs on Node ${process.version}; npm run bench uses node_modules/.bin/node (Node 24). Builds use Node 24 either way.`,
  );
}

const log = (line) => console.log(line);
const facts = machineFacts();
const sections = { machine: machineSection(facts, options), method: METHOD };
log(`bench: ${facts.cpu}, ${facts.cores} cores, load ${facts.loadAverage}`);

let oursDist;
if (options.build) {
  log(`build times: sizes ${options.sizes.join(', ')}; sites ${options.sites.join(', ')}`);
  const comparison = await compareBuilds({
    sizes: options.sizes,
    sites: options.sites,
    repeat: options.repeat,
    report: log,
  });
  sections.build = buildSection(comparison, facts, options);
  const ours = comparison.results.find((result) => result.site === 'ours' && result.ok);
  if (ours) oursDist = path.join(ours.siteDir, 'dist');

  const size = options.sizes.at(-1);
  if (options.sites.includes('ours')) {
    log(`preview cards: stages of one card, N=${size} corpus`);
    sections.cards = cardsSection(await measureCardStages(PROJECT_DIR, (await corpusFor(size)).dir), facts, options);
    log(`preview cards: PNG encoders at equal quality, N=${size} corpus`);
    sections.encoders = encodersSection(
      await measureEncoders(PROJECT_DIR, (await corpusFor(size)).dir),
      facts,
      options,
    );
  }
  if (options.profile === 'all' || (options.profile === 'ours' && options.sites.includes('ours'))) {
    log(`profile: N=${size}${options.profile === 'ours' ? ', ours only' : ''}`);
    const profile = await profileBuilds(await corpusFor(size), {
      sites: options.sites,
      measured: comparison.results,
      report: log,
      full: options.profile === 'all',
    });
    sections.profile = profileSection(profile, facts, options);
  }
}

if (options.markdown) {
  const size = options.sizes.at(-1);
  log(`Markdown in one process: N=${size}`);
  sections.markdown = markdownSection(
    await measureMarkdownInProcess(path.join((await corpusFor(size)).dir, 'articles')),
    facts,
    options,
  );
}

// Page weight of the project's dist/ (or --dist); without one, of the "ours" build of this run.
let distDir = options.dist ?? options.defaultDist;
let distNote;
if (!options.dist && !existsSync(distDir) && oursDist) {
  distNote = `The project has no \`dist/\`: measured the "ours" build of this run on the generated corpus instead.`;
  distDir = oursDist;
}
if (options.weights) {
  log(`page weight: ${path.relative(PROJECT_DIR, distDir) || distDir}`);
  let weights = weightsSection(await measurePageWeights(distDir), facts, options, distNote);
  // The same at scale: "ours" as last built by the bench on the largest generated corpus, if any.
  const atScale = await largestOursBuild();
  if (atScale && atScale.dir !== distDir) {
    log(`page weight: ${path.relative(PROJECT_DIR, atScale.dir)}`);
    const measured = weightsSection(await measurePageWeights(atScale.dir), facts, options);
    weights += `\n\n### Ours on the generated corpus (N=${atScale.size}, +1 article)\n\n${measured.split('\n').slice(2).join('\n')}`;
  }
  sections.weights = weights;
}
if (options.lighthouse) {
  log(`lighthouse: ${distDir}`);
  sections.lighthouse = lighthouseSection(await runLighthouse(distDir), distDir, facts, options);
}

// Machine facts belong to measurements: a run that measured nothing leaves the old ones.
if (Object.keys(sections).length === 2) delete sections.machine;
await writeReport(options.out, sections);

/** bench/work/sites/ours-<N>/dist with the largest N, as the last build comparison left it. */
async function largestOursBuild() {
  const sitesDir = path.join(WORK_DIR, 'sites');
  if (!existsSync(sitesDir)) return undefined;
  const sizes = (await readdir(sitesDir))
    .map((name) => /^ours-(\d+)$/.exec(name)?.[1])
    .filter(Boolean)
    .map(Number)
    .filter((size) => existsSync(path.join(sitesDir, `ours-${size}`, 'dist', 'index.html')))
    .sort((a, b) => b - a);
  return sizes.length ? { size: sizes[0], dir: path.join(sitesDir, `ours-${sizes[0]}`, 'dist') } : undefined;
}
log(`wrote ${path.relative(process.cwd(), options.out) || options.out}`);
