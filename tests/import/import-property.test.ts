import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/model/problems';
import { loadContent } from '../../src/loader/load-content';
import { main } from '../../scripts/add-source';
import { copyContent } from '../support/content-copy';
import { generatedArticle } from '../support/generated-articles';

/**
 * Issue #21: anything the importer writes, the loader accepts. Articles with datelines, bylines,
 * captions, credits, quotations cut with ellipses, long sentences, bullets and Japanese are imported
 * one after another into a copy of the content, which must then load with no problem.
 */
describe('importing generated articles', () => {
  it('never writes content the loader refuses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generatedArticle, { minLength: 3, maxLength: 5 }), async (articles) => {
        const copy = copyContent();
        const inputs = mkdtempSync(join(tmpdir(), 'generated-articles-'));
        try {
          articles.forEach((article, i) => {
            const file = join(inputs, `article-${i}.txt`);
            writeFileSync(file, article.text);
            let errors = '';
            const status = main(
              [file, ...article.flags, '--content-dir', copy.path('content'), '--added', '2026-02-10'],
              { stdout: { write: () => true }, stderr: { write: (text: string) => (errors += text) } },
            );
            expect(status, errors).toBe(0);
          });
          const loaded = await loadContent(copy.root, { base: '/' });
          expect(loaded.problems, formatProblems(loaded.problems)).toEqual([]);
        } finally {
          copy.remove();
          rmSync(inputs, { recursive: true, force: true });
        }
      }),
      { numRuns: 8 },
    );
  }, 300_000);
});
