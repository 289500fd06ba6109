import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check-content';
import type { ContentProblem } from '../../src/model/problems';
import { copyContent } from '../support/content-copy';
import { ARTICLE, badInputBatches, badInputCases, FACT, ORIGINAL } from './bad-input-cases';

const cases = badInputCases;

let scratch: ReturnType<typeof copyContent> | undefined;
afterEach(() => scratch?.remove());

async function problemsAfter(change: (content: ReturnType<typeof copyContent>) => void) {
  scratch = copyContent();
  change(scratch);
  return (await checkContent(scratch.root)).problems;
}

describe('content check: bad input', () => {
  it('the real content has no problems', async () => {
    expect(await problemsAfter(() => {})).toEqual([]);
  });

  it.each(cases)('$name', async ({ change, file, where, problem }) => {
    const problems = await problemsAfter(change);
    const match = problems.find((p) => p.file === file && where.test(p.where) && problem.test(p.problem));
    expect(match, `problems were:\n${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(match?.fix.length).toBeGreaterThan(10);
  });

  it('reports every problem at once, across files', async () => {
    const problems = await problemsAfter((c) => {
      cases[2]!.change(c);
      cases[6]!.change(c);
      cases[20]!.change(c);
    });
    expect(new Set(problems.map((p) => p.file)).size).toBeGreaterThanOrEqual(3);
  });
});

/** A digest of `content/` as it lies: links and pipes by what they are (a pipe is never read). */
function contentState(root: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const name of readdirSync(join(root, folder)).sort()) {
      const path = join(folder, name);
      const info = lstatSync(join(root, path));
      hash.update(`${path}\0`);
      if (info.isSymbolicLink()) hash.update(`link ${readlinkSync(join(root, path))}\0`);
      else if (info.isDirectory()) walk(path);
      else if (info.isFile()) hash.update(readFileSync(join(root, path))).update('\0');
      else hash.update('not a file\0');
    }
  };
  walk('content');
  return hash.digest('hex');
}

describe('content check: the groups of cases the build test refuses in one build', () => {
  const byName = new Map(cases.map((c) => [c.name, c]));
  const isCaseOf = (c: (typeof cases)[number], p: ContentProblem) =>
    p.file === c.file && c.where.test(p.where) && c.problem.test(p.problem);

  it('name only cases that exist, each case at most once', () => {
    const named = badInputBatches.flat();
    expect(named.filter((name) => !byName.has(name))).toEqual([]);
    expect(named.filter((name, i) => named.indexOf(name) !== i)).toEqual([]);
  });

  it.each(badInputBatches.map((names) => [names[0], names.length - 1, names] as const))(
    '%s and %i more: each case’s own problem is found, and is gone without its change',
    async (_first, _more, names) => {
      const group = names.map((name) => byName.get(name)!);
      const problems = await problemsAfter((c) => {
        for (const { name, change } of group) {
          const before = contentState(c.root);
          change(c);
          expect(contentState(c.root), `${name} changed nothing after the cases before it`).not.toBe(before);
        }
      });
      for (const c of group)
        expect(
          problems.filter((p) => isCaseOf(c, p)),
          `${c.name}: problems were:\n${JSON.stringify(problems, null, 2)}`,
        ).not.toEqual([]);
      for (const left of group) {
        scratch?.remove();
        const without = await problemsAfter((c) => {
          for (const { change } of group) if (change !== left.change) change(c);
        });
        expect(
          without.filter((p) => isCaseOf(left, p)),
          `${left.name} without its change`,
        ).toEqual([]);
      }
    },
  );
});

describe('content check: every problem at once, whatever its kind', () => {
  it('lists a YAML error, a schema error, a bad rule and a broken reference together, with no knock-on problems', async () => {
    const problems = await problemsAfter((c) => {
      c.edit(ARTICLE, (t) => t.replace('title:\n  status: stated', 'title:\n  status: stated\n   bad: ['));
      c.edit('content/facts/lower-house-election.yaml', (t) => t.replace('kind: event', 'kind: happening'));
      c.edit(FACT, (t) => t.replace('    - alliance + breaks', '    - alliance + brakes'));
      c.edit('content/analysis/snapshot.mdx', (t) =>
        t.replace("'alliance-would-weaken#p-limited-response'", "'alliance-would-weaken#p-no-such-paragraph'"),
      );
    });
    const summary = problems.map((p) => `${p.file} ${p.where}: ${p.problem}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/articles\/alliance-would-weaken\.md line \d+, column \d+: the YAML does not parse/,
        ),
        expect.stringMatching(/^content\/facts\/lower-house-election\.yaml kind: /),
        expect.stringMatching(/^content\/facts\/tv-remarks\.yaml recognise\.match\[0\]: /),
        expect.stringMatching(
          /^content\/analysis\/snapshot\.mdx keyPoints\[1\]\.cites\[1\]: paragraph .* does not exist/,
        ),
      ]),
    );
    // The article and the fact whose files are broken still exist: nothing else may call them unknown.
    expect(
      summary.filter((line) =>
        /unknown (article|fact id) "(alliance-would-weaken|lower-house-election)"|article "alliance-would-weaken" does not exist/.test(
          line,
        ),
      ),
    ).toEqual([]);
  });
});

describe('content check: warnings that do not stop the build', () => {
  const warningsAfter = async (change: (content: ReturnType<typeof copyContent>) => void) => {
    scratch = copyContent();
    change(scratch);
    const report = await checkContent(scratch.root);
    expect(report.problems).toEqual([]);
    return report.warnings;
  };

  it('the real content has none', async () => {
    expect(await warningsAfter(() => {})).toEqual([]);
  });

  it('an image from another site: made a link, and named with its line', async () => {
    const warnings = await warningsAfter((c) =>
      c.edit(ARTICLE, (t) => `${t}\nA photo: ![Podium](https://images.example.net/podium.jpg) {#p-photo}\n`),
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        file: ARTICLE,
        where: expect.stringMatching(/^line \d+$/),
        value: 'https://images.example.net/podium.jpg',
        problem: expect.stringMatching(/shown as a link/),
      }),
    ]);
  });

  it('the same text imported a second time under another id', async () => {
    const warnings = await warningsAfter((c) => {
      c.write('content/originals/weaken-again.txt', c.read('content/originals/001_7b68270386ca01f4.txt'));
      c.write(
        'content/articles/weaken-again.md',
        c
          .read(ARTICLE)
          .replace(/^added: .*$/m, 'added: 2026-11-30')
          .replace(/^original: .*$/m, 'original: weaken-again.txt'),
      );
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        file: 'content/articles/weaken-again.md',
        problem: 'its text is already in the briefing as content/articles/alliance-would-weaken.md',
      }),
    );
    // A source added after the analysis was written is one the analysis does not know yet.
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: 'content/analysis/snapshot.mdx', where: 'writtenFrom', value: 'weaken-again' }),
    );
  });
});

describe('content check: words quoted that are not source text', () => {
  const FRAMING = 'content/framing/alliance-would-weaken.yaml';
  const withProgrammeTitle = (c: ReturnType<typeof copyContent>) =>
    c.edit(FRAMING, (t) =>
      t.replace(
        'note: The outlet glosses what her words underline.',
        'note: The outlet glosses her words, as the programme “Hodo Station” did not.',
      ),
    );

  it('are refused when not listed', async () => {
    const problems = await problemsAfter(withProgrammeTitle);
    expect(problems).toEqual([
      expect.objectContaining({ file: FRAMING, where: 'passages[0].note', value: '“Hodo Station”' }),
    ]);
  });

  it('are accepted when the file lists them under notFromSources', async () => {
    const problems = await problemsAfter((c) => {
      withProgrammeTitle(c);
      c.edit(FRAMING, (t) => `${t}notFromSources: [Hodo Station]\n`);
    });
    expect(problems).toEqual([]);
  });
});

describe('content check: harmless variations are accepted', () => {
  it('a byte-order mark and Windows line ends', async () => {
    const problems = await problemsAfter((c) => c.write(ARTICLE, `\uFEFF${c.read(ARTICLE).replace(/\n/g, '\r\n')}`));
    expect(problems).toEqual([]);
  });

  // A metadata note quotes a heading printed only in the saved page; the quotation check reads it
  // there, so each reference must be read as the page's text: `&constructor;` is no entity (not
  // Object's constructor), and `&#x110000;` is past the last code point (not a crash of the build).
  it.each(['&constructor;', '&#x110000;'])('an HTML original whose heading holds %s', async (reference) => {
    const heading = `Alliance ${reference} at risk`;
    const problems = await problemsAfter((c) => {
      const text = c.read(ORIGINAL).replace(/&/g, '&amp;').replace(/</g, '&lt;');
      c.write(
        'content/originals/weaken.html',
        `<!doctype html><title>Page</title><h1>${heading}</h1><pre>${text}</pre>`,
      );
      c.edit(ARTICLE, (t) =>
        t
          .replace(
            /^ {2}reason: The byline credits .*$/m,
            `  reason: 'The page, headed “${heading}”, credits a team and names no publisher.'`,
          )
          .replace(/^original: .*$/m, 'original: weaken.html'),
      );
    });
    expect(problems).toEqual([]);
  });
});
