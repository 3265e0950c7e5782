/**
 * Landing on the words: a company or version page opened from a search result (`?q=…#c-…`,
 * also a shared link) marks, inside the clause the fragment names, the words the query matched, in <mark>
 * elements built from text nodes (never from markup). The search code and the shards load only
 * on such a landing; the marks go when the reader moves on to another anchor.
 */
import { tokenize } from '../../lib/search/normalize.ts';
import { searchClientFor } from './searchClient.ts';

const MARK_CLASS =
  'landing-mark rounded-sm bg-(--color-paper) px-0.5 font-semibold text-(--color-ink) underline decoration-(--color-accent) decoration-2 underline-offset-2';
/** Text the marks never go into: the clause's own tools (copy link, cite, "cited for" chips). */
const SKIPPED = '.clause-tools, .cited-by, button, svg';

/** Removes the landing marks, leaving their text where it was. */
function clearMarks(): void {
  for (const mark of document.querySelectorAll('mark.landing-mark')) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

/**
 * Marks, in the element's text, the words whose normalised form is one of `terms`, a run of
 * them (only spaces or hyphens between) in one mark: "third party".
 */
function markTerms(root: Element, terms: ReadonlySet<string>): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest(SKIPPED)) nodes.push(node as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const runs: [number, number][] = [];
    for (const token of tokenize(text)) {
      if (token.compound || !terms.has(token.term)) continue;
      const last = runs.at(-1);
      if (last && /^[\s\u00a0\-\u2010\u2011]*$/.test(text.slice(last[1], token.start))) last[1] = token.end;
      else runs.push([token.start, token.end]);
    }
    // Split from the end, so that earlier offsets stay valid.
    for (const [start, end] of runs.reverse()) {
      const tail = node.splitText(start);
      tail.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      tail.replaceWith(mark);
      mark.append(tail);
      marked++;
    }
  }
  return marked;
}

/** Marks the query's words in the clause the URL lands on, as search matched them there. */
async function markLanding(): Promise<void> {
  const query = new URLSearchParams(location.search).get('q')?.trim();
  const id = decodeURIComponent(location.hash.slice(1));
  const clause = id.startsWith('c-') ? document.getElementById(id) : null;
  const host = document.querySelector<HTMLElement>('site-search');
  // A company page (its main version) or one version's page: /companies/<slug>/<date>/.
  const [, company, date] = /\/companies\/([^/]+)\/(?:(\d{4}-\d{2}-\d{2})\/)?$/.exec(location.pathname) ?? [];
  if (!query || !clause || !host || !company) return;
  const response = await searchClientFor(host).search(query, {
    company,
    limit: 1000,
    versions: date ? 'all' : 'main',
  });
  const hit = response?.hits.find((h) => h.clauseId === id && (!date || h.versions.includes(date)));
  if (!hit) return;
  // The words search marked in the clause's text, as normalised terms.
  const terms = new Set(hit.ranges.flatMap(([a, b]) => tokenize(hit.text.slice(a, b)).map((t) => t.term)));
  if (location.hash.slice(1) === encodeURIComponent(id) || location.hash.slice(1) === id) markTerms(clause, terms);
}

export function bindLandingMarks(): void {
  window.addEventListener('hashchange', clearMarks);
  markLanding().catch((error: unknown) => console.error('Search failed:', error));
}
