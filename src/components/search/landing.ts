/**
 * Loads landingMarks.ts only on a page opened from a search result (`?q=…#c-…`): other visits
 * to a company page load nothing more.
 */
if (new URLSearchParams(location.search).has('q') && location.hash.startsWith('#c-'))
  void import('./landingMarks.ts').then((m) => m.bindLandingMarks());
