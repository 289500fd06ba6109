import { join } from 'node:path';
import { expect } from 'vitest';
import { projectRoot } from './content-copy';
import { copyProject } from './project-copy';

const fixtures = join(projectRoot, 'tests/fixtures/growth');

/**
 * Three follow-up sources written for the tests in our own words (tests/fixtures/growth), with the
 * `npm run add-source` arguments an editor would type for each: wire copy with a dateline and a
 * relative date ("late on Monday") and an announced event no fact covers; a saved web page with its
 * chrome (metadata read from the page); a Japanese article whose headline gives no id.
 */
export const growthSources = {
  wire: {
    id: 'takaichi-stands-by-alliance-warning',
    args: [
      join(fixtures, 'wire-copy.txt'),
      '--title',
      'Takaichi stands by alliance warning',
      '--publisher',
      'Harbour Wire',
      '--published',
      '2026-01-29',
      '--language',
      'en',
      '--added',
      '2026-12-01',
    ],
  },
  page: {
    id: 'beijing-answers-takaichi-with-export-curbs',
    args: [join(fixtures, 'saved-page.html'), '--added', '2026-12-01'],
  },
  japanese: {
    id: 'toto-alliance-remarks',
    args: [
      join(fixtures, 'japanese.txt'),
      '--id',
      'toto-alliance-remarks',
      '--title',
      '高市首相、同盟崩壊に言及',
      '--publisher',
      '東都新聞',
      '--published',
      '2026-01-27',
      '--language',
      'ja',
      '--added',
      '2026-12-01',
    ],
  },
} as const;

/** The draft fact the wire copy's announced ferry-rules review becomes. */
export const draftFactId = 'the-transport-ministry-will-open-a-review';

/** A copy of the project into which the wire copy was imported with `npm run add-source`, as an editor would. */
export function projectWithWireCopy(): ReturnType<typeof copyProject> {
  const project = copyProject();
  const added = project.run('add-source', growthSources.wire.args);
  expect(added.status, added.output).toBe(0);
  return project;
}
