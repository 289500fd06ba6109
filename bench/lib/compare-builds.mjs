/**
 * The build-time comparison: for each corpus size, each site is set up fresh, built cold (caches
 * cleared), then built again with its caches after each of three steps: one more article, one fact's
 * summary reworded (the bare sites show no facts: for them nothing changed), and nothing changed.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { astroBuild } from './build.mjs';
import { addArticle, editFactSummary, writeCorpus } from './corpus.mjs';
import { currentLoad } from './machine.mjs';
import { SITES } from './sites.mjs';
import { WORK_DIR, clearCaches, freshDir } from './workspace.mjs';

/**
 * Best of the repeats: other work on the machine only ever adds time, so the fastest run is the
 * closest to the build's own cost (and the smallest peak memory, which varies little, likewise).
 */
const best = (values) =>
  values.some((value) => value === undefined || Number.isNaN(value)) ? undefined : Math.min(...values);

/** Writes (or reuses within this run) the corpus of `size` articles. */
export async function corpusFor(size) {
  const dir = await freshDir(path.join(WORK_DIR, 'corpus', String(size)));
  const summary = await writeCorpus(dir, size);
  return { dir, ...summary };
}

/** Sets up `site` with the corpus; cold build, then one article more and a warm build. Never throws. */
export async function measureSite(siteKey, corpus, { repeat = 1, report = console.log } = {}) {
  const site = SITES[siteKey];
  const siteDir = path.join(WORK_DIR, 'sites', `${siteKey}-${corpus.count}`);
  const logDir = path.join(WORK_DIR, 'logs');
  await mkdir(logDir, { recursive: true });
  const runs = [];
  for (let run = 1; run <= repeat; run++) {
    try {
      await site.prepare(corpus.dir, siteDir);
    } catch (error) {
      return { site: siteKey, size: corpus.count, ok: false, reason: `setup failed: ${error.message}` };
    }
    await clearCaches(siteDir);
    const load = currentLoad();
    const logFile = (kind) => path.join(logDir, `${siteKey}-${corpus.count}-${kind}-${run}.log`);
    const cold = await astroBuild(siteDir, { logFile: logFile('cold'), env: site.env(siteDir) });
    report(
      `  ${site.label} N=${corpus.count} cold: ${cold.ok ? `${cold.seconds.toFixed(1)} s` : `failed (${cold.reason})`}`,
    );
    if (!cold.ok) return { site: siteKey, size: corpus.count, ok: false, reason: cold.reason, log: logFile('cold') };
    await addArticle(path.join(siteDir, 'content'), corpus.count + 1);
    const warm = await astroBuild(siteDir, { logFile: logFile('add-one'), env: site.env(siteDir) });
    report(
      `  ${site.label} N=${corpus.count} +1 article: ${warm.ok ? `${warm.seconds.toFixed(1)} s` : `failed (${warm.reason})`}`,
    );
    await editFactSummary(path.join(siteDir, 'content'));
    const fact = await astroBuild(siteDir, { logFile: logFile('edit-fact'), env: site.env(siteDir) });
    report(
      `  ${site.label} N=${corpus.count} fact summary edited: ${fact.ok ? `${fact.seconds.toFixed(1)} s` : `failed (${fact.reason})`}`,
    );
    const same = await astroBuild(siteDir, { logFile: logFile('unchanged'), env: site.env(siteDir) });
    report(
      `  ${site.label} N=${corpus.count} nothing changed: ${same.ok ? `${same.seconds.toFixed(1)} s` : `failed (${same.reason})`}`,
    );
    runs.push({ cold, warm, fact, same, load });
  }
  const warmOk = runs.every((run) => run.warm.ok);
  const pick = (key, field) => best(runs.map((run) => (field ? run[key][field] : run[key].phases.syncSeconds)));
  const pickRender = (key) => best(runs.map((run) => run[key].phases.renderSeconds));
  /** Time, CPU time, peak memory and restored routes of a later build ("fact", "same"), when every run of it succeeded. */
  const later = (key) => {
    const ok = runs.every((run) => run[key].ok);
    return {
      [key]: ok ? pick(key, 'seconds') : undefined,
      [`${key}Cpu`]: ok ? pick(key, 'cpuSeconds') : undefined,
      [`${key}Peak`]: ok ? pick(key, 'peakBytes') : undefined,
      [`${key}Restored`]: ok ? runs[0][key].phases.restored : undefined,
      [`${key}Failure`]: ok ? undefined : runs.find((run) => !run[key].ok)[key].reason,
    };
  };
  return {
    site: siteKey,
    size: corpus.count,
    ok: true,
    siteDir,
    pages: runs[0].cold.pages,
    cold: pick('cold', 'seconds'),
    coldCpu: pick('cold', 'cpuSeconds'),
    coldPeak: pick('cold', 'peakBytes'),
    coldSync: pick('cold'),
    coldRender: pickRender('cold'),
    coldRoutes: runs[0].cold.phases.routeGroups,
    warm: warmOk ? pick('warm', 'seconds') : undefined,
    warmCpu: warmOk ? pick('warm', 'cpuSeconds') : undefined,
    warmPeak: warmOk ? pick('warm', 'peakBytes') : undefined,
    warmSync: warmOk ? pick('warm') : undefined,
    warmRestored: warmOk ? runs[0].warm.phases.restored : undefined,
    warmFailure: warmOk ? undefined : runs.find((run) => !run.warm.ok).warm.reason,
    ...later('fact'),
    ...later('same'),
    load: Math.max(...runs.map((run) => run.load)),
    runs: runs.length,
  };
}

/** The whole comparison: every size × every site. */
export async function compareBuilds({ sizes, sites, repeat, report = console.log }) {
  const results = [];
  const corpora = [];
  for (const size of sizes) {
    report(`corpus N=${size}: generating`);
    const corpus = await corpusFor(size);
    corpora.push({ size, averageWords: corpus.averageWords, facts: corpus.facts.length });
    for (const site of sites) results.push(await measureSite(site, corpus, { repeat, report }));
  }
  return { results, corpora };
}
