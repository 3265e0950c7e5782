/**
 * The Chromium the benchmark drives: Playwright's own if installed, else the system's whole browser
 * (Lighthouse needs one; the figures stay comparable from run to run).
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/support/browser.ts';

/** A path to a Chromium binary (Lighthouse needs one even when Playwright brings its own). */
export function chromiumPath(): string {
  return chromiumExecutable({ full: true }) ?? chromium.executablePath();
}

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/**
 * Runs `task` in a fresh browser, closed after. When the browser dies under it (a crash, or
 * killed from outside on a shared machine), the task runs once more in a new one.
 */
export async function withBrowser<T>(
  label: string,
  task: (browser: Browser) => Promise<T>,
  log: (message: string) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const browser = await launchBrowser();
    try {
      return await task(browser);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= 2 || !/closed|crash|disconnected/i.test(message)) throw error;
      log(`${label}: the browser went away (${message.split('\n')[0]}); trying again`);
    } finally {
      await browser.close().catch(() => undefined);
    }
  }
}
