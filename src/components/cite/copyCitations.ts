/**
 * `<copy-citation>` (progressive enhancement: without JavaScript there is nothing to see; the
 * quotes and clauses are on the page) gets a button that copies the plain-text citation of a
 * quote or clause (src/lib/cite/citation.ts): the quote, company, title, archive date, the
 * clause's absolute URL on this site and the snapshot URL. The button is in the markup
 * (CopyCitation.astro); this names it and arms it, and what it does (copyActions.ts) is loaded on
 * first use. Loaded once per page, by CitationSources.astro.
 */
import { excerpt } from '../../lib/base/text.ts';
import { CITE_TEXT, linkSubject } from '../policy/copyLinkLabels.ts';
import type { Cited } from './copyActions.ts';
import { armButton, buttonOf, canCopy, citedPolicy, statusRegion } from './copyRuntime.ts';

/**
 * `<copy-citation>` reads what it cites from where it stands, so its markup stays small:
 * - right after a quote's link (`<a href="…#c-…">`): that quote, in that clause. The quote is
 *   the `<q>` before the link (or in it, or the link's text in curly quotes), or its opening
 *   words and “…”: then `data-quote-length` says how long it is, and the quote is read from the
 *   clause, on this page, when copied. Its visible word is "Cite".
 * - right after a clause's copy-link (a company page's clause tools): that clause, named as
 *   the copy-link names it. Icon only.
 * `data-source` is the quoted company's slug (the page's only policy when absent, as on a
 * company page).
 */
class CopyCitation extends HTMLElement {
  connectedCallback(): void {
    if (!canCopy() || this.dataset['armed'] !== undefined) return;
    this.dataset['armed'] = '';
    const d = this.dataset;
    const before = this.previousElementSibling;
    const link = before instanceof HTMLAnchorElement ? before : before?.querySelector('a');
    const company = citedPolicy(d['source'])?.company;
    const path = link?.getAttribute('href');
    if (!company || !link || !path) {
      // Nothing to cite (a page without the quoted policy's facts): no button that does nothing.
      this.hidden = true;
      return;
    }
    const quoted = before === link;
    // The quote is in its link, or just before it (a quote followed by its “In the policy” link).
    const previous = link.previousElementSibling;
    const q = link.querySelector('q') ?? (previous instanceof HTMLQuoteElement ? previous : null);
    const what = !quoted
      ? linkSubject(link.getAttribute('aria-label') ?? '')
      : q
        ? `the quote “${excerpt(q.textContent ?? '', { words: 8 })}” (${company})`
        : `the quote ${(link.textContent ?? '').trim()}`;
    const shown = ((q ?? link).textContent ?? '').trim().replace(/^“|”$/g, '');
    const length = Number(d['quoteLength']);
    const cited: Cited = {
      source: d['source'],
      path,
      quote: length ? undefined : q ? (q.textContent ?? '') : quoted ? shown : undefined,
      opening: length ? { words: shown.replace(/…$/, ''), length } : undefined,
      what,
    };
    statusRegion();
    const name = `Copy citation of ${what}`;
    const act: Parameters<typeof armButton>[2] = (a) => a.copyCitation(this, cited);
    const button = this.querySelector('button');
    // The button in the markup (CopyCitation.astro), or one made here (`button="script"`: the
    // word after a quote, an icon after a clause).
    if (button) armButton(button, name, act);
    else buttonOf(this, name, quoted ? CITE_TEXT : '', act);
  }
}

customElements.define('copy-citation', CopyCitation);
