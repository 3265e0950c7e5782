/**
 * What the copy controls do when used (copyRuntime.ts loads this on a control's first
 * pointerdown, focus or key, so none of it runs with the page): copy a link, a citation or a
 * text, and confirm it (clipboard.ts).
 */
import { absoluteUrl, quoteCitation, quoteInClause } from '../../lib/cite/citation.ts';
import { citedPolicy } from './citationSource.ts';
import { pageUrl } from './pageUrl.ts';
import { copyAndConfirm } from './clipboard.ts';

/** Copies the page's absolute URL with `link`'s anchor; without a clipboard, puts it in the address bar. */
export function copyLink(host: HTMLElement, link: HTMLAnchorElement): void {
  const url = `${location.origin}${location.pathname}${link.hash}`;
  void copyAndConfirm(
    host,
    url,
    {
      announce: `Link copied: ${url}`,
      failed: 'Could not copy; the link is now in the address bar.',
      shortFailed: 'Copy the address above',
    },
    () => (location.hash = link.hash),
  );
}

/** The text of a clause of this page, without the controls and chips that follow it. */
function clauseText(id: string): string {
  const el = document.getElementById(id);
  if (!el) return '';
  const copy = el.cloneNode(true) as HTMLElement;
  for (const tool of copy.querySelectorAll('copy-link, copy-citation, .cited-by, .copy-link-done, ul, ol'))
    tool.remove();
  return copy.textContent ?? '';
}

/** What a copy-citation control cites (copyCitations.ts reads it from the page). */
export interface Cited {
  /** The quoted company's slug; the page's only policy when absent. */
  source: string | undefined;
  /** The site path of the quoted clause, or `#<clause id>` on its own page. */
  path: string;
  /** The quote, verbatim; else found in the clause from `opening` (see quoteInClause); else the whole clause. */
  quote: string | undefined;
  /** A long quote's opening words, as its link shows them, and its length. */
  opening: { words: string; length: number } | undefined;
  /** What is cited, as the control's name says it: `the quote “…”`, `the clause “…”`. */
  what: string;
}

/** Copies the plain-text citation of a quote or clause (src/lib/cite/citation.ts). */
export function copyCitation(host: HTMLElement, cited: Cited): void {
  const policy = citedPolicy(cited.source);
  if (!policy) return;
  const url = absoluteUrl(cited.path, pageUrl());
  const clause = (): string => clauseText(new URL(cited.path, location.href).hash.slice(1));
  const quote =
    cited.quote ?? (cited.opening ? quoteInClause(clause(), cited.opening.words, cited.opening.length) : clause());
  void copyAndConfirm(host, quoteCitation(quote, policy, url), {
    announce: `Citation copied: ${cited.what}, ${policy.company}.`,
    failed: 'Could not copy the citation; select the quote and copy it by hand.',
  });
}

/** Copies the text of `source` (the "Cite this policy" texts); `what` names it. */
export function copyText(host: HTMLElement, source: HTMLElement, what: string): void {
  void copyAndConfirm(host, (source.textContent ?? '').trim(), {
    announce: `Copied ${what}.`,
    failed: `Could not copy ${what}; select it and copy it by hand.`,
  });
}
