/**
 * Search latency in Chromium, from a keystroke to the results painted, on the /search/ page
 * and in the header's search box.
 *
 * - warm: every keystroke of the fixed queries, typed one key at a time (real key events);
 *   the clock starts at the keydown event's timestamp and stops after the next paint that
 *   follows the results' render (requestAnimationFrame, then a task: the frame has been drawn).
 *   "Rendered" is the search UI's status line changing to something other than "Loading search…"
 *   (it is rewritten on every render, results or none), so nothing in the UI is instrumented.
 * - cold: a fresh page (empty cache); the clock starts when the reader focuses the field, which
 *   starts loading the search code, the worker and the index; the whole query arrives at once.
 * - typing: the queries typed as fast as the browser takes keys, while long tasks on the main
 *   thread (PerformanceObserver 'longtask', > 50 ms) and the slowest key event are recorded.
 * - floor: the warm measurement on a bare text field whose input rewrites one line of text, in
 *   the same browser: what a keystroke costs before search does anything (key delivery, the
 *   next frame). Search can only add to it.
 */
import type { Browser, Page } from '@playwright/test';
import { COLD_QUERIES, QUERIES } from './queries.ts';
import { summarize, type Summary } from './stats.ts';

export interface SurfaceLatency {
  /** home page's header box, or the /search/ page */
  surface: string;
  path: string;
  /** Where the page ran the search (its data-search-on attribute). */
  placement: string;
  cold: Summary;
  warm: Summary;
  /** Warm, whole queries only (the last keystroke of each). */
  warmFinal: Summary;
  typing: TypingResponsiveness;
}

export interface TypingResponsiveness {
  keys: number;
  /** Long tasks (> 50 ms) on the main thread while typing, and the longest. */
  longTasks: number;
  longestTaskMs: number;
  /** The slowest key or input event's duration (input delay + handlers + next paint), from Event Timing. */
  slowestEventMs: number;
  /** From the last key to the final results painted. */
  settleMs: number;
}

interface Surface {
  surface: string;
  path: string;
  input: string;
  status: string;
}

const SURFACES: Surface[] = [
  { surface: 'search page', path: '/search/', input: '#search-q', status: '[data-status]' },
  { surface: 'header box', path: '/', input: '#site-search', status: '[data-panel-status]' },
];

const LOADING = 'Loading search…';

/** What `instrument()` puts on the page's window as `__bench`. */
interface Hook {
  longTasks: { start: number; duration: number }[];
  events: { start: number; duration: number; name: string }[];
  arm(statusSelector: string, startNow: boolean, expect: string): void;
  done(): Promise<number>;
}

declare global {
  interface Window {
    __bench: Hook;
  }
}

/** In the page before any script: records long tasks and slow events; offers `arm()` and `done()`. */
function instrument(loading: string): void {
  const longTasks: Hook['longTasks'] = [];
  const events: Hook['events'] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) events.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    /* older engines: no long task data */
  }
  let result: Promise<number> = Promise.reject(new Error('not armed'));
  result.catch(() => undefined);
  const hook: Hook = {
    longTasks,
    events,
    arm(statusSelector, startNow, expect) {
      const status = document.querySelector(statusSelector);
      if (!status) throw new Error(`no ${statusSelector} on the page`);
      let t0 = startNow ? performance.now() : Number.NaN;
      const onKey = (event: KeyboardEvent): void => {
        if (Number.isNaN(t0)) t0 = event.timeStamp;
      };
      document.addEventListener('keydown', onKey, { capture: true, once: true });
      result = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no results within 30 s (status: “${status.textContent}”)`));
        }, 30_000);
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text === loading || !text.includes(`“${expect.trim()}”`)) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - t0);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      result.catch(() => undefined);
    },
    done: () => result,
  };
  window.__bench = hook;
}

/** Opens the surface's page, instrumented; `html`, when given, is served at its path instead of the site's. */
async function openPage(
  browser: Browser,
  origin: string,
  surface: Surface,
  html?: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(instrument, LOADING);
  if (html !== undefined)
    await context.route(origin + surface.path, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
  const page = await context.newPage();
  await page.goto(origin + surface.path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, close: () => context.close() };
}

/** Presses one key and returns the time to the results painted. */
async function timedKey(page: Page, surface: Surface, key: string, expect: string): Promise<number> {
  await page.evaluate(({ selector, expect }) => window.__bench.arm(selector, false, expect), {
    selector: surface.status,
    expect,
  });
  await page.keyboard.press(key === ' ' ? 'Space' : key);
  return page.evaluate(() => window.__bench.done());
}

/**
 * Focuses the field through the DOM, not a Playwright locator: a locator's selector engine walks
 * the whole page (it looks into shadow roots), which on the home page at 1,000 policies is a
 * 40–100 ms task on the page's main thread, that the long-task count took for the site's.
 */
async function focusField(page: Page, surface: Surface): Promise<void> {
  await page.evaluate((selector) => {
    const field = document.querySelector<HTMLInputElement>(selector);
    if (!field) throw new Error(`no ${selector} on the page`);
    field.focus();
  }, surface.input);
}

/** Empties the field as a reader does, with keys (select all, delete): no locator (see focusField). */
async function clearField(page: Page, surface: Surface): Promise<void> {
  await focusField(page, surface);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

async function cold(browser: Browser, origin: string, surface: Surface): Promise<number[]> {
  const samples: number[] = [];
  for (const query of COLD_QUERIES) {
    const { page, close } = await openPage(browser, origin, surface);
    await page.evaluate(
      ({ selector, input, q }) => {
        const bench = window.__bench;
        bench.arm(selector, true, q);
        const field = document.querySelector<HTMLInputElement>(input);
        if (!field) throw new Error(`no ${input}`);
        field.focus();
        field.value = q;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: q }));
      },
      { selector: surface.status, input: surface.input, q: query },
    );
    samples.push(await page.evaluate(() => window.__bench.done()));
    await close();
  }
  return samples;
}

async function warm(page: Page, surface: Surface): Promise<{ all: number[]; final: number[] }> {
  // Warm up: the search code, the worker and the index are loaded by the first query.
  await focusField(page, surface);
  await page.evaluate((selector) => window.__bench.arm(selector, false, 'privacy'), surface.status);
  await page.keyboard.type('privacy');
  await page.evaluate(() => window.__bench.done());
  const all: number[] = [];
  const final: number[] = [];
  for (const query of QUERIES) {
    await clearField(page, surface);
    for (let i = 0; i < query.length; i++) all.push(await timedKey(page, surface, query[i]!, query.slice(0, i + 1)));
    final.push(all.at(-1)!);
    const status = await page.evaluate(
      (selector) => document.querySelector(selector)?.textContent ?? '',
      surface.status,
    );
    if (!status.includes(query))
      throw new Error(`${surface.surface}: after typing “${query}” the status says “${status}”`);
  }
  return { all, final };
}

async function typing(page: Page, surface: Surface): Promise<TypingResponsiveness> {
  await clearField(page, surface);
  const since = await page.evaluate(() => performance.now());
  let keys = 0;
  let settleMs = 0;
  for (const query of QUERIES) {
    await clearField(page, surface);
    await page.keyboard.type(query.slice(0, -1));
    await page.evaluate(({ selector, q }) => window.__bench.arm(selector, false, q), {
      selector: surface.status,
      q: query,
    });
    await page.keyboard.press(query.at(-1) === ' ' ? 'Space' : query.at(-1)!);
    settleMs = Math.max(settleMs, await page.evaluate(() => window.__bench.done()));
    keys += query.length;
  }
  const { longTasks, events } = await page.evaluate((from) => {
    const bench = window.__bench;
    return {
      longTasks: bench.longTasks.filter((t) => t.start >= from),
      events: bench.events.filter((e) => e.start >= from),
    };
  }, since);
  return {
    keys,
    longTasks: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
    slowestEventMs: Math.round(Math.max(0, ...events.filter((e) => /key|input/.test(e.name)).map((e) => e.duration))),
    settleMs: Math.round(settleMs),
  };
}

export async function measureSearchLatency(
  browser: Browser,
  origin: string,
  surfaces = SURFACES,
): Promise<SurfaceLatency[]> {
  const out: SurfaceLatency[] = [];
  for (const surface of surfaces) {
    const coldSamples = await cold(browser, origin, surface);
    const { page, close } = await openPage(browser, origin, surface);
    const placement = (await page.locator('[data-search-on]').first().getAttribute('data-search-on')) ?? '?';
    const { all, final } = await warm(page, surface);
    const typed = await typing(page, surface);
    await close();
    out.push({
      surface: surface.surface,
      path: surface.path,
      placement,
      cold: summarize(coldSamples),
      warm: summarize(all),
      warmFinal: summarize(final),
      typing: typed,
    });
  }
  return out;
}

const FLOOR_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title>
<input id="q" aria-label="q"><p id="s"></p>
<script>
  const q = document.getElementById('q');
  const s = document.getElementById('s');
  q.addEventListener('input', () => { s.textContent = '“' + q.value.trim() + '”'; });
</script></html>`;

/** The warm measurement on a bare field (see the top of this file): the browser's own floor. */
export async function measureKeystrokeFloor(browser: Browser, origin: string): Promise<Summary> {
  const surface: Surface = { surface: 'bare input', path: '/__keystroke-floor', input: '#q', status: '#s' };
  const { page, close } = await openPage(browser, origin, surface, FLOOR_PAGE);
  const { all } = await warm(page, surface);
  await close();
  return summarize(all);
}
