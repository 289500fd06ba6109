/**
 * Builds the site twice (at the root and under a base path) with `npm run build`, which indexes both for
 * search, serves them on 127.0.0.1 and starts one Chromium that every e2e file connects to. Runs once
 * per `vitest` run, only when e2e tests are queued. The builds are the run's shared cold builds
 * (tests/support/cold-builds.ts): the build layer's tests of the same input take copies of them.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/chromium';
import { serve } from '../support/built-site';
import setupColdBuilds from '../support/cold-builds-setup';
import { copyProject } from '../support/project-copy';
import { BASE_PATH, BASE_SITE } from './support/base-path';

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

/** A fresh copy of the project built with `npm run build -- …args`, or the build failure. */
function builtCopy(...args: string[]): ReturnType<typeof copyProject> {
  const project = copyProject();
  const result = project.build(...args);
  if (result.status !== 0) {
    project.remove();
    throw new Error(`npm run build ${args.join(' ')} failed (exit ${result.status}):\n${result.output}`);
  }
  return project;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: Array<() => unknown> = [setupColdBuilds(project)];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  };
  try {
    // One build after the other: CI has two cores, and parallel builds would only fight over them.
    const site = builtCopy();
    cleanups.push(site.remove);
    const served = await serve(site.path('dist'));
    cleanups.push(served.close);
    const based = builtCopy('--base', BASE_PATH, '--site', BASE_SITE);
    cleanups.push(based.remove);
    const basedServed = await serve(based.path('dist'), BASE_PATH);
    cleanups.push(basedServed.close);
    const browser = await launchChromiumServer();
    cleanups.push(() => browser.close());

    project.provide('siteDir', site.path('dist'));
    project.provide('siteUrl', served.url);
    project.provide('baseSiteUrl', basedServed.url);
    project.provide('wsEndpoint', browser.wsEndpoint());
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
