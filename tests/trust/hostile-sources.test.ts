import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check-content';
import { analyseArticle } from '../../src/markdown/analyse-article';
import { fixtureRecognisers } from '../support/fixture-recognisers';
import { briefingPlugins } from '../../src/markdown/pipeline';
import { rehypeSanitizeSource } from '../../src/markdown/sanitize-schema';
import { hostileCases, type HostileFinding } from '../fixtures/hostile/cases';
import { copyContent } from '../support/content-copy';
import { liveMarkup } from './live-markup';

/**
 * Every hostile body goes through both ways the briefing renders Markdown — `analyseArticle` (the
 * content check) and Astro's own unified processor with the briefing's plugins (the build) — and the
 * output, parsed as a browser would, must hold nothing live. The content check must name each case.
 */
const recognisers = fixtureRecognisers();
const pipeline = { recognisers, factHref: (id: string) => `/facts/${id}/` };
const ARTICLE = 'content/articles/alliance-would-weaken.md';

/** The problem text the content check uses for each kind of finding. */
const PROBLEM: Record<HostileFinding, RegExp> = { 'raw-html': /raw HTML/, 'unsafe-link': /could run script/ };

let astro: Awaited<ReturnType<typeof createMarkdownProcessor>>;
beforeAll(async () => {
  // briefingPlugins returns unified's PluggableList, which Astro's narrower plugin type does not name.
  const options = { ...briefingPlugins(pipeline), smartypants: false } as Parameters<typeof createMarkdownProcessor>[0];
  astro = await createMarkdownProcessor(options);
});

describe('hostile source bodies', () => {
  it(`has at least 15 cases (${hostileCases.length})`, () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(hostileCases.map((c) => c.name)).size).toBe(hostileCases.length);
  });

  it.each(hostileCases)('$name: nothing live after analyseArticle', async ({ body }) => {
    const { html } = await analyseArticle(body, { ...pipeline, path: 'content/articles/hostile.md' });
    expect(liveMarkup(html), html).toEqual([]);
  });

  it.each(hostileCases)("$name: nothing live after Astro's processor", async ({ body }) => {
    const { code } = await astro.render(body, { frontmatter: {} });
    expect(liveMarkup(code), code).toEqual([]);
  });

  it.each(hostileCases)(
    '$name: analyseArticle records exactly what the content check will report',
    async ({ body, expect: findings }) => {
      const { rawHtml, unsafeLinks } = await analyseArticle(body, pipeline);
      expect(rawHtml.length > 0, `raw HTML recorded: ${JSON.stringify(rawHtml)}`).toBe(findings.includes('raw-html'));
      expect(unsafeLinks.length > 0, `unsafe links recorded: ${JSON.stringify(unsafeLinks)}`).toBe(
        findings.includes('unsafe-link'),
      );
    },
  );
});

describe('the sanitiser alone (defence in depth)', () => {
  /** Markdown → HTML with raw HTML and every address let through, as if the remark guards were gone. */
  const unguarded = (body: string) =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeStringify, { allowDangerousHtml: true })
        .processSync(body),
    );
  const sanitised = (html: string) =>
    String(
      unified().use(rehypeParse, { fragment: true }).use(rehypeSanitizeSource).use(rehypeStringify).processSync(html),
    );

  it('the checker itself sees live markup', () => {
    const live =
      '<script>x</script><img src=x onerror=alert(1)><a href="java&#x09;script:alert(1)">a</a><p style="color:red">p</p><img src="http://example.org/a.png">';
    expect(liveMarkup(live).map((found) => found.problem)).toEqual([
      '<script> element',
      'event handler attribute onError',
      'href="java\\tscript:alert(1)" (scheme javascript:)',
      'style attribute "color:red"',
      'src="http://example.org/a.png" (scheme http:)',
    ]);
  });

  it('every case that is dangerous when unguarded is live before sanitising', () => {
    const dangerous = hostileCases.filter((c) => c.expect.length > 0);
    const inertAnyway = dangerous.filter((c) => liveMarkup(unguarded(c.body)).length === 0).map((c) => c.name);
    // Markdown → HTML percent-encodes a tab in an address (java%09script:), and a browser reads
    // java%09script: and java%0ascript: as relative paths: these two are harmless even unguarded.
    expect(inertAnyway).toEqual([
      'tab inside the scheme, entity-encoded (java&#x09;script:)',
      'percent-encoded newline inside the scheme (java%0ascript:)',
    ]);
  });

  it.each(hostileCases)('$name: nothing live after sanitising unguarded HTML', ({ body }) => {
    const html = sanitised(unguarded(body));
    expect(liveMarkup(html), html).toEqual([]);
  });
});

describe('the content check on hostile sources', () => {
  // One scratch copy of content/ for all cases: each case rewrites the same article's body.
  let scratch: ReturnType<typeof copyContent>;
  let original: string;
  beforeAll(() => {
    scratch = copyContent();
    original = scratch.read(ARTICLE);
  });
  afterAll(() => scratch?.remove());

  it.each(hostileCases)('$name', async ({ body, expect: findings }) => {
    const appendedAt = original.trimEnd().split('\n').length + 2;
    scratch.write(ARTICLE, `${original.trimEnd()}\n\n${body}\n`);
    const { problems } = await checkContent(scratch.root);
    const report = JSON.stringify(problems, null, 2);
    for (const finding of findings) {
      const match = problems.find((p) => p.file === ARTICLE && PROBLEM[finding].test(p.problem));
      expect(match, `${finding} not reported; problems were:\n${report}`).toBeDefined();
      // The line must point into the hostile text, counted in the whole file (frontmatter included).
      const line = Number(/^line (\d+)$/.exec(match?.where ?? '')?.[1]);
      expect(line, `where: ${match?.where}`).toBeGreaterThanOrEqual(appendedAt);
      expect(match?.fix.length).toBeGreaterThan(10);
    }
    if (findings.length === 0) expect(problems, 'looks dangerous but is only text: no problem expected').toEqual([]);
  });
});
