import { describe, expect, it } from 'vitest';
import { rendersContent } from '../../src/integration/dev-problems-page';
import { problemsPage } from '../../src/integration/problems-page';

describe('the dev server’s problems page', () => {
  const html = problemsPage([
    {
      file: 'content/facts/a.yaml',
      where: 'date.start',
      value: '2026-02-30',
      problem: 'this day is not in the calendar',
      fix: 'check the day',
    },
    { file: 'content/articles/<b>.md', where: 'line 3', problem: 'a <script>alert(1)</script> tag', fix: 'remove it' },
  ]);

  it('lists every problem as server-rendered text, with no script', () => {
    expect(html).not.toMatch(/<script/iu);
    expect(html).toContain('<h1>The content has 2 problems</h1>');
    expect(html).toContain('<code>content/facts/a.yaml</code> — date.start (value: <code>&#34;2026-02-30&#34;</code>)');
    expect(html).toContain('a &#60;script&#62;alert(1)&#60;/script&#62; tag');
    expect(html).toContain('<code>content/articles/&#60;b&#62;.md</code>');
  });

  it('answers what Astro would render, not Vite’s modules or public files', () => {
    const isPublic = (path: string) => path === '/favicon.svg';
    expect(rendersContent('/', isPublic)).toBe(true);
    expect(rendersContent('/facts/tv-remarks/', isPublic)).toBe(true);
    expect(rendersContent('/favicon.ico', isPublic)).toBe(true);
    expect(rendersContent('/data/facts.json', isPublic)).toBe(true);
    expect(rendersContent('/favicon.svg', isPublic)).toBe(false);
    expect(rendersContent('/@vite/client', isPublic)).toBe(false);
    expect(rendersContent('/src/styles/global.css', isPublic)).toBe(false);
  });
});
