/**
 * The header search box's behaviour, loaded on first focus: the ARIA combobox pattern with a
 * listbox popup (APG "list autocomplete"). Focus stays in the field; ↑/↓ move the active
 * option (aria-activedescendant), Enter opens it (or, with none active, submits to /search/),
 * Escape closes the list, Tab closes it and moves on. Counts are announced politely, after
 * typing pauses. Options are real links (middle-click opens a tab; the scrolling list has
 * focusable content), kept out of the Tab order by closing the list on Tab.
 */
import type { SearchHit, SearchResponse } from '../../lib/search/createSearcher.ts';
import { SEARCH_FAILED } from '../../lib/search/searchFailed.ts';
import { describeResults, SUGGESTED_QUERIES } from '../../lib/search/searchState.ts';
import { KeyedList } from './keyedList.ts';
import { hitContext, hitHref, hitIdPart, hitKey, markedText } from './renderHit.ts';
import { searchClientFor } from './searchClient.ts';

/** Hits shown in the list, each company's best first; the rest are a click away on the search page. */
const LIMIT = 8;
const EXCERPT_LENGTH = 150;
const ANNOUNCE_DELAY_MS = 600;

const OPTION_CLASS =
  'block px-3 py-2 text-(--color-ink) no-underline hover:bg-(--color-subtle) aria-selected:bg-(--color-subtle) aria-selected:outline-2 aria-selected:-outline-offset-2 aria-selected:outline-(--color-accent)';

export function enhanceComboBox(host: HTMLElement, input: HTMLInputElement): void {
  const form = input.form;
  const panel = host.querySelector<HTMLElement>('[data-panel]');
  const listbox = host.querySelector<HTMLElement>('[data-listbox]');
  const status = host.querySelector<HTMLElement>('[data-panel-status]');
  const live = host.querySelector<HTMLElement>('[data-live]');
  if (!form || !panel || !listbox || !status || !live) return;
  const client = searchClientFor(host);

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let sequence = 0;
  let answered = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const searchPageUrl = (query: string): string => {
    const url = new URL(form.action);
    url.search = new URLSearchParams({ q: query }).toString();
    return url.href;
  };

  const setActive = (index: number): void => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const open = (): void => {
    panel.hidden = false;
    listbox.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
  };

  const close = (): void => {
    setActive(-1);
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const announce = (message: string): void => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      live.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  };

  const option = (id: string, href: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.id = id;
    a.href = href;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.className = OPTION_CLASS;
    return a;
  };

  /** One option per hit, then one that opens the search page. */
  type Row = { hit: SearchHit } | { all: { href: string; text: string } };
  const rows = new KeyedList<Row, HTMLAnchorElement>(
    listbox,
    (row) => ('hit' in row ? hitKey(row.hit) : JSON.stringify(row.all)),
    (row) => {
      if (!('hit' in row)) {
        const all = option('site-search-option-all', row.all.href);
        all.classList.add('text-sm', 'font-semibold', 'text-(--color-accent)');
        all.textContent = row.all.text;
        return all;
      }
      const { hit } = row;
      const a = option(`site-search-option-${hitIdPart(hit)}`, hitHref(hit, ''));
      const context = hitContext(hit, document.createElement('span'));
      context.className = 'block text-xs text-(--color-muted)';
      const text = document.createElement('span');
      text.className = 'mt-0.5 block text-sm leading-snug';
      text.append(markedText(hit.text, hit.ranges, EXCERPT_LENGTH));
      a.append(context, text);
      return a;
    },
  );

  const render = (response: SearchResponse, query: string): void => {
    setActive(-1);
    const list: Row[] = response.hits.map((hit) => ({ hit }));
    if (response.total > 0) {
      list.push({
        all: {
          href: searchPageUrl(query),
          text:
            response.total > response.hits.length
              ? `See all ${response.total.toLocaleString('en')} results on the search page →`
              : 'Open these results on the search page →',
        },
      });
    }
    options = rows.render(list);
    // Rows are kept across keystrokes: their links take the current query.
    response.hits.forEach((hit, i) => options[i]?.setAttribute('href', hitHref(hit, query)));
    const state = { q: query, company: '', practice: '' };
    if (response.total === 0) {
      status.textContent = `Nothing found for “${response.query.trim()}”. Check the spelling or try ${SUGGESTED_QUERIES.slice(
        0,
        3,
      )
        .map((q) => `“${q}”`)
        .join(', ')}.`;
      announce(status.textContent);
    } else {
      status.textContent = `${describeResults(response, state, response.hits.length)} ↑↓ to choose, Enter to open.`;
      announce(`${describeResults(response, state, response.hits.length)} Use the arrow keys to choose one.`);
    }
    if (response.truncated) status.append(' Only the first 200 characters were searched.');
    if (host.contains(document.activeElement)) open();
  };

  const update = async (): Promise<void> => {
    const query = input.value;
    const id = ++sequence;
    if (query.trim() === '') {
      options = [];
      rows.clear();
      status.textContent = '';
      live.textContent = '';
      clearTimeout(announceTimer);
      close();
      return;
    }
    if (!answered) {
      status.textContent = 'Loading search…';
      open();
    }
    try {
      const response = await client.search(query, { limit: LIMIT, spread: 1 });
      if (id !== sequence || response === null) return;
      answered = true;
      render(response, query);
    } catch (error) {
      console.error('Search failed:', error);
      if (id !== sequence) return;
      options = [];
      rows.clear();
      status.textContent = SEARCH_FAILED;
      clearTimeout(announceTimer);
      live.textContent = SEARCH_FAILED;
      open();
    }
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && status.textContent !== '') open();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (input.value.trim() === '') return;
      event.preventDefault();
      if (panel.hidden) open();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(
        active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter' && !panel.hidden && options[active]) {
      event.preventDefault();
      const chosen = options[active]!;
      close();
      chosen.click();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // Hidden before the browser moves focus, so Tab leaves the widget instead of entering the list.
      close();
    }
  });
  host.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) close();
  });
  listbox.addEventListener('click', () => close());

  // The reader may have typed before this module arrived.
  if (input.value.trim() !== '') void update();
}
