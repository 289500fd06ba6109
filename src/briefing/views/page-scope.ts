import type { BriefingSettings } from '../../schemas/briefing';
import type { FramingData } from '../../schemas/framing';
import type { Briefing } from './briefing';
import { paths } from '../../model/paths';
import { valueDigest } from './value-digest';

/**
 * The `cacheKey` of each page Astro's incremental build may restore instead of rendering
 * (`experimental.incrementalBuild` in astro.config.mjs): a digest of exactly the data the page shows.
 * Astro renders a page again when its key or the code it imports changed, so each key covers everything
 * its template reads — the page's own entry (by its digest) and the shared values it shows: other
 * sources' labels and headlines, facts' titles, counts, the settings in the page frame. No key holds the
 * number of sources or a source's rank among them (the pages name neither), and an article's key holds only
 * its previous and next source: adding a source re-renders its neighbours, the facts it mentions and the
 * pages made from the whole briefing (the lists, keyed by every content file), and restores every
 * other article and fact page. A value a
 * template starts to show must be added here, or the page goes stale (tests/build/incremental-build.test.ts
 * builds incrementally and cold and compares every file).
 */
export interface PageCacheKeys {
  /** `/articles/<id>/`. */
  article(id: string): string;
  /** `/facts/<id>/`. */
  fact(id: string): string;
  /** The redirect left at an old id's address, pointing to `to` (a site path). */
  redirect(to: string): string;
  /**
   * A page made from the whole briefing (the snapshot, lists, feeds, data exports), by site path: it
   * changes with any content file, so such a page is restored only when nothing at all changed.
   */
  whole(path: string): string;
}

export interface PageScopeInput {
  briefing: Briefing;
  settings: BriefingSettings;
  framing: ReadonlyMap<string, FramingData['passages']>;
  /** An article's digest: its text, frontmatter, and the rules and pipeline that rendered it. */
  articleDigest(id: string): string | number | undefined;
  /** The page's title and description (head and preview card), by site path. */
  meta(path: string): unknown;
  /** A digest of every content file and of the code that read them (the loader's). */
  contentDigest: string;
}

export function pageCacheKeys({
  briefing,
  settings,
  framing,
  articleDigest,
  meta,
  contentDigest,
}: PageScopeInput): PageCacheKeys {
  // What the page frame (layouts/Base.astro, RedirectPage.astro) shows on every page.
  const frame = valueDigest(settings);
  /** How a page names another source: in lists, previous/next, passages, comparisons. */
  const source = (id: string) => ({ id, label: briefing.label(id), headline: briefing.headline(id) });
  /** A source whose own text (paragraphs, dates, what it states) the page shows. */
  const sourceWithText = (id: string) => ({
    ...source(id),
    digest: articleDigest(id),
    isNew: briefing.newSources.has(id),
  });

  return {
    article(id) {
      const article = briefing.articles.get(id);
      const { previous, next } = briefing.readingPlace.get(id) ?? {};
      return valueDigest({
        frame,
        meta: meta(paths.article(id)),
        own: sourceWithText(id),
        facts: (briefing.factsByArticle.get(id) ?? []).map((factId) => ({
          id: factId,
          title: briefing.facts.get(factId)?.data.title,
        })),
        cited: (article?.data.cites ?? []).map((citedId) => ({
          id: citedId,
          data: briefing.citedSources.get(citedId)?.data,
        })),
        framing: framing.get(id),
        previous: previous && source(previous),
        next: next && source(next),
      });
    },
    fact(id) {
      const comparison = briefing.comparisons.get(id);
      const staleness = briefing.summaryStaleness.get(id);
      const accountSources = (comparison?.accounts ?? []).map((account) => account.source);
      return valueDigest({
        frame,
        meta: meta(paths.fact(id)),
        fact: briefing.facts.get(id)?.data,
        comparison,
        backlinks: briefing.backlinks.get(id),
        passages: (briefing.passagesBySource.get(id) ?? []).map((group) => ({
          ...group,
          source: sourceWithText(group.articleId),
        })),
        related: (briefing.relatedFacts.get(id) ?? []).map((other) => ({ id: other.id, title: other.data.title })),
        staleness,
        named: [...accountSources, ...(staleness?.addedSince ?? [])].map(source),
        carriers: accountSources.map((account) => briefing.alsoCarriedBy(account).map(source)),
      });
    },
    redirect(to) {
      return valueDigest({ frame, to });
    },
    whole(path) {
      return valueDigest({ frame, meta: meta(path), content: contentDigest });
    },
  };
}
