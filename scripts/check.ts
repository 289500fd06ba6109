/**
 * `npm run check`: the content check alone — every problem in content/ at once, with file, field or
 * line, value and fix — and every warning, without building. Exit code 1 when there is a problem.
 */
import { resolve } from 'node:path';
import { formatProblems, formatWarnings } from '../src/model/problems';
import { checkContent } from '../src/loader/check-content';

const report = await checkContent(resolve('.'));
if (report.problems.length > 0) {
  process.stderr.write(formatProblems(report.problems));
  process.exitCode = 1;
} else {
  const { articles, facts, citedSources, analysis } = report.counts;
  console.log(
    `✓ content check: ${articles} articles, ${facts} facts, ${citedSources} cited sources, ${analysis} analysis — no problems`,
  );
}
// Every warning, not only the first of each kind as the build prints them.
if (report.warnings.length > 0) process.stdout.write(`\n${formatWarnings(report.warnings)}`);
