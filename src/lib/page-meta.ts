import { formatDate, formatDateRange } from '../model/dates';
import { knownValue } from '../briefing/views/labels';
import { paths } from '../model/paths';
import { loadBriefing } from './briefing-data';

/** What a page is called and how it describes itself: used by the page head and its preview card. */
export interface PageMeta {
  /** Site-relative path of the page (no base). */
  path: string;
  /** Page type, shown above the title on the preview card. */
  kicker: string;
  title: string;
  description: string;
}

const clip = (text: string, length = 200) =>
  text.length <= length ? text : `${text.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;

let computing: Promise<PageMeta[]> | undefined;
let byPath: Promise<Map<string, PageMeta>> | undefined;

/** The title and description of every page of the site, computed once per build from the briefing. */
export function allPageMeta(): Promise<PageMeta[]> {
  computing ??= computePageMeta();
  return computing;
}

async function computePageMeta(): Promise<PageMeta[]> {
  const { briefing, analysis } = await loadBriefing();
  const snapshot = analysis.find((entry) => entry.id === 'snapshot');
  const first = briefing.timeline[0];
  const last = briefing.timeline.at(-1);
  const pages: PageMeta[] = [
    {
      path: paths.snapshot(),
      kicker: 'Story snapshot',
      title: snapshot?.data.title ?? 'Story snapshot',
      description: clip(snapshot?.data.dek ?? ''),
    },
    {
      path: paths.timeline(),
      kicker: 'Timeline',
      title: 'Timeline',
      description: `${briefing.timeline.length} dated facts in order${first && last ? `, from ${formatDateRange(first.start)} to ${formatDateRange(last.end ?? last.start)}` : ''}, with each date’s precision and the sources behind it.`,
    },
    {
      path: paths.facts(),
      kicker: 'Facts',
      title: 'Facts',
      description: `The ${briefing.facts.size} facts the sources state, with which source covers each and where they differ.`,
    },
    {
      path: paths.sources(),
      kicker: 'Sources',
      title: 'Sources',
      description: `The ${briefing.articles.size} source articles of the briefing and the ${briefing.citedSources.size} outlets and posts they cite, with what each states, leaves unstated, or what was inferred.`,
    },
    {
      path: paths.about(),
      kicker: 'About',
      title: 'About this briefing',
      description:
        'How the briefing finds what each source says, what its labels mean, how it flags differences between sources, how to report an error, and every correction and change.',
    },
    {
      path: paths.search(),
      kicker: 'Search',
      title: 'Search the briefing',
      description: `Search the ${briefing.articles.size} source articles, ${briefing.facts.size} facts, the timeline and the sources of the briefing.`,
    },
    {
      path: '/404.html',
      kicker: 'Not found',
      title: 'Page not found',
      description:
        'This address is not part of the briefing. Start from the snapshot, the timeline, the facts or the sources.',
    },
  ];
  for (const fact of briefing.facts.values()) {
    pages.push({
      path: paths.fact(fact.id),
      kicker: 'Fact',
      title: fact.data.title,
      description: clip(fact.data.summary),
    });
  }
  for (const article of briefing.articles.values()) {
    const published = knownValue(article.data.published);
    const opening =
      article.blocks.find((block) => block.kind === 'paragraph' && block.text.split(/\s+/).length > 12)?.text ?? '';
    pages.push({
      path: paths.article(article.id),
      kicker: 'Source article',
      title: briefing.headline(article.id).text,
      description: clip(`${briefing.label(article.id)}${published ? `, ${formatDate(published)}` : ''}: ${opening}`),
    });
  }
  return pages;
}

/** The meta of one page, by its site-relative path; a missing page is a programming error. */
export async function pageMeta(path: string): Promise<PageMeta> {
  byPath ??= allPageMeta().then((pages) => new Map(pages.map((page) => [page.path, page])));
  const found = (await byPath).get(path);
  if (!found) throw new Error(`No page meta for ${path}: add it to allPageMeta() in src/lib/page-meta.ts.`);
  return found;
}
