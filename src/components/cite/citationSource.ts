/**
 * Reads, in the browser, what a citation names about a policy: the facts the page lists once
 * per cited policy (`CitationSources.astro`: `[data-citation-source="<slug>"]`). The page's
 * own address is in pageUrl.ts.
 */
import type { CitedPolicy } from '../../lib/cite/citation.ts';

/** The policy facts listed on the page for `slug` (the page's only policy when no slug is given); null when none. */
export function citedPolicy(slug?: string): CitedPolicy | null {
  const selector = slug ? `[data-citation-source="${CSS.escape(slug)}"]` : '[data-citation-source]';
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return null;
  const d = el.dataset;
  return {
    company: d['company'] ?? '',
    title: d['title'] ?? '',
    domain: d['domain'] ?? '',
    archivedOn: d['archivedOn'] ?? '',
    snapshotUrl: d['snapshotUrl'] ?? '',
  };
}
