/**
 * The site's copy controls, one script for all (progressive enhancement: without JavaScript
 * each is a plain link or nothing):
 * - `<copy-link>` wraps a link to an anchor of this page; activating it copies the page's
 *   absolute URL with that anchor.
 * - `<copy-citation>` gets a button that copies the plain-text citation of a quote or clause
 *   (src/lib/cite/citation.ts): the quote, company, title, archive date, the clause's absolute
 *   URL on this site and the snapshot URL.
 * - `<copy-text>` gets a button that copies the text of the element it names (the "Cite this
 *   policy" texts).
 * Each confirms visibly and through the page's status region (clipboard.ts).
 */
import { absoluteUrl, quoteCitation } from '../../lib/cite/citation.ts';
import { clauseExcerpt } from '../../lib/policy/companyPage.ts';
import { asCopyLabel, COPY_TEXT } from '../policy/copyLinkLabels.ts';
import { citedPolicy, pageUrl } from './citationSource.ts';
import { canCopy, copyAndConfirm, statusRegion } from './clipboard.ts';

/** A plain left click (a modified click keeps the link's own behaviour: new tab, download…). */
const plainClick = (e: MouseEvent) => !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0);

class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link || !canCopy() || link.getAttribute('role') === 'button') return;
    statusRegion();
    link.setAttribute('role', 'button');
    // A control that shows its words says what it does once it copies; an icon-only one is renamed.
    const words = link.querySelector('.copy-link-text');
    if (words) words.textContent = COPY_TEXT;
    else link.setAttribute('aria-label', asCopyLabel(link.getAttribute('aria-label') ?? ''));
    link.addEventListener('click', (event) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      const url = `${location.origin}${location.pathname}${link.hash}`;
      void copyAndConfirm(
        this,
        url,
        {
          announce: `Link copied: ${url}`,
          failed: 'Could not copy; the link is now in the address bar.',
          shortFailed: 'Copy the address above',
        },
        () => (location.hash = link.hash),
      );
    });
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        link.click();
      }
    });
  }
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

/** A control's button, made once: its accessible name says what it copies; `label` is its visible word (icon only when empty). */
function buttonOf(host: HTMLElement, name: string, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  if (label) {
    // The visible word starts the accessible name (WCAG 2.5.3, label in name): "Cite: Copy citation of …".
    const text = document.createElement('span');
    text.className = 'copy-button-text';
    text.textContent = label;
    const rest = document.createElement('span');
    rest.className = 'sr-only';
    rest.textContent = `: ${name}`;
    button.append(text, rest);
  } else button.setAttribute('aria-label', name);
  host.prepend(button);
  return button;
}

/**
 * `<copy-citation>` inside a clause of a company page needs no attributes: the clause's id and
 * text are read from the page, and the page's one citation source is the policy. Right after a
 * quote's link (`<a href="…#c-…"><q>quote</q></a>`) it needs only `data-source` (the company's
 * slug): the link gives the quote and its clause. Else it names `data-url` (the quoted clause's
 * site path), `data-quote`, `data-what` (for the accessible name). `data-label` is its visible word.
 */
class CopyCitation extends HTMLElement {
  connectedCallback(): void {
    if (!canCopy() || this.querySelector('button')) return;
    const d = this.dataset;
    const clause = this.closest<HTMLElement>('.clause');
    const before = this.previousElementSibling;
    const link = before instanceof HTMLAnchorElement && before.querySelector('q') ? before : null;
    const path = d['url'] ?? link?.getAttribute('href') ?? (clause ? `#${clause.id}` : '');
    const policy = citedPolicy(d['source']);
    if (!policy || !path) return;
    const quoteText = (): string =>
      d['quote'] ?? link?.querySelector('q')?.textContent ?? clauseText(new URL(path, location.href).hash.slice(1));
    statusRegion();
    const what =
      d['what'] ??
      (clause && !link
        ? `the clause “${clauseExcerpt(clauseText(clause.id), 6)}”`
        : `the quote “${clauseExcerpt(quoteText(), 8)}” (${policy.company})`);
    const button = buttonOf(this, `Copy citation of ${what}`, d['label'] ?? '');
    button.addEventListener('click', () => {
      const url = absoluteUrl(path, pageUrl());
      void copyAndConfirm(this, quoteCitation(quoteText(), policy, url), {
        announce: `Citation copied: ${what}, ${policy.company}.`,
        failed: 'Could not copy the citation; select the quote and copy it by hand.',
      });
    });
  }
}

class CopyText extends HTMLElement {
  connectedCallback(): void {
    if (!canCopy() || this.querySelector('button')) return;
    const source = document.getElementById(this.dataset['from'] ?? '');
    if (!source) return;
    statusRegion();
    const what = this.dataset['what'] ?? 'the text';
    const button = buttonOf(this, `Copy ${what}`, this.dataset['label'] ?? 'Copy');
    button.addEventListener('click', () => {
      void copyAndConfirm(this, (source.textContent ?? '').trim(), {
        announce: `Copied ${what}.`,
        failed: `Could not copy ${what}; select it and copy it by hand.`,
      });
    });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
if (!customElements.get('copy-citation')) customElements.define('copy-citation', CopyCitation);
if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
