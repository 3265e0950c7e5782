/**
 * The ids the site's own markup and scripts give elements: the layout's namespace. A policy's
 * heading never takes one (`parseDocument` renames such a heading `section-<slug>`), so a
 * policy cannot collide with the page around it, whatever its headings say.
 * An integration test (edge-builds) fails on any id a built company page holds that is neither
 * the policy's own, a practice's, nor reserved here; `check:links` fails on any duplicate id.
 * Pure: no Astro.
 */

/**
 * Single ids of the layout and the pages.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export const LAYOUT_IDS = [
  // every page: BaseLayout, the header's search box
  'main',
  'site-search',
  'site-search-listbox',
  // a company page's own sections
  'atlas-provenance',
  'atlas-practices',
  'atlas-text',
  // other pages (reserved all the same: a policy may one day be shown beside them)
  'companies',
  'copy-link-status',
  'glance',
  'home-search',
  'intro',
  'legend-heading',
  'matrix',
  'matrix-heading',
  'mx-view-quotes',
  'nf-companies',
  'nf-places',
  'notfound-search',
  'open-data',
  'open-data-heading',
  'preview-caption',
  'search-company',
  'search-practice',
  'search-q',
  'tally',
  'tally-heading',
  'toc-side',
  'toc-title',
] as const;

/**
 * Families of ids the layout and scripts make (`site-search-option-…`, `search-hit-…`,
 * `answer-<practice>`, `taxonomy-group-…`): no policy heading id starts with one.
 */
const LAYOUT_ID_PREFIXES = [
  'atlas-',
  'site-search-',
  'search-',
  'answer-',
  'toc-',
  'taxonomy-group-',
  'group-',
] as const;

const exact: ReadonlySet<string> = new Set(LAYOUT_IDS);

/** Whether the layout owns `id`: one of its ids, or in one of its families. */
export function isLayoutId(id: string): boolean {
  return exact.has(id) || LAYOUT_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
