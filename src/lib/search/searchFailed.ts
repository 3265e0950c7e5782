/**
 * What the reader is told when search fails — its code or the index did not load, the index is
 * corrupt, or the engine threw: never "nothing found". A module of its own, so that the page's
 * first script can say it without loading the search code. Pure: no DOM.
 */
export const SEARCH_FAILED = 'Search failed — reload the page.';
