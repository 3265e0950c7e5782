/**
 * What /compare/'s controls do, loaded on their first use (CompareControls.astro loads it when a
 * reader first presses or focuses the form, or at once when the URL chooses columns or rows):
 * show the chosen columns in the chosen order, fetching a column the page does not hold as its
 * prerendered fragment (`/compare/columns/<key>/`, MatrixColumn.astro) and moving its cells into
 * the table; keep only the rows where the columns differ; find columns to add in the picker's
 * index (`/compare/picker/<prefix>.json`); keep the choice in the URL.
 */
import {
  answersDiffer,
  columnsCount,
  columnsInWords,
  MAX_COLUMNS,
  parseSelection,
  selectionSearch,
  type CompareSelection,
} from '../../lib/matrix/compareSelection.ts';
import { lookUpWord, lookupWord, matchEntries, type PickerShard } from '../../lib/matrix/pickerIndex.ts';

/** The controls of one `<compare-controls>`, ready to apply what the reader chose. */
export interface Controls {
  /** Applies the form's choice (after a change of `changed`, or a submit) and writes it to the URL. */
  update(changed?: EventTarget | null): void;
  /** After the form's reset: the default columns, every row, the answers view. */
  reset(): void;
  /** Applies the URL's choice (on load, when it chooses columns or rows). */
  applyUrl(): void;
  /** Searches the picker's index for what the reader typed in `input`. */
  find(input: EventTarget | null): void;
  /** Adds or removes a column when `target` is one of the picker's buttons. */
  click(target: EventTarget | null): void;
}

/** How many matches the picker lists at once. */
const SHOWN_MATCHES = 12;

export function controlsOf(host: HTMLElement, table: HTMLElement, form: HTMLFormElement): Controls {
  const defaults = (host.dataset['defaults'] ?? '').split(',').filter(Boolean);
  const columnsUrl = host.dataset['columnsUrl'] ?? '';
  const pickerUrl = host.dataset['pickerUrl'] ?? '';
  const block = table.parentElement!;
  const status = host.querySelector<HTMLElement>('[data-status]')!;
  const count = host.querySelector<HTMLElement>('[data-pick-count]')!;
  const chosenList = host.querySelector<HTMLElement>('[data-chosen]')!;
  const found = host.querySelector<HTMLElement>('[data-found]')!;
  const findStatus = host.querySelector<HTMLElement>('[data-find-status]')!;
  const finder = host.querySelector<HTMLInputElement>('#mx-find')!;
  const differ = form.querySelector<HTMLInputElement>('input[name=differ]')!;
  const quotes = form.querySelector<HTMLInputElement>('input[name=view][value=quotes]')!;
  const answers = form.querySelector<HTMLInputElement>('input[name=view][value=answers]')!;
  const practiceRows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-practice]')];
  const headRow = table.querySelector<HTMLTableRowElement>('thead tr')!;
  const totalsRow = table.querySelector<HTMLTableRowElement>('tr[data-totals]')!;

  /** Each column's name, for the picker's list and messages. */
  const names = new Map<string, string>();
  for (const th of headRow.querySelectorAll<HTMLElement>('th[data-column]'))
    names.set(th.dataset['column']!, th.querySelector('.mx-full')?.textContent ?? th.dataset['column']!);

  let current: string[] = [...defaults];
  let note = '';

  /** A column's fragment, fetched once: its cells moved into the table; false when there is none. */
  const fetched = new Map<string, Promise<boolean>>();
  const load = (key: string): Promise<boolean> => {
    if (headRow.querySelector(`th[data-column="${CSS.escape(key)}"]`)) return Promise.resolve(true);
    let done = fetched.get(key);
    if (!done) {
      done = fetch(`${columnsUrl}${key}/`)
        .then((r) => (r.ok ? r.text() : null))
        .then((html) => (html ? insertColumn(html, key) : false))
        .catch(() => false);
      fetched.set(key, done);
    }
    return done;
  };

  /** Moves a fragment's header, cells and total into the table (hidden until shown). */
  const insertColumn = (html: string, key: string): boolean => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const head = doc.querySelector<HTMLElement>(`thead th[data-column="${CSS.escape(key)}"]`);
    if (!head) return false;
    names.set(key, head.querySelector('.mx-full')?.textContent ?? key);
    const park = (cell: Element | null | undefined, row: HTMLTableRowElement) => {
      if (!(cell instanceof HTMLElement)) return;
      cell.hidden = true;
      row.append(cell);
    };
    park(head, headRow);
    for (const row of practiceRows)
      park(doc.querySelector(`tr[data-practice="${CSS.escape(row.dataset['practice']!)}"] > td`), row);
    park(doc.querySelector('tr[data-totals] > td'), totalsRow);
    const sources = document.querySelector('[data-citation-sources]') ?? document.body;
    for (const source of doc.querySelectorAll('[data-citation-source]'))
      if (
        !document.querySelector(`[data-citation-source="${CSS.escape(source.getAttribute('data-citation-source')!)}"]`)
      )
        sources.append(source);
    return true;
  };

  const cellsOf = (row: HTMLTableRowElement) => [...row.querySelectorAll<HTMLElement>(':scope > [data-column]')];

  /** Shows `keys`' columns in that order, every other column hidden; then the rows. */
  const showColumns = (keys: readonly string[]): void => {
    const order = new Map(keys.map((k, i) => [k, i]));
    for (const row of [headRow, ...practiceRows, totalsRow]) {
      const cells = cellsOf(row).sort(
        (a, b) => (order.get(a.dataset['column']!) ?? 1e9) - (order.get(b.dataset['column']!) ?? 1e9),
      );
      for (const cell of cells) {
        cell.hidden = !order.has(cell.dataset['column']!);
        row.append(cell);
      }
    }
    for (const th of table.querySelectorAll<HTMLTableCellElement>('tr.group-row > th')) th.colSpan = keys.length + 1;
    block.classList.toggle('mx-few', keys.length <= 5);
    block.classList.toggle('mx-fit', keys.length <= 7);
  };

  const showRows = (differOnly: boolean): number => {
    let shown = 0;
    for (const row of practiceRows) {
      const stances = cellsOf(row)
        .filter((td) => !td.hidden)
        .map((td) => td.dataset['stance'] ?? '');
      row.hidden = differOnly && !answersDiffer(stances);
      if (!row.hidden) shown++;
    }
    for (const body of table.querySelectorAll<HTMLElement>('tbody[data-group]'))
      body.hidden = !body.querySelector('tr[data-practice]:not([hidden])');
    return shown;
  };

  /** The picker's list of compared columns, each with its Remove button. */
  const listChosen = (): void => {
    const items = current.map((key) => {
      const li = document.createElement('li');
      li.dataset['key'] = key;
      const name = document.createElement('span');
      name.textContent = names.get(key) ?? key;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.dataset['remove'] = key;
      remove.className = 'mx-remove';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${names.get(key) ?? key}`);
      remove.disabled = current.length === 1;
      li.append(name, remove);
      return li;
    });
    chosenList.replaceChildren(...items);
    count.textContent = columnsCount(current);
  };

  const apply = async (sel: CompareSelection): Promise<void> => {
    differ.checked = sel.differOnly;
    (sel.view === 'quotes' ? quotes : answers).checked = true;
    status.textContent = 'Loading the chosen columns…';
    const present = await Promise.all(sel.columns.map(load));
    const missing = sel.columns.filter((_, i) => !present[i]);
    current = sel.columns.filter((_, i) => present[i]);
    if (current.length === 0) current = [...defaults];
    showColumns(current);
    const rows = showRows(sel.differOnly);
    listChosen();
    const unknown = missing.length ? `No company or version “${missing.join('”, “')}”. ` : '';
    const columns = columnsInWords(current, (key) => names.get(key) ?? key);
    status.textContent = `${note}${unknown}${columns}, ${rows} of ${practiceRows.length} practices`;
    note = '';
  };

  const chosen = (): CompareSelection => ({
    columns: current,
    differOnly: differ.checked,
    view: quotes.checked ? 'quotes' : 'answers',
  });
  const writeUrl = (sel: CompareSelection): void =>
    history.replaceState(history.state, '', location.pathname + selectionSearch(sel, defaults) + location.hash);

  const update = (): Promise<void> => {
    const sel = chosen();
    writeUrl(sel);
    return apply(sel);
  };

  /** Shards of the picker's index, fetched once each; null where no column has words so starting. */
  const shards = new Map<string, Promise<PickerShard | null>>();
  const shard = (prefix: string): Promise<PickerShard | null> => {
    let s = shards.get(prefix);
    if (!s) {
      s = fetch(`${pickerUrl}${prefix}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<PickerShard>) : null))
        .catch(() => null);
      shards.set(prefix, s);
    }
    return s;
  };

  let searches = 0;
  const find = async (): Promise<void> => {
    const query = finder.value;
    const word = lookupWord(query);
    const search = ++searches;
    if (!word) {
      found.replaceChildren();
      findStatus.textContent = '';
      return;
    }
    const result = await lookUpWord(word, shard);
    if (search !== searches) return;
    const matches = matchEntries(result.entries, query);
    found.replaceChildren(
      ...matches.slice(0, SHOWN_MATCHES).map((entry) => {
        const li = document.createElement('li');
        const add = document.createElement('button');
        add.type = 'button';
        add.dataset['add'] = entry.key;
        add.className = 'mx-add';
        const name = document.createElement('span');
        name.textContent = entry.name;
        const detail = document.createElement('span');
        detail.className = 'sub';
        detail.textContent = entry.detail;
        names.set(entry.key, entry.name);
        const compared = current.includes(entry.key);
        add.disabled = compared;
        add.setAttribute(
          'aria-label',
          compared ? `${entry.name}, ${entry.detail}: compared` : `Add ${entry.name}, ${entry.detail}`,
        );
        add.append(name, ' ', detail);
        li.append(add);
        return li;
      }),
    );
    findStatus.textContent =
      matches.length === 0
        ? result.complete
          ? `No company found for “${query.trim()}”.`
          : 'Keep typing: many names start so.'
        : matches.length > SHOWN_MATCHES || !result.complete
          ? `The first ${Math.min(matches.length, SHOWN_MATCHES)} found; type more to narrow.`
          : `${matches.length} found.`;
  };

  const click = (target: EventTarget | null): void => {
    if (!(target instanceof Element)) return;
    const button = target.closest('button');
    if (!button || button.disabled) return;
    const add = button.dataset['add'];
    const remove = button.dataset['remove'];
    if (add) {
      if (current.length >= MAX_COLUMNS) {
        findStatus.textContent = `At most ${MAX_COLUMNS} columns: remove one first.`;
        return;
      }
      current = [...current.filter((k) => k !== add), add];
      void update();
      button.disabled = true;
      button.setAttribute('aria-label', `${names.get(add) ?? add}: compared`);
      findStatus.textContent = `Added ${names.get(add) ?? add}.`;
    } else if (remove && current.length > 1) {
      const at = current.indexOf(remove);
      current = current.filter((k) => k !== remove);
      note = `Removed ${names.get(remove) ?? remove}. `;
      // Focus stays in the list: on the next Remove button, or the search box.
      void update().then(() => {
        const buttons = chosenList.querySelectorAll<HTMLButtonElement>('button[data-remove]:not(:disabled)');
        (buttons[Math.min(at, buttons.length - 1)] ?? finder).focus();
      });
    }
  };

  listChosen();
  return {
    update: (changed) => {
      if (changed === finder) return;
      void update();
    },
    reset: () =>
      setTimeout(() => {
        current = [...defaults];
        void update();
      }),
    applyUrl: () => {
      const sel = parseSelection(location.search, defaults);
      current = sel.columns;
      void apply(sel);
    },
    find: (input) => {
      if (input === finder) void find();
    },
    click,
  };
}
