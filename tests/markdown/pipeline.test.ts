import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { briefingPlugins } from '../../src/markdown/pipeline';
import { fixtureRecognisers } from '../support/fixture-recognisers';

/**
 * Each folder in tests/fixtures/markdown/ is a case: `input.md`, the hand-written `output.html` a
 * reader should get, and optionally `config.json` ({ "frontmatter": … }). The input goes through
 * Astro's real unified processor with the briefing's plugins, as in the build.
 */
const fixtures = join(import.meta.dirname, '../fixtures/markdown');
const recognisers = fixtureRecognisers();
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const processor = await createMarkdownProcessor({
    ...briefingPlugins({ recognisers, factHref: (id) => `/facts/${id}/` }),
    smartypants: false,
  });
  return processor.render(markdown, { frontmatter });
}

/** Whitespace between tags does not matter; derived ids (text + hash) are checked elsewhere. */
function normalise(html: string): string {
  return html
    .replace(/>\s+</g, '><')
    .replace(/id="p-[^"]*-[0-9a-z]{7}(-\d+)?"/g, 'id="DERIVED"')
    .trim();
}

describe('briefing Markdown pipeline (fixtures)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(fixtures, name);
    const config = existsSync(join(dir, 'config.json'))
      ? JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
      : {};
    const { code } = await render(readFileSync(join(dir, 'input.md'), 'utf8'), config.frontmatter);
    expect(normalise(code)).toBe(normalise(readFileSync(join(dir, 'output.html'), 'utf8')));
  });
});

describe('briefing Markdown pipeline (data for the fact graph)', () => {
  it('exports every block with its id, kind, text, the facts it mentions and why', async () => {
    const { metadata } = await render(readFileSync(join(fixtures, 'fact-mentions/input.md'), 'utf8'));
    expect(metadata.frontmatter.blocks).toEqual([
      {
        id: 'p-one',
        kind: 'paragraph',
        text: 'In a televised debate before the February 8 Lower House election, the alliance would “collapse”.',
        mentions: ['remarks', 'election'],
        mentionReasons: [
          { fact: 'remarks', by: 'rule', rule: 'tv', cues: [{ list: 'tv', words: 'televised debate' }] },
          {
            fact: 'election',
            by: 'rule',
            rule: 'day + election',
            cues: [
              { list: 'day', words: 'February 8' },
              { list: 'election', words: 'election' },
            ],
          },
        ],
      },
      {
        id: 'p-two',
        kind: 'paragraph',
        text: 'The February 8 election of another year, and her words.',
        mentions: ['remarks'],
        mentionReasons: [{ fact: 'remarks', by: 'marked', cues: [{ list: 'marked', words: 'her words' }] }],
      },
      {
        id: 'p-three',
        kind: 'paragraph',
        text: 'Already a televised interview link.',
        mentions: [],
        mentionReasons: [],
      },
    ]);
  });

  it('explains a dated mention with the date that placed it in the fact’s window', async () => {
    const frontmatter = { published: { status: 'stated', value: '2026-01-28' } };
    const { metadata } = await render('On Monday night the alliance would fall apart, she said. {#p-x}\n', frontmatter);
    const [block] = metadata.frontmatter.blocks as Array<{ mentionReasons: unknown[] }>;
    expect(block?.mentionReasons).toEqual([
      {
        fact: 'remarks',
        by: 'rule',
        rule: 'alliance + breaks',
        cues: [
          { list: 'alliance', words: 'alliance' },
          { list: 'breaks', words: 'fall apart' },
        ],
        date: { asWritten: 'On Monday night', value: '2026-01-26' },
      },
    ]);
  });

  it('gives a Japanese paragraph a short id from its opening words', async () => {
    const { metadata } = await render(
      '高市首相は２６日夜のテレビ朝日の番組で、台湾有事の際に日米が自国民退避で連携するシナリオに言及した。\n',
    );
    const [block] = metadata.frontmatter.blocks as Array<{ id: string }>;
    expect(block?.id).toMatch(/^p-高市首相は[^-]{0,7}-[0-9a-z]{7}$/);
  });

  it('records raw HTML and unsafe links for the content check', async () => {
    const { metadata } = await render('Hi <b>there</b> and [x](javascript:void(0)).\n');
    expect(metadata.frontmatter.rawHtml).toEqual([
      { line: 1, html: '<b>' },
      { line: 1, html: '</b>' },
    ]);
    expect(metadata.frontmatter.unsafeLinks).toEqual([{ line: 1, url: 'javascript:void(0)' }]);
  });

  it('takes block ids that are Object.prototype keys as plain ids', async () => {
    const { metadata } = await render(
      'The alliance would collapse. {#constructor}\n\nOne. {#toString}\n\nTwo. {#hasOwnProperty}\n',
    );
    expect(
      (metadata.frontmatter.blocks as Array<{ id: string; mentions: string[] }>).map((b) => [b.id, b.mentions]),
    ).toEqual([
      ['constructor', ['remarks']],
      ['toString', []],
      ['hasOwnProperty', []],
    ]);
  });

  it('reports explicit ids written twice, with the line of each repetition', async () => {
    const { metadata } = await render('One. {#p-same}\n\nTwo. {#p-same}\n');
    expect(metadata.frontmatter.blockIdProblems).toEqual([{ kind: 'repeated', id: 'p-same', line: 3 }]);
  });

  it('reports explicit ids that the article page uses itself, with their line', async () => {
    const { metadata } = await render('One. {#p-one}\n\nTwo. {#framing}\n\n## Three {#main}\n');
    expect(metadata.frontmatter.blockIdProblems).toEqual([
      { kind: 'reserved', id: 'framing', line: 3 },
      { kind: 'reserved', id: 'main', line: 5 },
    ]);
  });

  it('reports an id that Markdown read as formatting, which would show as text', async () => {
    const { metadata, code } = await render('One. {#__proto__}\n\nTwo. {#\\_\\_proto\\_\\_}\n');
    expect(metadata.frontmatter.blockIdProblems).toEqual([{ kind: 'unread', id: 'proto', line: 1 }]);
    expect(code).toContain('<p id="__proto__">Two.</p>');
  });

  it('fails on a :fact directive naming an unknown fact, naming the file, line and id', async () => {
    const processor = await createMarkdownProcessor({
      ...briefingPlugins({ recognisers, factHref: (id) => `/facts/${id}/` }),
      smartypants: false,
    });
    // Astro's processor logs the error (with its stack) before rethrowing it: captured here, so a passing
    // run prints no stack trace, and checked, so the logged error is the one thrown.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(
        processor.render('Line one.\n\nSee :fact[this]{#no-such-fact}.\n', {
          fileURL: new URL('file:///content/articles/x.md'),
        }),
      ).rejects.toThrow(/x\.md.*unknown fact.*line 3: "no-such-fact".*content\/facts/s);
      expect(logged).toHaveBeenCalledOnce();
      expect(String(logged.mock.calls[0]?.[0])).toMatch(/unknown fact.*"no-such-fact"/s);
    } finally {
      logged.mockRestore();
    }
  });
});
