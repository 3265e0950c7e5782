/** The header search box's behaviour (SearchBox.astro); loaded with the header's script (SiteHeader.astro). */
import { bindSearchShortcut } from './shortcut.ts';

/** Marks the field as a combobox at once; the code behind it loads on first focus or input. */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    const listbox = this.querySelector('[role="listbox"]');
    if (!input || !listbox) return;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    let started = false;
    const start = (): void => {
      if (started) return;
      started = true;
      import('./comboBox.ts')
        .then(({ enhanceComboBox }) => enhanceComboBox(this, input))
        .catch((error: unknown) => {
          console.error('Search failed:', error);
          started = false; // offline or blocked: the form still submits to /search/
        });
    };
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
    if (document.activeElement === input) start();
  }
}
customElements.define('site-search', SiteSearch);
bindSearchShortcut();
