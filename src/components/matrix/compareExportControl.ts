/**
 * `<compare-export>` (CompareExport.astro): with JavaScript, "Download these columns (CSV)"
 * builds the chosen columns in the browser and "Copy link to this comparison" appears; what
 * they do (compareExport.ts) is loaded when one of them is first used.
 */
import { canCopy, plainClick } from '../cite/copyRuntime.ts';
import type * as CompareExportActions from './compareExport.ts';

type Actions = typeof CompareExportActions;
/** What the two controls do, loaded when one of them is first used. */
let loading: Promise<Actions> | null = null;
const load = (): Promise<Actions> => (loading ??= import('./compareExport.ts'));

class CompareExport extends HTMLElement {
  connectedCallback(): void {
    const defaults = (this.dataset['defaults'] ?? '').split(',').filter(Boolean);
    const download = this.querySelector('a');
    if (!download) return;
    download.addEventListener('click', (event) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      load().then(
        (a) => a.downloadColumns(defaults, this.dataset['columns'] ?? '', download),
        () => (location.href = download.href), // the whole matrix, as without JavaScript
      );
    });

    if (!canCopy()) return;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'copy-button';
    copy.textContent = 'Copy link to this comparison';
    const host = document.createElement('span');
    host.append(copy);
    this.prepend(host);
    copy.addEventListener('click', () => void load().then((a) => a.copyComparisonLink(host)));
  }
}
customElements.define('compare-export', CompareExport);
