/**
 * The copy controls only a company page has (progressive enhancement; what they do,
 * copyActions.ts, is loaded on first use). Loaded by CopyLink.astro: every company page has
 * copy links, and "Cite this policy" (CitePolicy.astro) is only there.
 * - `<copy-link>` wraps a link to an anchor of this page (without JavaScript it is that link);
 *   with it, the link becomes a button that copies the page's absolute URL with that anchor.
 * - `<copy-text>` gets a button that copies the text of the element it names (the "Cite this
 *   policy" texts); without JavaScript there is none.
 */
import { asCopyLabel } from '../policy/copyLinkLabels.ts';
import { buttonOf, canCopy, plainClick, statusRegion, withActions } from './copyRuntime.ts';

class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link || !canCopy() || link.getAttribute('role') === 'button') return;
    statusRegion();
    link.setAttribute('role', 'button');
    // A control that shows its words already shows “Copy link” (CopyLink.astro); an icon-only
    // one is renamed.
    if (!this.classList.contains('labelled'))
      link.setAttribute('aria-label', asCopyLabel(link.getAttribute('aria-label') ?? ''));
    link.addEventListener('click', (event) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      withActions((a) => a.copyLink(this, link));
    });
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        link.click();
      }
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
    buttonOf(this, `Copy ${what}`, this.dataset['label'] ?? 'Copy', (a) => a.copyText(this, source, what));
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
