/**
 * Global setup of the projects that build: one folder for the run's finished cold builds
 * (tests/support/cold-builds.ts), made by whichever project starts first and removed by it when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { RUN_FOLDER_VARIABLE } from './cold-builds';

export default function setup(project: TestProject): () => void {
  const existing = process.env[RUN_FOLDER_VARIABLE];
  const folder = existing ?? mkdtempSync(join(tmpdir(), 'briefing-cold-builds-'));
  process.env[RUN_FOLDER_VARIABLE] = folder;
  project.provide('coldBuilds', folder);
  return () => {
    if (existing) return;
    rmSync(folder, { recursive: true, force: true });
    delete process.env[RUN_FOLDER_VARIABLE];
  };
}
