/**
 * Where clause search runs in the browser: on the page's own thread, or in a Web Worker.
 *
 * On the page, a keystroke's results are in the DOM before the browser draws its next frame,
 * so they appear with the typed character. A worker's answer is a posted message, and Chromium
 * defers posted messages after a key press until that frame has been drawn: results from a
 * worker appear one frame later (measured: 28 ms against 9 ms for the header box at five
 * policies). A small index loads and searches in a few milliseconds, so it runs on the page.
 * A large one would not: at 31,000 clauses the index is 9 MB, preparing it takes 400 ms and a
 * query up to 10 ms, which would block typing; it goes to a worker. Decided at build time from
 * the clause count, so every page of one build searches the same way; `SEARCH_ON=page|worker`
 * at build time overrides it (the sub-path build uses the worker, so the tests cover both).
 * Pure: no DOM.
 */
export type SearchPlacement = 'page' | 'worker';

/**
 * Up to this many clauses, search runs on the page (about 60 policies; preparing ~25 ms).
 * @internal Exported for its tests; production code reaches it through this module.
 */
export const PAGE_SEARCH_MAX_CLAUSES = 2_000;

/**
 * Where search runs for an index of `clauses` clauses, unless `override` (SEARCH_ON) says.
 * @throws Error naming the variable when the override is neither "page" nor "worker".
 */
export function searchPlacement(clauses: number, override?: string): SearchPlacement {
  if (override === 'page' || override === 'worker') return override;
  if (override)
    throw new Error(
      `SEARCH_ON must be "page" or "worker" (or unset, to decide by the number of clauses), not "${override}".`,
    );
  return clauses <= PAGE_SEARCH_MAX_CLAUSES ? 'page' : 'worker';
}

/** Reads a placement from a `data-search-on` attribute; anything else means the worker. */
export function parsePlacement(value: string | undefined): SearchPlacement {
  return value === 'page' ? 'page' : 'worker';
}
