import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A real `astro build` against a folder holding one misquoted policy: the build must stop,
 * and its output must name the file, the practice and the quote. This runs the whole
 * pipeline (Content Layer loader → parsePolicy → verifyQuotes), not just the pure module.
 */
const outDir = mkdtempSync(path.join(tmpdir(), 'atlas-build-errors-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The project's pinned Node 24 (the `node` dev dependency); Astro refuses the machine's older one. */
const pinnedNode = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;

describe('astro build with a misquoted policy', () => {
  it('fails, naming file, practice and quote', { timeout: 180_000 }, () => {
    const result = spawnSync(pinnedNode, ['node_modules/.bin/astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        POLICIES_DIR: 'tests/fixtures/build-misquote',
        OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      timeout: 170_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.error).toBeUndefined();
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('tests/fixtures/build-misquote/misquote.md');
    expect(output).toContain('review.practices.cookies.quotes.0');
    expect(output).toContain('the quote "We use chocolate cookies to remember you." is not in the archived text');
    // Nothing was written: a failed build leaves no half-built site behind.
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
