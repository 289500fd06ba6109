import { cpSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { badInputCases } from '../loader/bad-input-cases';
import { treeDigest } from '../support/dist-files';
import { copyProject } from '../support/project-copy';

/**
 * Every bad input of the loader suite, fed to the real `npm run build` after a good build:
 * the build refuses with the problem's file named, and the published `dist/` stays byte for byte.
 * A refused build is one Node process, so the cases run on as many copies at once as there are cores,
 * each copy holding the good build and its good content put back after each case.
 */
interface Copy {
  project: ReturnType<typeof copyProject>;
  goodDigest: string;
}
const COPIES = Math.max(1, Math.min(availableParallelism(), 4));
let copies: Copy[] = [];
const idle: Copy[] = [];
const waiting: Array<(copy: Copy) => void> = [];

/** Runs `use` on a copy nobody else is using, waiting for one to be free. */
async function onAFreeCopy<T>(use: (copy: Copy) => Promise<T>): Promise<T> {
  const copy = idle.pop() ?? (await new Promise<Copy>((handOver) => waiting.push(handOver)));
  try {
    return await use(copy);
  } finally {
    const next = waiting.shift();
    if (next) next(copy);
    else idle.push(copy);
  }
}

beforeAll(() => {
  copies = Array.from({ length: COPIES }, () => {
    const project = copyProject();
    const good = project.build();
    if (good.status !== 0) throw new Error(`the good build failed:\n${good.output}`);
    cpSync(project.path('content'), project.path('content.good'), { recursive: true });
    return { project, goodDigest: treeDigest(project.path('dist')) };
  });
  idle.push(...copies);
});
afterAll(() => {
  for (const { project } of copies) project.remove();
});

describe.concurrent('a build with bad input', () => {
  it.for(badInputCases)('$name: refused, dist/ unchanged', ({ change, file }, { expect }) =>
    onAFreeCopy(async ({ project, goodDigest }) => {
      change(project);
      const result = await project.buildAlongside();
      rmSync(project.path('content'), { recursive: true, force: true });
      cpSync(project.path('content.good'), project.path('content'), { recursive: true });

      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`✗ ${file} — `);
      expect(result.stderr).toContain('Nothing was published: dist/ is unchanged.');
      expect(treeDigest(project.path('dist'))).toBe(goodDigest);
    }),
  );
});
