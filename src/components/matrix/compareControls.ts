/**
 * What /compare/'s company and "only where they differ" controls do, loaded on their first use
 * (CompareControls.astro loads it when a reader first presses or focuses the form, or
 * at once when the URL already chooses companies or rows): show the chosen columns and rows,
 * and keep the choice in the URL (`?c=corero,mimecast&differ=1&view=quotes`).
 */
import {
  answersDiffer,
  parseSelection,
  selectionSearch,
  type CompareSelection,
} from '../../lib/matrix/compareSelection.ts';

/** The controls of one `<compare-controls>`, ready to apply what the reader chose. */
export interface Controls {
  /** Applies the form's choice (after a change of `changed`, or a submit) and writes it to the URL. */
  update(changed?: EventTarget | null): void;
  /** After the form's reset: everything again, in `view`, the view the reader had. */
  reset(view: HTMLInputElement | null): void;
  /** Applies the URL's choice (on load, when it chooses companies or rows). */
  applyUrl(): void;
}

export function controlsOf(host: HTMLElement, table: HTMLElement, form: HTMLFormElement, status: Element): Controls {
  const known = (host.dataset['companies'] ?? '').split(',');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=c]')];
  const differ = form.querySelector<HTMLInputElement>('input[name=differ]')!;
  const quotes = form.querySelector<HTMLInputElement>('input[name=view][value=quotes]')!;
  const answers = form.querySelector<HTMLInputElement>('input[name=view][value=answers]')!;
  const rows = [...table.querySelectorAll<HTMLElement>('tr[data-practice]')];
  const cells = [...document.querySelectorAll<HTMLElement>('[data-company]')];

  const apply = (sel: CompareSelection, note = ''): void => {
    for (const box of boxes) box.checked = sel.companies.includes(box.value);
    differ.checked = sel.differOnly;
    (sel.view === 'quotes' ? quotes : answers).checked = true;
    const everyone = sel.companies.length === known.length;
    for (const el of cells) el.hidden = !everyone && !sel.companies.includes(el.dataset['company'] ?? '');
    let shown = 0;
    for (const row of rows) {
      const stances = sel.differOnly
        ? [...row.querySelectorAll<HTMLElement>('td[data-company]:not([hidden])')].map(
            (td) => td.dataset['stance'] ?? '',
          )
        : [];
      row.hidden = sel.differOnly && !answersDiffer(stances);
      if (!row.hidden) shown++;
    }
    for (const body of table.querySelectorAll<HTMLElement>('tbody[data-group]'))
      body.hidden = !body.querySelector('tr[data-practice]:not([hidden])');
    status.textContent = `${note}Showing ${sel.companies.length} of ${known.length} companies and ${shown} of ${rows.length} practices.`;
  };
  const chosen = (): CompareSelection => ({
    companies: boxes.filter((b) => b.checked).map((b) => b.value),
    differOnly: differ.checked,
    view: quotes.checked ? 'quotes' : 'answers',
  });
  const update = (changed?: EventTarget | null): void => {
    let note = '';
    if (!boxes.some((b) => b.checked) && changed instanceof HTMLInputElement && changed.name === 'c') {
      changed.checked = true;
      note = 'Choose at least one company. ';
    }
    const sel = chosen();
    history.replaceState(history.state, '', location.pathname + selectionSearch(sel, known) + location.hash);
    apply(sel, note);
  };
  return {
    update,
    reset: (view) =>
      setTimeout(() => {
        if (view) view.checked = true;
        update();
      }),
    applyUrl: () => apply(parseSelection(location.search, known)),
  };
}
