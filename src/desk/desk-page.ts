import type { ContentProblem } from '../model/problems';
import type { BrokenDraft, ReviewWithProblems } from '../review/item-problems';
import { LIST } from '../review/edited-account';
import type { ReviewItem } from '../review/review-items';
import { escapeHtml } from '../model/escape-html';

/** What the desk shows: everything comes from the same content and review code the CLI commands use. */
export interface DeskState {
  /** The per-session token every form sends back (against cross-site requests). */
  token: string;
  /** What awaits review, each item with the problems that are its own (src/review/item-problems.ts). */
  items: ReviewWithProblems['items'];
  /** The sources of the briefing, to remove one. */
  sources: ReadonlyArray<{ id: string; label: string }>;
  /** The content's other problems, which stop the build (the items can still be reviewed). */
  problems: string;
  /** What the last action printed: the import report, the review's sentence, the removal, the build's last lines. */
  message?: { title: string; text: string; failed: boolean };
}

const hidden = (text: string) => `<span class="visually-hidden">${escapeHtml(text)}</span>`;

/** The hidden field carrying the session token, in every form. */
const tokenField = (token: string) => `<input type="hidden" name="token" value="${escapeHtml(token)}">`;

/** Accept and reject buttons for one review item; `what` says which item, for screen readers. */
function decisionForm(state: DeskState, item: ReviewItem | BrokenDraft, what: string, acceptable = true): string {
  const accept = acceptable ? `<button name="action" value="accept">Accept${hidden(` ${what}`)}</button> ` : '';
  return `<form method="post" action="/review" class="decision">${tokenField(state.token)}<input type="hidden" name="id" value="${escapeHtml(item.id)}">
${accept}<button name="action" value="reject">Reject${hidden(` ${what}`)}</button></form>`;
}

/** An item's own problems, under it: what is wrong and how to fix it (accepting waits until they are gone). */
function problemList(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return '';
  return `<div class="failed"><p>${problems.length === 1 ? 'A problem' : `${problems.length} problems`} of its own: edit or reject it, or correct the file, before accepting it.</p>
<ul class="problems">${problems.map((p) => `<li><code>${escapeHtml(p.where)}</code>${p.value === undefined ? '' : ` (“${escapeHtml(p.value)}”)`}: ${escapeHtml(p.problem)} → ${escapeHtml(p.fix)}</li>`).join('')}</ul></div>`;
}

/** One labelled field of an edit form; ids are unique per item. */
const field = (itemId: string, name: string, label: string, value: string, long = false) => {
  const id = `${itemId}-${name}`.replace(/[^\w-]/gu, '-');
  const input = long
    ? `<textarea id="${id}" name="${name}" rows="4">${escapeHtml(value)}</textarea>`
    : `<input type="text" id="${id}" name="${name}" value="${escapeHtml(value)}">`;
  return `<label for="${id}">${label}</label>${input}`;
};

const passage = (ref: string, text: string) =>
  `<figure><blockquote>${escapeHtml(text)}</blockquote><figcaption>Source passage <code>${escapeHtml(ref)}</code></figcaption></figure>`;

function itemHtml(state: DeskState, entry: DeskState['items'][number]): string {
  const { item, problems } = entry;
  const ownProblems = problemList(problems);
  const acceptable = problems.length === 0;
  if (item.kind === 'broken-draft') {
    const what = `the draft file ${item.draftId}`;
    return `<li class="item" id="${escapeHtml(item.id)}"><h3>Draft fact that cannot be read: ${escapeHtml(item.draftId)}</h3>
<p class="drafted">Not published. <code>content/drafts/${escapeHtml(item.draftId)}.yaml</code> cannot be read as a fact: correct it in your editor, or reject it (rejecting deletes the file).</p>
${ownProblems}
${decisionForm(state, item, what, false)}</li>`;
  }
  if (item.kind === 'account') {
    const a = item.account;
    const what = `the account of ${item.factTitle} from ${a.source}`;
    const rows: Array<[string, string]> = [
      [
        'Date',
        a.date
          ? `“${a.date.asWritten}” → ${a.date.value}${a.date.inferred ? ` (inferred: ${a.date.inferred})` : ''}`
          : '—',
      ],
      ['Setting', a.setting ?? '—'],
      ['Actors', a.actors.join('; ') || '—'],
      ['Words', a.wording.map((w) => `“${w}”`).join(', ') || '—'],
      ['Numbers', a.numbers.map((n) => `${n.label}: ${n.asWritten}`).join('; ') || '—'],
      ...item.leftOut.map((left): [string, string] => [
        'Left out',
        `“${left.value}” (${left.field}) because ${left.reason}`,
      ]),
    ];
    return `<li class="item" id="${escapeHtml(item.id)}"><h3>Drafted account: ${escapeHtml(item.factTitle)} <small>from ${escapeHtml(a.source)}</small></h3>
<p class="drafted">Drafted from the text, not yet reviewed.</p>
<div class="beside"><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<div>${item.passages.map((p) => passage(p.ref, p.text)).join('') || '<p>No passage recorded.</p>'}</div></div>
${ownProblems}
${decisionForm(state, item, what, acceptable)}
<details><summary>Edit${hidden(` ${what}`)}</summary><form method="post" action="/review">${tokenField(state.token)}<input type="hidden" name="id" value="${escapeHtml(item.id)}">
<p>Every value must be the source's words, exactly as it writes them; leave a field empty for none. Saving marks the account reviewed.</p>
${field(item.id, 'date', 'Date as written', a.date?.asWritten ?? '')}${field(item.id, 'value', 'Date as resolved (YYYY-MM-DD, YYYY-MM or YYYY)', a.date?.value ?? '')}${field(item.id, 'setting', 'Setting', a.setting ?? '')}${field(item.id, 'actors', `Actors, separated by “${LIST.trim()}”`, a.actors.join(LIST))}${field(item.id, 'words', `Characterising words, separated by “${LIST.trim()}”`, a.wording.join(LIST))}
<button name="action" value="edit">Save the account, reviewed${hidden(` ${what}`)}</button></form></details></li>`;
  }
  if (item.kind === 'draft-fact') {
    const what = `the draft fact ${item.data.title}`;
    return `<li class="item" id="${escapeHtml(item.id)}"><h3>Draft fact: ${escapeHtml(item.data.title)}</h3>
<p class="drafted">Not published until accepted. <code>content/drafts/${escapeHtml(item.draftId)}.yaml</code></p>
<div class="beside"><dl><dt>Kind</dt><dd>${escapeHtml(item.data.kind)}</dd><dt>Date</dt><dd>${escapeHtml(item.data.date?.start ?? '—')}</dd><dt>Summary</dt><dd>${escapeHtml(item.data.summary)}</dd></dl>
<div>${
      item.wouldLink
        .slice(0, 3)
        .map((p) => passage(p.ref, p.text))
        .join('') || '<p>Its rules link no passage yet.</p>'
    }</div></div>
${ownProblems}
${decisionForm(state, item, what, acceptable)}
<details><summary>Edit${hidden(` ${what}`)}</summary><form method="post" action="/review">${tokenField(state.token)}<input type="hidden" name="id" value="${escapeHtml(item.id)}">
${field(item.id, 'title', 'Title', item.data.title)}${field(item.id, 'date', 'Date (YYYY-MM-DD)', item.data.date?.start ?? '')}${field(item.id, 'summary', 'Summary', item.data.summary, true)}
<button name="action" value="edit">Save the draft${hidden(` ${what}`)}</button></form></details></li>`;
  }
  const what = `the link from ${item.ref} to ${item.factId}`;
  return `<li class="item" id="${escapeHtml(item.id)}"><h3>Doubtful link: ${escapeHtml(item.ref)} → ${escapeHtml(item.factId)}</h3>
<p>${escapeHtml(item.doubt)}; made by ${escapeHtml(item.reason)}.</p>
${passage(item.ref, item.text)}
${ownProblems}
${decisionForm(state, item, what, acceptable)}</li>`;
}

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
a{color:#0645ad}h1{margin-top:0}section{margin-block:2rem}fieldset{margin-block:1rem}label{display:block;font-weight:600;margin-top:.5rem}
input[type=url],input[type=text],textarea{width:100%;box-sizing:border-box;font:inherit}button{font:inherit;padding:.3rem .9rem;margin:.2rem .3rem .2rem 0}
:focus-visible{outline:3px solid #1a56c4;outline-offset:2px}.item{border:1px solid #767676;padding:.5rem 1rem;margin-block:1rem;list-style:none}
ol.items{padding:0}.beside{display:grid;grid-template-columns:minmax(12rem,1fr) 2fr;gap:1rem}@media (max-width:40rem){.beside{display:block}}
blockquote{margin:0;padding-left:.8rem;border-left:.3rem solid #767676}figcaption{font-size:.9rem}dt{font-weight:600}dd{margin:0 0 .4rem}
.drafted{font-style:italic}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:.5rem}
.failed{border-left:.4rem solid #a40000;padding-left:.5rem}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

/**
 * The desk: one server-rendered page, usable with the keyboard and without script — add a source,
 * review what a machine drafted beside the passage it came from, remove a source, rebuild. Every
 * form posts to the desk server (scripts/lib/desk-server.ts), which writes through the CLI's code.
 */
export function deskPage(state: DeskState): string {
  const message = state.message
    ? `<section aria-labelledby="done" class="${state.message.failed ? 'failed' : 'done'}" role="status"><h2 id="done">${escapeHtml(state.message.title)}</h2><pre>${escapeHtml(state.message.text)}</pre></section>`
    : '';
  const problems = state.problems
    ? `<section aria-labelledby="problems" class="failed"><h2 id="problems">The content has problems</h2><p>The build refuses the content until these are corrected in the files (<code>npm run check</code> lists every problem); the items below can still be reviewed.</p><pre>${escapeHtml(state.problems)}</pre></section>`
    : '';
  const items =
    state.items.length > 0
      ? `<ol class="items">${state.items.map((entry) => itemHtml(state, entry)).join('\n')}</ol>`
      : '<p>Nothing awaits review.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Editor's desk — briefing</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Editor's desk</h1>
<p>Runs on this computer only. Changes are written into <code>content/</code> exactly as <code>npm run add-source</code>, <code>review</code> and <code>remove-source</code> write them; <code>npm run dev</code> shows them live, or rebuild below.</p>
${message}
${problems}
<section aria-labelledby="add"><h2 id="add">Add a source</h2>
<form method="post" action="/add" enctype="multipart/form-data">${tokenField(state.token)}
<label for="address">The article's address</label><input type="url" id="address" name="address" placeholder="https://…" autocomplete="off">
<label for="text">Or its text, pasted</label><textarea id="text" name="text" rows="5"></textarea>
<label for="file">Or a saved page or text file</label><input type="file" id="file" name="file" accept=".html,.htm,.txt,.md">
<button>Add the source</button></form></section>
<section aria-labelledby="review"><h2 id="review">Awaiting review (${state.items.length})</h2>${items}</section>
<section aria-labelledby="sources"><h2 id="sources">Sources (${state.sources.length})</h2>
<ul>${state.sources.map((s) => `<li>${escapeHtml(s.label)} <code>${escapeHtml(s.id)}</code> <form method="post" action="/remove" class="inline">${tokenField(state.token)}<input type="hidden" name="id" value="${escapeHtml(s.id)}"><button>Remove${hidden(` ${s.id}`)}</button></form></li>`).join('\n')}</ul></section>
<section aria-labelledby="publish"><h2 id="publish">See the pages</h2>
<form method="post" action="/build">${tokenField(state.token)}<button>Rebuild the site</button></form>
<p>Or run <code>npm run dev</code> and open <a href="http://localhost:4321/">http://localhost:4321/</a>: it shows every change as you save.</p></section>
</main>
</body>
</html>
`;
}
