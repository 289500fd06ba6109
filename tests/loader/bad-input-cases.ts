import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { copyContent } from '../support/content-copy';

export type Scratch = Pick<ReturnType<typeof copyContent>, 'read' | 'write' | 'edit' | 'link' | 'fifo' | 'root'>;
export const ARTICLE = 'content/articles/alliance-would-weaken.md';
export const FACT = 'content/facts/tv-remarks.yaml';
export const ORIGINAL = 'content/originals/001_7b68270386ca01f4.txt';

/** A file of the scratch copy outside `content/` (a made-up secret unless given), for the cases that link to it. */
function outsideFile(c: Scratch, name: string, text = 'BRIEFING_TEST_SECRET=do-not-publish\n'): string {
  mkdirSync(join(c.root, 'outside'), { recursive: true });
  writeFileSync(join(c.root, 'outside', name), text);
  return join(c.root, 'outside', name);
}

/**
 * Each bad input must give a problem that names the file, says where (field or line) and what to do.
 */
export const badInputCases: Array<{
  name: string;
  change: (c: Scratch) => void;
  file: string;
  where: RegExp;
  problem: RegExp;
}> = [
  {
    name: 'broken YAML in frontmatter',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('title:\n  status: stated', 'title:\n  status: stated\n   bad: [')),
    file: ARTICLE,
    where: /line \d+/,
    problem: /YAML does not parse/,
  },
  {
    name: 'missing title',
    change: (c) => c.edit(ARTICLE, (t) => t.replace(/title:\n {2}status: stated\n {2}value: .*\n/, '')),
    file: ARTICLE,
    where: /^title$/,
    problem: /required field "title" is missing/,
  },
  {
    name: 'impossible date',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('value: 2026-01-27', "value: '2026-02-30'")),
    file: ARTICLE,
    where: /^published\.value$/,
    problem: /not in the calendar/,
  },
  {
    name: 'an impossible date written without quotes',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('value: 2026-01-27', 'value: 2026-02-30')),
    file: ARTICLE,
    where: /^published\.value$/,
    problem: /not in the calendar/,
  },
  {
    name: 'an impossible date the briefing was added, without quotes',
    change: (c) => c.edit(ARTICLE, (t) => t.replace(/^added: .*$/m, 'added: 2026-11-31')),
    file: ARTICLE,
    where: /^added$/,
    problem: /not in the calendar/,
  },
  {
    name: 'a date with a time and a time zone (it would shift to another day)',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('value: 2026-01-27', 'value: 2026-01-27T23:30:00-05:00')),
    file: ARTICLE,
    where: /^published\.value$/,
    problem: /YYYY-MM-DD/,
  },
  {
    name: 'a YAML alias bomb in a fact file',
    change: (c) =>
      c.write(
        'content/facts/bomb.yaml',
        `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
          { length: 12 },
          (_, i) =>
            `l${i + 1}: &l${i + 1} [${Array(9)
              .fill(i === 0 ? '*a' : `*l${i}`)
              .join(', ')}]`,
        ).join('\n')}\n`,
      ),
    file: 'content/facts/bomb.yaml',
    where: /^file$/,
    problem: /more than 50 YAML aliases/,
  },
  {
    name: 'inferred value without a reason',
    change: (c) => c.edit(ARTICLE, (t) => t.replace(/ {2}reason: The byline credits.*\n/, '')),
    file: ARTICLE,
    where: /^publisher/,
    problem: /./,
  },
  {
    name: 'malformed URL',
    change: (c) =>
      c.edit(ARTICLE, (t) => t.replace('url:\n  status: not-stated', 'url:\n  status: stated\n  value: not a url')),
    file: ARTICLE,
    where: /^url\.value$/,
    problem: /URL/i,
  },
  {
    name: 'unknown fact id in a :fact directive',
    change: (c) =>
      c.edit(ARTICLE, (t) =>
        t.replace('Speaking in a televised interview', 'Speaking in a :fact[televised interview]{#tv-remark}'),
      ),
    file: ARTICLE,
    where: /body/,
    problem: /unknown fact.*"tv-remark"/,
  },
  {
    name: 'unknown fact id in related',
    change: (c) =>
      c.edit(FACT, (t) => t.replace('related: [us-forces-scenario', 'related: [no-such-fact, us-forces-scenario')),
    file: FACT,
    where: /^related\[0\]$/,
    problem: /unknown fact id "no-such-fact"/,
  },
  {
    name: 'article citing an unknown source',
    change: (c) =>
      c.edit(ARTICLE, (t) =>
        t.replace('  - also-read-aircraft-carrier', '  - also-read-aircraft-carrier\n  - reuters'),
      ),
    file: ARTICLE,
    where: /^cites\[1\]$/,
    problem: /unknown cited source "reuters"/,
  },
  {
    name: 'duplicate paragraph id',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('{#p-televised-interview}', '{#p-lose-credibility}')),
    file: ARTICLE,
    where: /^line \d+$/,
    problem: /more than once/,
  },
  {
    name: 'alias that is another fact’s id',
    change: (c) => c.edit(FACT, (t) => `${t}\naliases: [lower-house-election]\n`),
    file: FACT,
    where: /^aliases\[0\]$/,
    problem: /already used by content\/facts\/lower-house-election/,
  },
  {
    name: 'empty body',
    change: (c) => c.edit(ARTICLE, (t) => t.slice(0, t.indexOf('---', 4) + 4)),
    file: ARTICLE,
    where: /body/,
    problem: /no text/,
  },
  {
    name: 'bytes that are not UTF-8',
    change: (c) => c.write(ARTICLE, Buffer.concat([Buffer.from(c.read(ARTICLE)), Buffer.from([0xff, 0xfe, 0x41])])),
    file: ARTICLE,
    where: /byte \d+/,
    problem: /not valid UTF-8/,
  },
  {
    name: 'a binary file',
    change: (c) => c.write('content/articles/photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
    file: 'content/articles/photo.md',
    where: /file/,
    problem: /binary/,
  },
  {
    name: 'a 5 MB article',
    change: (c) => c.edit(ARTICLE, (t) => t + `\n${'Lorem ipsum dolor sit amet. '.repeat(190_000)}\n`),
    file: ARTICLE,
    where: /file/,
    problem: /larger than/,
  },
  {
    name: 'raw <script> in the body',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\n<script>alert("x")</script>\n`),
    file: ARTICLE,
    where: /line \d+/,
    problem: /raw HTML/,
  },
  {
    name: 'a javascript: link in the body',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\nA [link](javascript:alert(1)) here.\n`),
    file: ARTICLE,
    where: /line \d+/,
    problem: /could run script/,
  },
  {
    name: 'a pattern the linear-time engine refuses',
    change: (c) => c.edit(FACT, (t) => t.replace('  not: [', "  patterns: ['(?=stark) warning']\n  not: [")),
    file: FACT,
    where: /^recognise\.patterns\[0\]$/,
    problem: /linear-time engine \(RE2\)/,
  },
  {
    name: 'a match line naming no word list',
    change: (c) => c.edit(FACT, (t) => t.replace('    - alliance + breaks', '    - alliance + braeks')),
    file: FACT,
    where: /^recognise\.match\[0\]$/,
    problem: /names “braeks”, which is not a word list/,
  },
  {
    name: 'an old regular-expression match field',
    change: (c) => c.edit(FACT, (t) => `${t}\nmatch: ['televised (debate|interview)']\n`),
    file: FACT,
    where: /^match$/,
    problem: /replaced by `recognise`/,
  },
  {
    name: 'analysis citing a missing paragraph',
    change: (c) =>
      c.edit('content/analysis/snapshot.mdx', (t) =>
        t.replace("'alliance-would-weaken#p-limited-response'", "'alliance-would-weaken#p-no-such-paragraph'"),
      ),
    file: 'content/analysis/snapshot.mdx',
    where: /keyPoints\[1\]\.cites\[1\]/,
    problem: /paragraph "alliance-would-weaken#p-no-such-paragraph" does not exist/,
  },
  {
    name: 'missing original',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('original: 001_7b68270386ca01f4.txt', 'original: missing.txt')),
    file: ARTICLE,
    where: /^original$/,
    problem: /no such file/,
  },
  {
    name: 'a file the build would ignore',
    change: (c) => c.write('content/articles/new-article.txt', 'Some text.'),
    file: 'content/articles/new-article.txt',
    where: /file name/,
    problem: /not loaded/,
  },
  {
    name: 'a file name that is not a valid id',
    change: (c) => c.write('content/articles/New Article.md', c.read(ARTICLE)),
    file: 'content/articles/New Article.md',
    where: /file name/,
    problem: /becomes part of an address/,
  },
  {
    name: 'a key point id used twice',
    change: (c) =>
      c.edit('content/analysis/snapshot.mdx', (t) => t.replace('id: kp-within-the-law', 'id: kp-alliance-warning')),
    file: 'content/analysis/snapshot.mdx',
    where: /keyPoints/,
    problem: /more than once/,
  },
  {
    name: 'a cited source naming an unknown article',
    change: (c) =>
      c.edit('content/cited-sources/chosun.yaml', (t) =>
        t.replace('citedBy: [alliance-collapse-warning]', 'citedBy: [alliance-collapse]'),
      ),
    file: 'content/cited-sources/chosun.yaml',
    where: /^citedBy\[0\]$/,
    problem: /unknown article "alliance-collapse"/,
  },
  {
    name: 'a misquotation in a fact summary (a word added)',
    change: (c) => c.edit(FACT, (t) => t.replace('“lose credibility”', '“lose all credibility”')),
    file: FACT,
    where: /^summary$/,
    problem:
      /not in the source it belongs to; the closest passage is alliance-would-weaken#p-lose-credibility: “.*lose credibility/,
  },
  {
    name: 'a misquotation in a key point',
    change: (c) =>
      c.edit('content/analysis/snapshot.mdx', (t) =>
        t.replace('“lose\n      credibility”', '“lose its\n      credibility”'),
      ),
    file: 'content/analysis/snapshot.mdx',
    where: /^keyPoints\[0\]\.text$/,
    problem: /not in the source it belongs to/,
  },
  {
    name: 'a misquotation in a date’s inference reason',
    change: (c) =>
      c.edit('content/facts/china-countermeasures.yaml', (t) =>
        t.replace('“late last year” is late 2025', '“late utterly last year” is late 2025'),
      ),
    file: 'content/facts/china-countermeasures.yaml',
    where: /^accounts\[1\]\.date\.inferred$/,
    problem: /“late utterly last year”|not in the source it belongs to; the closest passage is alliance-would-weaken#/,
  },
  {
    name: 'a misquotation in an article’s metadata reason',
    change: (c) =>
      c.edit(ARTICLE, (t) => t.replace('the “Global Leaders Insights Team”', 'the “Global Leader Insights Team”')),
    file: ARTICLE,
    where: /^publisher\.reason$/,
    problem: /not in the source it belongs to/,
  },
  {
    name: 'a misquotation in a framing note',
    change: (c) =>
      c.edit('content/framing/alliance-would-weaken.yaml', (t) =>
        t.replace(
          'note: The outlet glosses what her words underline.',
          'note: The outlet glosses her words as “coordinated action with Beijing”.',
        ),
      ),
    file: 'content/framing/alliance-would-weaken.yaml',
    where: /^passages\[0\]\.note$/,
    problem: /not in the source it belongs to; the closest passage is alliance-would-weaken#p-lose-credibility/,
  },
  {
    name: 'a misquotation in snapshot prose outside any <Cite>',
    change: (c) =>
      c.edit(
        'content/analysis/snapshot.mdx',
        (t) => `${t}\nOne source says the alliance would “lose all credibility”.\n`,
      ),
    file: 'content/analysis/snapshot.mdx',
    where: /^body, paragraph at line \d+$/,
    problem: /not in the source it belongs to/,
  },
  {
    name: 'a single-quoted misquotation in a fact title',
    change: (c) =>
      c.edit(FACT, (t) => t.replace(/^title: .*$/m, "title: Takaichi warns the alliance would 'fall apart entirely'")),
    file: FACT,
    where: /^title$/,
    problem: /not in the source it belongs to/,
  },
  {
    name: 'a Japanese quotation not in the source',
    change: (c) =>
      c.edit(FACT, (t) => t.replace(/^summary: >-$/m, 'summary: >-\n  高市首相は「同盟は崩壊する」と述べた。')),
    file: FACT,
    where: /^summary$/,
    problem: /not in the source it belongs to/,
  },
  {
    name: 'characterising words that are not in the source',
    change: (c) =>
      c.edit(FACT, (t) =>
        t.replace('wording: [collapse, crumble, stark warning]', 'wording: [collapse, crumble, dire warning]'),
      ),
    file: FACT,
    where: /^accounts\[0\]\.wording\[2\]$/,
    problem: /not in the source/,
  },
  {
    name: 'lists chained a thousand deep on one line (- - - … text)',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\n${'- '.repeat(1_120)} text\n`),
    file: ARTICLE,
    where: /line \d+/,
    problem: /nested more than 16 levels/,
  },
  {
    name: 'quotations nested hundreds of levels deep',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\n${'> '.repeat(400)}deep\n`),
    file: ARTICLE,
    where: /line \d+/,
    problem: /nested more than 16 levels/,
  },
  {
    name: 'framing evidence that is not in the paragraph',
    change: (c) =>
      c.edit('content/framing/alliance-would-weaken.yaml', (t) =>
        t.replace('Analysts say her stance reflects', 'Experts say her stance reflects'),
      ),
    file: 'content/framing/alliance-would-weaken.yaml',
    where: /^passages\[1\]\.evidence$/,
    problem: /not in paragraph p-general-election/,
  },
  {
    name: 'framing for an article that does not exist',
    change: (c) =>
      c.write(
        'content/framing/no-such-article.yaml',
        'passages:\n  - { paragraph: p-x, voice: opinion, evidence: abc, note: A note long enough. }\n',
      ),
    file: 'content/framing/no-such-article.yaml',
    where: /file name/,
    problem: /no article "no-such-article"/,
  },
  {
    name: 'an original that links to the build’s environment',
    change: (c) => c.link(ORIGINAL, '/proc/self/environ'),
    file: ORIGINAL,
    where: /^file$/,
    problem: /symbolic link/,
  },
  {
    name: 'an original that links to a file outside content/',
    change: (c) => c.link(ORIGINAL, outsideFile(c, 'secret.txt')),
    file: ORIGINAL,
    where: /^file$/,
    problem: /symbolic link/,
  },
  {
    name: 'an original that links to another original inside content/',
    change: (c) => c.link(ORIGINAL, '000_599f86e10a7d83be.txt'),
    file: ORIGINAL,
    where: /^file$/,
    problem: /symbolic link/,
  },
  {
    name: 'an unreferenced original that links outside',
    change: (c) => c.link('content/originals/spare.txt', '/proc/self/environ'),
    file: 'content/originals/spare.txt',
    where: /^file$/,
    problem: /symbolic link/,
  },
  {
    name: 'a dangling link as an original',
    change: (c) => c.link(ORIGINAL, '/no/such/file'),
    file: ORIGINAL,
    where: /^file$/,
    problem: /symbolic link/,
  },
  {
    name: 'an article that links to a file outside content/',
    change: (c) => c.link(ARTICLE, outsideFile(c, 'article.md', c.read(ARTICLE))),
    file: ARTICLE,
    where: /^file$/,
    problem: /symbolic link/,
  },
  {
    name: 'a fact file that links to a file outside content/',
    change: (c) => c.link(FACT, outsideFile(c, 'fact.yaml', c.read(FACT))),
    file: FACT,
    where: /^file$/,
    problem: /symbolic link/,
  },
  {
    name: 'the originals folder linked to a folder outside content/',
    change: (c) => {
      cpSync(join(c.root, 'content/originals'), join(c.root, 'outside/originals'), { recursive: true });
      c.link('content/originals', join(c.root, 'outside/originals'));
    },
    file: ORIGINAL,
    where: /^file$/,
    problem: /linked folder/,
  },
  {
    name: '100,000 `*a` in one paragraph (emphasis pairing is quadratic)',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\n${'*a'.repeat(100_000)}\n`),
    file: ARTICLE,
    where: /^line \d+$/,
    problem: /more than 1000 emphasis or link markers/,
  },
  {
    name: '20,000 nested links',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\n${'['.repeat(20_000)}x${'](https://example.org)'.repeat(20_000)}\n`),
    file: ARTICLE,
    where: /^line \d+$/,
    problem: /emphasis or link markers/,
  },
  {
    name: 'a [ left open for 80,000 characters (GFM autolinks inside a bracket are quadratic)',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\n[ ${'ab '.repeat(26_000)}\n`),
    file: ARTICLE,
    where: /^line \d+$/,
    problem: /opens more than 2000 characters before its \]/,
  },
  {
    name: 'many paragraphs each just under the marker limit',
    change: (c) => c.edit(ARTICLE, (t) => `${t}\n${`${'_a'.repeat(990)}\n\n`.repeat(25)}`),
    file: ARTICLE,
    where: /^body$/,
    problem: /more than 20000 emphasis or link markers/,
  },
  {
    name: 'a fact whose aliases list its own id (a redirect to itself)',
    change: (c) => c.edit(FACT, (t) => `${t}\naliases: [tv-remarks]\n`),
    file: FACT,
    where: /^aliases\[0\]$/,
    problem: /redirect to itself/,
  },
  {
    name: 'an article whose aliases list its own id',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('original: ', 'aliases: [alliance-would-weaken]\noriginal: ')),
    file: ARTICLE,
    where: /^aliases\[0\]$/,
    problem: /redirect to itself/,
  },
  {
    name: 'two facts aliasing each other’s ids (a cycle)',
    change: (c) => {
      c.edit(FACT, (t) => `${t}\naliases: [lower-house-election]\n`);
      c.edit('content/facts/lower-house-election.yaml', (t) => `${t}\naliases: [tv-remarks]\n`);
    },
    file: FACT,
    where: /^aliases\[0\]$/,
    problem: /already used by/,
  },
  {
    name: 'two originals that publish to one address (x and x.txt)',
    change: (c) => {
      c.write('content/originals/001_7b68270386ca01f4', c.read(ORIGINAL));
      c.edit('content/articles/alliance-collapse-warning.md', (t) =>
        t.replace(/^original: .*$/m, 'original: 001_7b68270386ca01f4'),
      );
    },
    file: ARTICLE,
    where: /^original$/,
    problem: /published at \/originals\/001_7b68270386ca01f4\.txt/,
  },
  {
    name: 'an original named .. (the folder itself)',
    change: (c) => c.edit(ARTICLE, (t) => t.replace(/^original: .*$/m, "original: '..'")),
    file: ARTICLE,
    where: /^original$/,
    problem: /folders, not originals/,
  },
  {
    name: 'a <Cite /> without to in the analysis',
    change: (c) =>
      c.edit('content/analysis/snapshot.mdx', (t) => `${t}\nA sentence with a citation missing its target. <Cite />\n`),
    file: 'content/analysis/snapshot.mdx',
    where: /^line \d+$/,
    problem: /<Cite> without the paragraph/,
  },
  {
    name: 'an article saved as UTF-16 (with a byte-order mark)',
    change: (c) =>
      c.write(ARTICLE, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.read(ARTICLE), 'utf16le')])),
    file: ARTICLE,
    where: /^file$/,
    problem: /UTF-16/,
  },
  {
    name: 'a fact file saved as UTF-16 without a byte-order mark',
    change: (c) => c.write(FACT, Buffer.from(c.read(FACT), 'utf16le')),
    file: FACT,
    where: /^file$/,
    problem: /UTF-16/,
  },
  {
    name: 'a correction of an unknown kind',
    change: (c) =>
      c.write(
        'content/corrections/wrong-day.yaml',
        'date: 2026-12-01\nkind: erratum\nsummary: The remarks were dated the 28th; the source says the 27th.\n',
      ),
    file: 'content/corrections/wrong-day.yaml',
    where: /^kind$/,
    problem: /./,
  },
  {
    name: 'a correction naming an unknown fact',
    change: (c) =>
      c.write(
        'content/corrections/wrong-day.yaml',
        'date: 2026-12-01\nkind: correction\nsummary: The remarks were dated the 28th; the source says the 27th.\nfacts: [tv-remark]\n',
      ),
    file: 'content/corrections/wrong-day.yaml',
    where: /^facts\[0\]$/,
    problem: /unknown fact "tv-remark"/,
  },
  {
    name: '__proto__ as a frontmatter field',
    change: (c) => c.edit(ARTICLE, (t) => t.replace(/^original: /m, '__proto__: { polluted: true }\noriginal: ')),
    file: ARTICLE,
    where: /^__proto__$/,
    problem: /cannot be a field name/,
  },
  {
    name: 'constructor as a field of a fact',
    change: (c) => c.edit(FACT, (t) => `${t}\nconstructor: 1\n`),
    file: FACT,
    where: /^constructor$/,
    problem: /cannot be a field name/,
  },
  {
    name: 'toString as the name of a word list',
    change: (c) => c.edit(FACT, (t) => t.replace(/^ {2}words:\n/m, '  words:\n    toString: [remarks]\n')),
    file: FACT,
    where: /^recognise\.words\.toString$/,
    problem: /cannot be a field name/,
  },
  {
    name: 'a named pipe as an original (reading it would never end)',
    change: (c) => c.fifo(ORIGINAL),
    file: ORIGINAL,
    where: /^file$/,
    problem: /not a regular file/,
  },
  {
    name: 'a paragraph id the article page uses itself',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('{#p-byline}', '{#framing}')),
    file: ARTICLE,
    where: /^line \d+$/,
    problem: /page uses the id "framing" for its own part/,
  },
  {
    name: 'an anchor alias the article page uses itself',
    change: (c) => c.edit(ARTICLE, (t) => t.replace(/^added: (.*)$/m, 'added: $1\nanchorAliases:\n  main: p-byline')),
    file: ARTICLE,
    where: /^anchorAliases\.main$/,
    problem: /page uses the id "main" for its own part/,
  },
  {
    name: 'a __proto__ key in anchorAliases (JavaScript would drop it)',
    change: (c) =>
      c.edit(ARTICLE, (t) => t.replace(/^added: (.*)$/m, 'added: $1\nanchorAliases:\n  __proto__: p-byline')),
    file: ARTICLE,
    where: /^anchorAliases\.__proto__$/,
    problem: /"__proto__" cannot be a field name/,
  },
  {
    name: "a quoted '__proto__' word list in a recognition rule",
    change: (c) => c.edit(FACT, (t) => t.replace('    takaichi: [', "    '__proto__': [Takaichi]\n    takaichi: [")),
    file: FACT,
    where: /^recognise\.words\.__proto__$/,
    problem: /"__proto__" cannot be a field name/,
  },
  {
    name: 'a paragraph id that Markdown reads as formatting ({#__proto__})',
    change: (c) => c.edit(ARTICLE, (t) => t.replace('{#p-byline}', '{#__proto__}')),
    file: ARTICLE,
    where: /^line \d+$/,
    problem: /Markdown read part of it as formatting/,
  },
  {
    name: 'a fact file named __proto__',
    change: (c) => c.write('content/facts/__proto__.yaml', c.read(FACT)),
    file: 'content/facts/__proto__.yaml',
    where: /file name/,
    problem: /becomes part of an address/,
  },
  {
    name: 'an article file named hasOwnProperty',
    change: (c) => c.write('content/articles/hasOwnProperty.md', c.read(ARTICLE)),
    file: 'content/articles/hasOwnProperty.md',
    where: /file name/,
    problem: /becomes part of an address/,
  },
  // Ids named like what every object has are unknown ids like any other, never found "in" an object.
  {
    name: 'a related fact named constructor that does not exist',
    change: (c) => c.edit(FACT, (t) => t.replace('related: [', 'related: [constructor, ')),
    file: FACT,
    where: /^related\[0\]$/,
    problem: /unknown fact id "constructor"/,
  },
  {
    name: 'the snapshot citing paragraph toString, which no article has',
    change: (c) =>
      c.edit('content/analysis/snapshot.mdx', (t) =>
        t.replace("'alliance-would-weaken#p-limited-response'", "'alliance-would-weaken#toString'"),
      ),
    file: 'content/analysis/snapshot.mdx',
    where: /^keyPoints\[\d+\]\.cites\[\d+\]$/,
    problem: /paragraph .*toString.* does not exist/,
  },
  {
    name: 'the snapshot citing an article named constructor, which does not exist',
    change: (c) =>
      c.edit('content/analysis/snapshot.mdx', (t) =>
        t.replace("'alliance-would-weaken#p-limited-response'", "'constructor#p-limited-response'"),
      ),
    file: 'content/analysis/snapshot.mdx',
    where: /^keyPoints\[\d+\]\.cites\[\d+\]$/,
    problem: /constructor/,
  },
  {
    name: 'a correction naming an article named constructor',
    change: (c) =>
      c.write(
        'content/corrections/wrong-day.yaml',
        'date: 2026-12-01\nkind: correction\nsummary: The remarks were dated the 28th; the source says the 27th.\narticles: [constructor]\n',
      ),
    file: 'content/corrections/wrong-day.yaml',
    where: /^articles\[0\]$/,
    problem: /unknown article "constructor"/,
  },
  {
    name: 'an anchor alias named hasOwnProperty',
    change: (c) =>
      c.edit(ARTICLE, (t) => t.replace(/^added: (.*)$/m, 'added: $1\nanchorAliases:\n  hasOwnProperty: p-byline')),
    file: ARTICLE,
    where: /^anchorAliases\.hasOwnProperty$/,
    problem: /"hasOwnProperty" cannot be a field name/,
  },
  {
    name: 'an anchor alias pointing at paragraph constructor, which the article does not have',
    change: (c) =>
      c.edit(ARTICLE, (t) => t.replace(/^added: (.*)$/m, 'added: $1\nanchorAliases:\n  p-old-byline: constructor')),
    file: ARTICLE,
    where: /^anchorAliases\.p-old-byline$/,
    problem: /constructor/,
  },
];

/**
 * The cases `tests/build/bad-input-build.test.ts` puts into one refused build each, by name; a case named
 * in no group has a build of its own. The cases of a group change different files, or different parts of
 * one file, and each group is checked by `tests/loader/bad-input.test.ts`: with all its changes made, the
 * content check still finds each case's own problem (file, where and what), and without one case's
 * change that case's problem is gone, so no other case's change can stand in for it. Cases that replace a
 * whole file, stop a file being read early or link a folder away share a build only with cases on other
 * files, or have one alone (the originals folder linked away).
 */
export const badInputBatches: readonly (readonly string[])[] = [
  [
    'broken YAML in frontmatter',
    'a YAML alias bomb in a fact file',
    'unknown fact id in a :fact directive',
    'unknown fact id in related',
    'alias that is another fact’s id',
    'a binary file',
    'a pattern the linear-time engine refuses',
    'a match line naming no word list',
    'a file the build would ignore',
    'a file name that is not a valid id',
  ],
  [
    'missing title',
    'impossible date',
    'an impossible date the briefing was added, without quotes',
    'inferred value without a reason',
    'malformed URL',
    'duplicate paragraph id',
    'raw <script> in the body',
    'a javascript: link in the body',
    'an old regular-expression match field',
    'analysis citing a missing paragraph',
  ],
  [
    'an impossible date written without quotes',
    'empty body',
    'a key point id used twice',
    'a cited source naming an unknown article',
    'a misquotation in snapshot prose outside any <Cite>',
    'a single-quoted misquotation in a fact title',
    'characterising words that are not in the source',
    'framing for an article that does not exist',
    'an original that links to the build’s environment',
    'an unreferenced original that links outside',
  ],
  [
    'a date with a time and a time zone (it would shift to another day)',
    'a misquotation in a fact summary (a word added)',
    'a misquotation in a key point',
    'a misquotation in a date’s inference reason',
    'a misquotation in a framing note',
    'framing evidence that is not in the paragraph',
    'an original that links to a file outside content/',
    'a fact whose aliases list its own id (a redirect to itself)',
    'an original named .. (the folder itself)',
    'a <Cite /> without to in the analysis',
  ],
  [
    'article citing an unknown source',
    'missing original',
    'a misquotation in an article’s metadata reason',
    'a Japanese quotation not in the source',
    'an article whose aliases list its own id',
    'two facts aliasing each other’s ids (a cycle)',
    'a correction of an unknown kind',
    'a paragraph id the article page uses itself',
    'an anchor alias the article page uses itself',
    'a fact file named __proto__',
  ],
  [
    'bytes that are not UTF-8',
    'an original that links to another original inside content/',
    'a fact file that links to a file outside content/',
    'a correction naming an unknown fact',
    'an article file named hasOwnProperty',
    'the snapshot citing an article named constructor, which does not exist',
  ],
  [
    'a 5 MB article',
    'a dangling link as an original',
    'a fact file saved as UTF-16 without a byte-order mark',
    'a correction naming an article named constructor',
  ],
  [
    'lists chained a thousand deep on one line (- - - … text)',
    '__proto__ as a frontmatter field',
    'constructor as a field of a fact',
    'a named pipe as an original (reading it would never end)',
  ],
  [
    'quotations nested hundreds of levels deep',
    'toString as the name of a word list',
    'a __proto__ key in anchorAliases (JavaScript would drop it)',
  ],
  ['an article that links to a file outside content/', "a quoted '__proto__' word list in a recognition rule"],
  [
    '100,000 `*a` in one paragraph (emphasis pairing is quadratic)',
    'a related fact named constructor that does not exist',
    'an anchor alias named hasOwnProperty',
  ],
  [
    'two originals that publish to one address (x and x.txt)',
    'a paragraph id that Markdown reads as formatting ({#__proto__})',
    'the snapshot citing paragraph toString, which no article has',
    'an anchor alias pointing at paragraph constructor, which the article does not have',
  ],
];
