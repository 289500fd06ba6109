/**
 * `npm run add-source -- <file> [flags]`: imports a source article (plain text, saved HTML page or
 * Markdown) into the briefing. Thin command line over `src/import/`: it parses arguments, reads and
 * writes files, prints the report, and sets the exit code (0 written, 1 refused: nothing written).
 */
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readBriefingSettings } from '../src/loader/briefing-settings';
import { buildReport } from '../src/import/report/build-report';
import { readInputFile } from '../src/import/input/read-input-file';
import { fetchPage, isWebAddress, type FetchedPage } from '../src/import/input/fetch-url';
import {
  checkContentRoot,
  contentPaths,
  refuseSecondImport,
  takenArticleIds,
  writeImport,
} from '../src/import/write/content-files';
import { writeDrafts, type DraftedFiles } from '../src/import/write/draft-files';
import { formatReport } from '../src/import/report/format-report';
import { formatImportError, ImportError } from '../src/import/import-error';
import { factSummaries } from '../src/import/report/load-fact-summaries';
import { readFacts } from '../src/loader/read-collection';
import { compileRecognisers } from '../src/recognition/compile-recognisers';
import { loadKnownArticles } from '../src/import/report/repeated-text';
import { planImport } from '../src/import/plan-import';
import { validateFlags } from '../src/import/validate-flags';

const USAGE = `Usage: npm run add-source -- <file or https:// address> [options]

Imports a source article into content/: the Markdown version in articles/<id>.md, the file exactly
as received in originals/<id>.<ext>. Reads plain text (.txt), a saved web page (.html) or Markdown (.md);
given an address, it fetches the page (http or https, at most 10 MB, 30 s) and reads it as a saved page.
It also drafts the source's account of every known fact it mentions (written into the fact files,
marked drafted) and a draft fact in drafts/ for each dated event no fact covers: review them with
npm run review.

Options (each value as the source states it; recorded as "stated"):
  --title T            headline
  --author A           byline
  --publisher P        outlet
  --published YYYY-MM-DD
  --url U              the article's address (http or https)
  --language L         BCP 47 tag, e.g. en or ja
Editorial options:
  --id ID              article id (default: from the headline, else the URL, else publisher and date)
  --added YYYY-MM-DD   date the briefing adds the source (default: today)
  --content-dir DIR    content root with articles/, originals/, facts/ (default: content)
  -h, --help           show this help
`;

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** Where the command writes: the process's streams, or a test's. */
export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Runs the command: an address is fetched first (src/import/input/fetch-url.ts) and then imported
 * exactly as a saved file is; returns the exit code.
 */
export async function run(argv: string[], io: Output = process): Promise<number> {
  // The argument, not a flag's value: `--url https://…` names the address of a file being imported.
  const address = parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).positionals.find(
    isWebAddress,
  );
  if (address === undefined) return main(argv, io);
  try {
    return main(argv, io, await fetchPage(address));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    io.stderr.write(`${formatImportError(address, error)} (nothing was written)\n`);
    return 1;
  }
}

/** The command's options; every one but --help takes a value. */
const OPTIONS = {
  url: { type: 'string' },
  publisher: { type: 'string' },
  published: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  language: { type: 'string' },
  id: { type: 'string' },
  added: { type: 'string' },
  'content-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the command with its arguments (the page already fetched when the argument is an address); returns the exit code. */
export function main(argv: string[], io: Output = process, fetched?: FetchedPage): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    io.stderr.write(`add-source: ${(error as Error).message} → see npm run add-source -- --help\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    const problem = file === undefined ? 'no file given' : `one file at a time (got ${positionals.length})`;
    io.stderr.write(`add-source: ${problem} → npm run add-source -- <file> [options]; see --help\n`);
    return 1;
  }

  try {
    const flags = validateFlags(fetched ? { ...values, url: values.url ?? fetched.url } : values);
    // npm runs scripts from the project root; paths the editor typed are relative to where they were
    // (INIT_CWD). The default content folder is the project's own.
    const typedFrom = process.env.INIT_CWD ?? process.cwd();
    const contentDir =
      values['content-dir'] === undefined ? resolve('content') : resolve(typedFrom, values['content-dir']);
    const paths = contentPaths(contentDir);
    checkContentRoot(paths);
    const bytes = fetched?.bytes ?? readInputFile(resolve(typedFrom, file));
    if (flags.id === undefined) refuseSecondImport(paths, bytes);
    const plan = planImport({
      fileName: fetched?.fileName ?? file,
      bytes,
      flags: flags.metadata,
      id: flags.id,
      added: flags.added ?? today(),
      takenIds: takenArticleIds(paths.articles),
      articlesDir: paths.articles,
    });
    // The report is built before writing: a broken fact rule stops the import, not half of it.
    const facts = readFacts(paths.facts).valid;
    const report = buildReport(plan, {
      recognisers: compileRecognisers(facts).recognisers,
      summaries: factSummaries(facts),
      articles: loadKnownArticles(paths.articles),
      // Best effort: a content folder elsewhere (--content-dir) may have no settings file.
      sourceLanguages: readBriefingSettings(dirname(contentDir)).settings?.sourceLanguages,
    });
    const written = writeImport(paths, plan);
    // The article is in; drafting is help for the editor, so a failure there is said, never fatal.
    let drafted: DraftedFiles | { failed: string } = { accounts: [], facts: [] };
    try {
      drafted = writeDrafts(paths, plan, report, facts);
    } catch (error) {
      drafted = { failed: error instanceof Error ? error.message : String(error) };
    }
    io.stdout.write(formatReport(plan, report, written, drafted));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr.write(`${formatImportError(file, error)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`add-source: ${file}: ${message} → nothing was written; please report this with the file\n`);
    }
    return 1;
  }
}

// Run only as a script: tests import `main` and call it with their own output.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await run(process.argv.slice(2));
