/**
 * The /search/ page's behaviour. The URL holds the state (?q=…&company=…&practice=…&versions=all):
 * typing replaces the current history entry (the first keystroke of a new search adds one),
 * a filter change or a suggestion adds one, and Back/Forward restore the form and results.
 *
 * Results follow every keystroke. What else a keystroke changes (the URL, the title, the
 * company counts) waits until typing pauses, or until focus leaves the field: each costs the
 * browser a few milliseconds (Chromium fetches and decodes the favicon again on every URL change),
 * and the reader cannot see them while typing.
 */
import type { SearchResponse } from '../../lib/search/createSearcher.ts';
import {
  describeResults,
  readSearchState,
  sameSearchState,
  searchStateQuery,
  type SearchState,
} from '../../lib/search/searchState.ts';
import { SEARCH_FAILED } from '../../lib/search/searchFailed.ts';
import { KeyedList } from './keyedList.ts';
import { hitContext, hitHref, hitIdPart, hitKey, markedText, shownPractices } from './renderHit.ts';
import { searchClientFor } from './searchClient.ts';

const PAGE_SIZE = 20;
/** Company names suggested under the company field, at most. */
const COMPANY_SUGGESTIONS = 20;
const EXCERPT_LENGTH = 420;
/** How long typing pauses before the URL, title and counts catch up. */
const SETTLE_MS = 300;

export function enhanceSearchPage(host: HTMLElement): void {
  if (host.dataset['enhanced']) return;
  const form = host.querySelector('form');
  const input = host.querySelector<HTMLInputElement>('input[name="q"]');
  const company = host.querySelector<HTMLInputElement>('input[name="company"]');
  const companyList = company?.list ?? null;
  const practice = host.querySelector<HTMLSelectElement>('select[name="practice"]');
  const allVersions = host.querySelector<HTMLInputElement>('input[name="versions"]');
  const filterSummary = host.querySelector<HTMLElement>('[data-filter-summary]');
  const status = host.querySelector<HTMLElement>('[data-status]');
  const suggestions = host.querySelector<HTMLElement>('[data-suggestions]');
  const suggestionsTitle = host.querySelector<HTMLElement>('[data-suggestions-title]');
  const results = host.querySelector<HTMLOListElement>('[data-results]');
  const more = host.querySelector<HTMLButtonElement>('[data-more]');
  if (
    !form ||
    !input ||
    !company ||
    !companyList ||
    !practice ||
    !allVersions ||
    !filterSummary ||
    !status ||
    !suggestions ||
    !suggestionsTitle ||
    !results ||
    !more
  )
    return;
  host.dataset['enhanced'] = 'true';
  const client = searchClientFor(host);
  const baseTitle = document.title;

  let limit = PAGE_SIZE;
  let sequence = 0;
  let answered = false;
  /** Typing since the last committed search: further keystrokes replace the history entry. */
  let typing = false;
  /** What typing has yet to publish (URL, title, counts), and when it will. */
  let pending: (() => void) | null = null;
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;

  /** The companies of the index, `[slug, name]`, once it is loaded: the company field shows names, the URL slugs. */
  let companies: readonly (readonly [string, string])[] = [];
  /** Clauses found per company by the search shown, once typing has paused; null with no search. */
  let counts: Record<string, number> | null = null;
  void client.companies().then((list) => {
    companies = list;
    const slug = company.dataset['slug'] ?? '';
    if (slug) company.value = companyName(slug);
    showFilters();
  });
  const companyName = (slug: string): string => companies.find(([s]) => s === slug)?.[1] ?? slug;
  /** The slug the company field names (by name or slug, any case); '' for all, null for none known. */
  const companySlug = (): string | null => {
    const typed = company.value.trim().toLowerCase();
    if (typed === '') return '';
    const known = companies.find(([slug, name]) => name.toLowerCase() === typed || slug === typed);
    if (known) return known[0];
    // Before the index is loaded, a slug from the URL stands as it is.
    return companies.length === 0 && company.dataset['slug'] === typed ? typed : null;
  };
  /** The company field's suggestions: at most a few names, those starting with what is typed first. */
  const suggestCompanies = (): void => {
    const typed = company.value.trim().toLowerCase();
    const starts = companies.filter(([, name]) => name.toLowerCase().startsWith(typed));
    const holds = typed
      ? companies.filter(([, name]) => !name.toLowerCase().startsWith(typed) && name.toLowerCase().includes(typed))
      : [];
    const options = [...starts, ...holds].slice(0, COMPANY_SUGGESTIONS).map(([slug, name]) => {
      const option = document.createElement('option');
      option.value = name;
      // How many clauses it holds for the current search.
      if (counts) option.label = `${name} (${(counts[slug] ?? 0).toLocaleString('en')})`;
      return option;
    });
    companyList.replaceChildren(...options);
  };
  const select = (element: HTMLSelectElement, value: string): void => {
    element.value = [...element.options].some((o) => o.value === value) ? value : '';
  };
  const formState = (): SearchState => ({
    q: input.value,
    company: companySlug() ?? company.dataset['slug'] ?? '',
    practice: practice.value,
    allVersions: allVersions.checked,
  });
  const applyState = (state: SearchState): void => {
    input.value = state.q;
    company.dataset['slug'] = state.company;
    company.value = state.company ? companyName(state.company) : '';
    select(practice, state.practice);
    allVersions.checked = state.allVersions;
    showFilters();
  };
  /** The folded filters say which are set: "Filters: Mimecast, Cookies, every version". */
  const showFilters = (): void => {
    const state = formState();
    const set = [
      state.company ? companyName(state.company) : '',
      state.practice ? (practice.selectedOptions[0]?.textContent ?? '') : '',
      state.allVersions ? 'every version' : '',
    ].filter(Boolean);
    filterSummary.textContent = set.length > 0 ? `: ${set.join(', ')}` : '';
  };
  const writeUrl = (mode: 'push' | 'replace', state = formState()): void => {
    const url = `${location.pathname}${searchStateQuery(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const showSuggestions = (title: string): void => {
    suggestionsTitle.textContent = title;
    suggestions.hidden = false;
  };

  const resultItem = (hit: SearchResponse['hits'][number]): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'rounded border border-(--color-line) p-4';
    const context = hitContext(hit, document.createElement('p'));
    context.id = `search-hit-${hitIdPart(hit)}`;
    context.className = 'text-sm text-(--color-muted)';
    const link = document.createElement('a');
    link.href = hitHref(hit, '');
    link.setAttribute('aria-describedby', context.id);
    link.className =
      'mt-1 block leading-relaxed text-(--color-ink) underline decoration-(--color-line) underline-offset-4 hover:decoration-(--color-accent)';
    link.append(markedText(hit.text, hit.ranges, EXCERPT_LENGTH));
    item.append(context, link);
    const practices = shownPractices(hit);
    if (practices.length > 0) {
      const list = document.createElement('p');
      list.className = 'mt-2 flex flex-wrap items-center gap-1 text-xs text-(--color-muted)';
      list.append('Practices:');
      for (const p of practices) {
        const chip = document.createElement('span');
        chip.className = 'rounded-full border border-(--color-line) px-2 py-0.5 text-(--color-ink)';
        chip.append(markedText(p.label, p.ranges));
        list.append(' ', chip);
      }
      item.append(list);
    }
    return item;
  };
  const hitList = new KeyedList(results, hitKey, resultItem);

  const showTitle = (state: SearchState): void => {
    document.title = state.q.trim() ? `“${state.q.trim()}” · ${baseTitle}` : baseTitle;
  };

  /** Publishes a search's state now, or, while the reader types, once typing pauses. */
  const publish = (state: SearchState, response: SearchResponse | null, deferred: boolean): void => {
    const work = (): void => {
      if (deferred) writeUrl('replace', state);
      showTitle(state);
      counts = response?.byCompany ?? null;
    };
    cancelPending();
    if (!deferred) return work();
    pending = work;
    pendingTimer = setTimeout(flush, SETTLE_MS);
  };
  const cancelPending = (): void => {
    clearTimeout(pendingTimer);
    pending = null;
  };
  /** Publishes now what typing has yet to publish. */
  const flush = (): void => {
    const work = pending;
    cancelPending();
    work?.();
  };

  const render = (response: SearchResponse, state: SearchState, focusFrom: number | null): void => {
    const items = hitList.render(response.hits);
    // Items are kept across keystrokes: their links take the current query.
    response.hits.forEach((hit, i) => items[i]?.querySelector('a')?.setAttribute('href', hitHref(hit, state.q)));
    more.hidden = response.hits.length >= response.total;
    let message = describeResults(response, state, response.hits.length);
    if (response.truncated) message += ' Only the first 200 characters were searched.';
    status.textContent = message;
    delete status.dataset['failed'];
    if (response.total === 0) {
      const filtered = state.company || state.practice;
      showSuggestions(
        response.words.length === 0 && state.q.trim()
          ? 'Nothing found: the query has no words to search for. Try one of these:'
          : `Nothing found — check the spelling${filtered ? ', remove a filter' : ''}, use fewer words, or try one of these:`,
      );
    } else suggestions.hidden = true;
    if (focusFrom !== null) results.querySelectorAll('a')[focusFrom]?.focus();
  };

  /** Searches for what the form says; `deferred` while the reader types. */
  const run = async ({
    focusFrom = null,
    deferred = false,
  }: { focusFrom?: number | null; deferred?: boolean } = {}): Promise<void> => {
    const state = formState();
    const id = ++sequence;
    if (state.q.trim() === '' && !state.company && !state.practice) {
      hitList.clear();
      more.hidden = true;
      status.textContent = '';
      showSuggestions('Type a word or two, or pick a practice to list every clause about it. Or try:');
      publish(state, null, deferred);
      return;
    }
    if (!answered) status.textContent = 'Loading search…';
    try {
      const response = await client.search(state.q, {
        company: state.company,
        practice: state.practice,
        versions: state.allVersions ? 'all' : 'main',
        limit,
      });
      if (id !== sequence || response === null) return;
      answered = true;
      render(response, state, focusFrom);
      publish(state, response, deferred);
    } catch (error) {
      console.error('Search failed:', error);
      if (id !== sequence) return;
      hitList.clear();
      more.hidden = true;
      suggestions.hidden = true;
      status.textContent = SEARCH_FAILED;
      status.dataset['failed'] = '';
    }
  };

  const commit = (): void => {
    flush(); // the typed search keeps its own entry, complete
    showFilters();
    typing = false;
    limit = PAGE_SIZE;
    writeUrl('push');
    void run();
  };

  input.addEventListener('input', () => {
    if (!typing) {
      flush();
      writeUrl('push'); // the first keystroke of a new search: a history entry of its own, now
      typing = true;
    }
    limit = PAGE_SIZE;
    void run({ deferred: true });
  });
  input.addEventListener('blur', flush);
  window.addEventListener('pagehide', flush);
  company.addEventListener('input', suggestCompanies);
  company.addEventListener('focus', suggestCompanies);
  company.addEventListener('change', () => {
    const slug = companySlug();
    if (slug === null) {
      status.textContent = `No company is named “${company.value.trim()}”: pick one from the list, or empty the field for all companies.`;
      return;
    }
    company.dataset['slug'] = slug;
    if (slug) company.value = companyName(slug);
    commit();
  });
  practice.addEventListener('change', commit);
  allVersions.addEventListener('change', commit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  suggestions.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-suggest]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    input.value = link.dataset['suggest'] ?? '';
    commit();
    input.focus();
  });
  more.addEventListener('click', () => {
    const shown = results.children.length;
    limit += PAGE_SIZE;
    void run({ focusFrom: shown });
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(location.search);
    if (sameSearchState(state, formState())) return;
    cancelPending(); // the entry typing was writing to is no longer the current one
    typing = false;
    limit = PAGE_SIZE;
    applyState(state);
    void run();
  });

  // The URL decides; without state in it, keep what the reader typed before this module loaded.
  const fromUrl = readSearchState(location.search);
  if (searchStateQuery(fromUrl) !== '') applyState(fromUrl);
  else if (searchStateQuery(formState()) !== '') {
    writeUrl('push');
    typing = true;
  }
  void run();
}
