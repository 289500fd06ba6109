import type { ContentProblem } from '../model/problems';
import { escapeHtml } from '../model/escape-html';

/**
 * The page `astro dev` answers with while the content has problems: every problem as server-rendered
 * HTML (file, where, value, what is wrong, what to do), readable without script and with no request
 * elsewhere; the style is inline so nothing else need load. It replaces Astro's error overlay, whose
 * page is empty unless JavaScript runs.
 */
export function problemsPage(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const items = problems
    .map(
      (
        p,
      ) => `<li><p><code>${escapeHtml(p.file)}</code> — ${escapeHtml(p.where)}${p.value === undefined ? '' : ` (value: <code>${escapeHtml(JSON.stringify(p.value))}</code>)`}</p>
<p>${escapeHtml(p.problem)}</p>
<p>→ ${escapeHtml(p.fix)}</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The content has ${count} — briefing preview</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}li{margin-block:1rem;padding:.5rem 1rem;border-inline-start:.3rem solid #a40000}li p{margin:.25rem 0}code{font-size:.95em;overflow-wrap:anywhere}</style>
</head>
<body>
<main>
<h1>The content has ${count}</h1>
<p>The preview shows the briefing again once they are fixed: save the file and reload this page. <code>npm run check</code> lists the same problems in the terminal.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
