import { copyProject } from '../support/project-copy';

/** A finished build of a scratch copy of the project. */
export interface ProjectBuild {
  project: ReturnType<typeof copyProject>;
  /** The published `dist/` of the copy. */
  dist: string;
}

/**
 * Runs the real `npm run build` (content check, astro build, swap into dist/) in a fresh copy of the
 * project with its own Astro cache. Builds take ~15 s, so each trust test file builds at most once per
 * configuration (vitest runs files in separate workers: nothing can be shared between files).
 */
export function buildProject(...args: string[]): ProjectBuild {
  const project = copyProject();
  const result = project.build(...args);
  if (result.status !== 0) {
    project.remove();
    throw new Error(`npm run build ${args.join(' ')} failed (exit ${result.status}):\n${result.output}`);
  }
  return { project, dist: project.path('dist') };
}
