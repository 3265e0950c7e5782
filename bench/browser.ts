/** The Chromium the benchmark drives: Playwright's own if installed, else the system's (as the e2e tests). */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/support/browser.ts';

/** A path to a Chromium binary (Lighthouse needs one even when Playwright brings its own). */
export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
