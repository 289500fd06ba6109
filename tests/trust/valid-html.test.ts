import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist-files';
import { describeVnuMessage, isSpuriousWarning, vnuMessages, type VnuMessage } from '../support/vnu';
import { BUILD_TIMEOUT, buildProject, type ProjectBuild } from './shared-build';

/** Every built page through the Nu Html Checker (see tests/support/vnu.ts). */
let build: ProjectBuild;
let pages: string[];
let messages: VnuMessage[];

beforeAll(() => {
  build = buildProject();
  pages = htmlPages(build.dist).map((file) => join(build.dist, file));
  messages = vnuMessages(pages);
}, BUILD_TIMEOUT);
afterAll(() => build?.project.remove());

describe('valid HTML (Nu Html Checker)', () => {
  it('checks every page of the build', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('finds no errors on any page', () => {
    const errors = messages.filter((message) => message.type !== 'info');
    const warnings = messages.filter(
      (message) => message.type === 'info' && message.subType === 'warning' && !isSpuriousWarning(message),
    );
    // Warnings are listed for whoever reads the log; only errors fail.
    if (warnings.length > 0)
      console.warn(
        `vnu warnings (${warnings.length}):\n${warnings.map((m) => describeVnuMessage(m, build.dist)).join('\n')}`,
      );
    expect(
      errors.map((m) => describeVnuMessage(m, build.dist)),
      `${errors.length} errors in ${pages.length} pages`,
    ).toEqual([]);
  });
});
