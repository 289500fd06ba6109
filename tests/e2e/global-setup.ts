/**
 * Builds the site twice (at the root and under a base path), indexes both for search as `npm run
 * build` does, serves them on 127.0.0.1 and starts one Chromium that every e2e file connects to. Runs
 * once per `vitest` run, only when e2e tests are queued.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/chromium';
import { buildSite, serve } from '../support/built-site';

import { BASE_PATH } from './support/base-path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built at the root: its folder and address. */
    siteDir: string;
    siteUrl: string;
    /** The same site built and served under `BASE_PATH`. */
    baseSiteUrl: string;
    /** Where the shared Chromium listens. */
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: Array<() => Promise<unknown>> = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    // One build after the other: CI has two cores, and parallel builds would only fight over them.
    // Each build is indexed for search by the build itself (the search-index integration).
    const site = await buildSite();
    cleanups.push(site.close);
    const served = await serve(site.dir);
    cleanups.push(served.close);
    const based = await buildSite({ base: BASE_PATH });
    cleanups.push(based.close);
    const basedServed = await serve(based.dir, BASE_PATH);
    cleanups.push(basedServed.close);
    const browser = await launchChromiumServer();
    cleanups.push(() => browser.close());

    project.provide('siteDir', site.dir);
    project.provide('siteUrl', served.url);
    project.provide('baseSiteUrl', basedServed.url);
    project.provide('wsEndpoint', browser.wsEndpoint());
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
