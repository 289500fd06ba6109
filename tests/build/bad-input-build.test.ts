import { cpSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { badInputBatches, badInputCases } from '../loader/bad-input-cases';
import type { BuildResult } from '../support/cold-builds';
import { treeDigest } from '../support/dist-files';
import { copyProject } from '../support/project-copy';

/**
 * Every bad input of the loader suite, fed to the real `npm run build` after a good build: the build
 * refuses, lists the case's own problem (its file, where and what) and leaves the published `dist/` byte
 * for byte. Cases that change different files, or different parts of one file, share a refused build
 * (`badInputBatches`, each group checked in tests/loader/bad-input.test.ts: no case's problem there can
 * come from another's change); the others have one each. A refused build is one Node process, so the
 * builds run on as many copies at once as there are cores, each copy holding the good build and its good
 * content put back after each build.
 */
interface Copy {
  project: ReturnType<typeof copyProject>;
  goodDigest: string;
}
type Case = (typeof badInputCases)[number];
/** What a refused build left: its output, and the digest of `dist/` after it next to the good one. */
interface Refusal {
  result: BuildResult;
  distDigest: string;
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

/** The cases built together: the groups of `badInputBatches`, and each case named in none alone. */
const grouped = new Set(badInputBatches.flat());
const batches: Case[][] = [
  ...badInputBatches.map((names) => names.map((name) => badInputCases.find((c) => c.name === name)!)),
  ...badInputCases.filter((c) => !grouped.has(c.name)).map((c) => [c]),
];
const batchOf = new Map(batches.flatMap((batch) => batch.map((c) => [c, batch] as const)));

/** Each batch's refused build, run once for all its cases. */
const refusals = new Map<Case[], Promise<Refusal>>();
function refusalOf(batch: Case[]): Promise<Refusal> {
  let refusal = refusals.get(batch);
  if (!refusal) {
    refusal = onAFreeCopy(async ({ project, goodDigest }) => {
      for (const { change } of batch) change(project);
      const result = await project.buildAlongside();
      const distDigest = treeDigest(project.path('dist'));
      rmSync(project.path('content'), { recursive: true, force: true });
      cpSync(project.path('content.good'), project.path('content'), { recursive: true });
      return { result, distDigest, goodDigest };
    });
    refusals.set(batch, refusal);
  }
  return refusal;
}

/**
 * The problems a refused build listed on stderr, as the loader formats them
 * (`✗ <file> — <where>[ (value: …)]`, the problem on the lines after, then `→ <fix>`).
 */
function listedProblems(stderr: string): Array<{ file: string; where: string; problem: string; fix: string }> {
  const blocks = stderr.split(/\n(?=✗ )/).filter((block) => block.startsWith('✗ '));
  return blocks.map((block) => {
    const [heading = '', ...rest] = block.split('\n');
    const dash = heading.indexOf(' — ');
    const file = heading.slice(2, dash);
    const whereAndValue = heading.slice(dash + 3);
    const valueAt = whereAndValue.indexOf(' (value: ');
    const fixAt = rest.findIndex((line) => line.startsWith('    → '));
    return {
      file,
      where: valueAt < 0 ? whereAndValue : whereAndValue.slice(0, valueAt),
      problem: (fixAt < 0 ? rest : rest.slice(0, fixAt)).map((line) => line.replace(/^ {4}/, '')).join('\n'),
      fix: fixAt < 0 ? '' : rest[fixAt]!.slice(6),
    };
  });
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
  it.for(badInputCases)('$name: refused, dist/ unchanged', async (c, { expect }) => {
    const { result, distDigest, goodDigest } = await refusalOf(batchOf.get(c)!);
    const own = listedProblems(result.stderr).filter(
      (p) => p.file === c.file && c.where.test(p.where) && c.problem.test(p.problem) && p.fix.length > 10,
    );

    expect(result.status).toBe(1);
    expect(own, `no problem of ${c.file} matching ${c.where} and ${c.problem} in:\n${result.stderr}`).not.toEqual([]);
    expect(result.stderr).toContain('Nothing was published: dist/ is unchanged.');
    expect(distDigest).toBe(goodDigest);
  });
});
