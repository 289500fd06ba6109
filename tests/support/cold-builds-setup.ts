/**
 * The build project's global setup: one folder for the run's finished cold builds
 * (tests/support/cold-builds.ts), removed when the run ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from './cold-builds';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'briefing-cold-builds-'));
  project.provide('coldBuilds', folder);
  return () => rm(folder, { recursive: true, force: true });
}
