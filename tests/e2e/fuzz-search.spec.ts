/**
 * Search fuzz in the browser: thousands of generated queries (typos, query syntax, regex and
 * HTML metacharacters, markup, prototype names, 10,000-character and odd-Unicode input) typed
 * into the header box and the /search/ page's field, and a sample loaded as /search/?q=….
 * Nothing may crash, hang, run, fetch or be parsed as markup; afterwards search still answers.
 *
 *   npm run test:e2e            # FUZZ_QUERIES (default 250) in the header box, half as many on /search/
 *   FUZZ_QUERIES=20000 FUZZ_SEED=random npm run fuzz:search
 *
 * Every field must search as you type: a search that does not answer fails the test (it is
 * never skipped). The seed is printed (replay with FUZZ_SEED=<seed>), not put in test titles,
 * so that every worker of a `FUZZ_SEED=random` run lists the same tests.
 */
import { expect, test, type Page } from '@playwright/test';
import { countFromEnv, random, seedFromEnv } from '../fuzz/random.ts';
import {
  HOSTILE_QUERIES,
  INJECTED_ATTRIBUTE,
  PROTOTYPE_QUERIES,
  PWNED_FLAG,
  searchQueries,
} from '../fuzz/searchQueries.ts';

/** The function the test exposes to the page to report a worker's error. */
declare global {
  interface Window {
    __fuzzWorkerError?: (message: string) => void;
  }
}

const SEED = seedFromEnv(20_110_529);
const QUERIES = countFromEnv('FUZZ_QUERIES', 250);
const BATCH = 100;
/** How long one query may leave the page quiet before the next is typed (a pace, not an assertion). */
const SETTLE_MS = 400;
/** How long search may take to answer the probe query after a batch: a hang detector. */
const PROBE_DEADLINE_MS = 20_000;
/** A result links to a clause of a company page. */
const CLAUSE_LINK = 'a[href*="/companies/"][href*="#"]';

/** Everything the page must never do while being fuzzed. Call before the first navigation. */
async function watch(page: Page): Promise<string[]> {
  const incidents: string[] = [];
  // A search worker that throws reports an 'error' event the page may silence: listen first.
  await page.exposeFunction('__fuzzWorkerError', (message: string) =>
    incidents.push(`the search worker threw: ${message}`),
  );
  await page.addInitScript(() => {
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const report = (message: string) => window.__fuzzWorkerError?.(message);
        this.addEventListener('error', (e) => report(e.message || 'error event'));
        this.addEventListener('messageerror', () => report('messageerror'));
      }
    };
  });
  let origin = '';
  page.on('pageerror', (error) => incidents.push(`uncaught ${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') incidents.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    incidents.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    origin ||= url.origin; // the first request is the page itself
    if (url.origin !== origin && url.protocol !== 'data:') incidents.push(`a request left the site: ${request.url()}`);
    if (url.pathname.endsWith('/x')) incidents.push(`a query's <img src=x> was fetched: ${request.url()}`);
  });
  return incidents;
}

/** Types each query into the field, waiting until the page reacts (or SETTLE_MS), and reports the first harmful one. */
async function typeAll(
  page: Page,
  selector: string,
  queries: string[],
): Promise<{ query: string; harm: string } | null> {
  return page.evaluate(
    async ({ selector, queries, settleMs, flag, attribute }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) return { query: '', harm: `${selector} is gone` };
      for (const query of queries) {
        const reacted = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            setTimeout(resolve, 0); // let the rest of the same update land
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          setTimeout(() => {
            observer.disconnect();
            resolve();
          }, settleMs);
        });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await reacted;
        if (Reflect.get(window, flag) !== undefined) return { query, harm: 'its script ran' };
        const injected = document.querySelector(`[${attribute}]`);
        if (injected) return { query, harm: `its markup became a <${injected.tagName.toLowerCase()}> element` };
      }
      const handler = [...document.querySelectorAll('body *')].find((el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name)),
      );
      if (handler)
        return {
          query: queries.join(' | '),
          harm: `a <${handler.tagName.toLowerCase()}> with an inline event handler appeared`,
        };
      return null;
    },
    { selector, queries, settleMs: SETTLE_MS, flag: PWNED_FLAG, attribute: INJECTED_ATTRIBUTE },
  );
}

/** Whether a search for "cookies" lists a clause within the deadline (after clearing the field). */
async function answers(page: Page, selector: string, deadlineMs: number): Promise<boolean> {
  const field = page.locator(selector);
  const host = page.locator(`:is(site-search, search-page, form):has(${selector})`).first();
  await field.fill('');
  await field.fill('cookies');
  try {
    await expect(host.locator(CLAUSE_LINK).first()).toBeAttached({ timeout: deadlineMs });
    return true;
  } catch {
    return false;
  }
}

async function fuzzField(page: Page, path: string, selector: string, queries: string[]): Promise<void> {
  test.setTimeout(120_000 + queries.length * 1_000); // hangs are caught per batch, far sooner
  const incidents = await watch(page);
  await page.goto(path);
  const field = page.locator(selector);
  await expect(field, `${path} has no ${selector}`).toHaveCount(1);
  await field.focus();
  expect(
    await answers(page, selector, PROBE_DEADLINE_MS),
    `${selector} on ${path} does not list a clause for "cookies" (search does not answer)`,
  ).toBe(true);

  for (let start = 0; start < queries.length; start += BATCH) {
    const batch = queries.slice(start, start + BATCH);
    const harmful = await typeAll(page, selector, batch);
    expect(harmful, `query ${JSON.stringify(harmful?.query.slice(0, 120))} (seed ${SEED})`).toBeNull();
    expect(incidents, `while typing queries ${start}–${start + batch.length - 1} (seed ${SEED})`).toEqual([]);
    expect(
      await answers(page, selector, PROBE_DEADLINE_MS),
      `search stopped answering after queries ${start}–${start + batch.length - 1} (seed ${SEED})`,
    ).toBe(true);
  }
}

test.describe('search fuzz', () => {
  test.beforeAll(() => {
    console.log(`search fuzz: seed ${SEED}, ${QUERIES} queries per field (replay with FUZZ_SEED=${SEED})`);
  });

  test('the header search box', async ({ page }) => {
    await fuzzField(page, '/', '#site-search', searchQueries(random(SEED).fork(1), QUERIES));
  });

  test('the search page field', async ({ page }) => {
    await fuzzField(page, '/search/', '#search-q', searchQueries(random(SEED).fork(2), Math.ceil(QUERIES / 2)));
  });

  test('queries in the URL of the search page', async ({ page }) => {
    const incidents = await watch(page);
    expect((await page.goto('/search/'))?.status(), 'the /search/ page').toBe(200);
    const queries = [...HOSTILE_QUERIES, ...PROTOTYPE_QUERIES];
    test.setTimeout(60_000 + queries.length * 10_000);
    for (const q of queries) {
      const response = await page.goto(
        `/search/?${new URLSearchParams({ q, company: q.slice(0, 20), practice: q.slice(-20) })}`,
      );
      expect(response?.status(), q).toBe(200);
      await expect(page.locator('main [role="status"]').first()).toBeAttached({ timeout: 5_000 });
      const harm = await page.evaluate(
        ({ flag, attribute }) =>
          Reflect.get(window, flag) !== undefined
            ? 'its script ran'
            : document.querySelector(`[${attribute}]`)
              ? 'its markup was parsed'
              : null,
        { flag: PWNED_FLAG, attribute: INJECTED_ATTRIBUTE },
      );
      expect(harm, `/search/?q=${q}`).toBeNull();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    // And afterwards the page still searches.
    await page.goto('/search/?q=cookies');
    await expect(page.locator(`main ${CLAUSE_LINK}`).first(), 'search answers after the hostile URLs').toBeAttached({
      timeout: PROBE_DEADLINE_MS,
    });
    expect(incidents).toEqual([]);
  });
});
