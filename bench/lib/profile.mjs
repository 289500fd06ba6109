/**
 * Where the build time goes: cold builds under `node --cpu-prof` at the largest corpus size, summarised
 * by package, function and pipeline stage (main thread and worker threads apart). By default only ours is
 * profiled; `full` profiles every site and adds a smartypants-off build as a diagnostic.
 */
import path from 'node:path';
import { astroBuild } from './build.mjs';
import { summariseProfiles } from './cpu-profile.mjs';
import { SITES } from './sites.mjs';
import { WORK_DIR, clearCaches, freshDir } from './workspace.mjs';

/** Sites profiled, most interesting first. */
const PROFILED = ['unified', 'unified-no-smartypants', 'ours', 'satteri'];

/**
 * `measured`: results of the build comparison of this run; a site already timed cold at this size is
 * not built again without the profiler.
 */
export async function profileBuilds(corpus, { sites, measured = [], report = console.log, full = false }) {
  const profiles = [];
  const keys = full ? PROFILED.filter((key) => sites.includes(key) || key === 'unified-no-smartypants') : ['ours'];
  for (const siteKey of keys) {
    const site = SITES[siteKey];
    const siteDir = path.join(WORK_DIR, 'sites', `profile-${siteKey}-${corpus.count}`);
    const profileDir = await freshDir(path.join(WORK_DIR, 'profiles', `${siteKey}-${corpus.count}`));
    try {
      await site.prepare(corpus.dir, siteDir);
    } catch (error) {
      profiles.push({ site: siteKey, ok: false, reason: `setup failed: ${error.message}` });
      continue;
    }
    // An honest time without the profiler (from the comparison when it has one); then cold again, with it.
    const timed = measured.find((result) => result.site === siteKey && result.size === corpus.count && result.ok);
    let plain;
    if (timed) {
      plain = {
        ok: true,
        seconds: timed.cold,
        cpuSeconds: timed.coldCpu,
        phases: { syncSeconds: timed.coldSync },
        pages: timed.pages,
      };
    } else {
      await clearCaches(siteDir);
      plain = await astroBuild(siteDir, { logFile: path.join(profileDir, 'build.log'), env: site.env(siteDir) });
    }
    await clearCaches(siteDir);
    const profiled = await astroBuild(siteDir, {
      logFile: path.join(profileDir, 'build-profiled.log'),
      env: site.env(siteDir),
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    });
    report(
      `  profile ${site.label} N=${corpus.count}: ${plain.ok ? `${plain.seconds.toFixed(1)} s, ${profiled.seconds.toFixed(1)} s profiled` : `failed (${plain.reason})`}`,
    );
    if (!plain.ok || !profiled.ok) {
      profiles.push({ site: siteKey, ok: false, reason: plain.reason ?? profiled.reason });
      continue;
    }
    const summary = await summariseProfiles(profileDir);
    profiles.push({ site: siteKey, ok: true, plain, profiled, summary, profileDir });
  }
  return { size: corpus.count, profiles };
}
