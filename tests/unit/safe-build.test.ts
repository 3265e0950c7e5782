import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildErrorMessage } from '../../scripts/lib/buildOutput.ts';
import { previousDirFor, replaceDir, stagingDirFor } from '../../scripts/lib/replaceDir.ts';
import { ancestry, lineBroken, procParentOf } from '../../scripts/lib/starters.ts';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'safe-build-'));
  temps.push(dir);
  return dir;
}
function folder(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('replaceDir', () => {
  it('swaps the finished build in and removes the previous one', async () => {
    const root = temp();
    const target = folder(path.join(root, 'dist'), { 'index.html': 'old', 'gone.html': 'old' });
    const staging = folder(stagingDirFor(target), { 'index.html': 'new' });
    await replaceDir(staging, target);
    expect(readdirSync(target)).toEqual(['index.html']);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('creates the folder when there was none', async () => {
    const root = temp();
    const target = path.join(root, 'dist');
    await replaceDir(folder(stagingDirFor(target), { 'index.html': 'new' }), target);
    expect(readdirSync(target)).toEqual(['index.html']);
  });

  it('leaves the previous build in place when there is nothing to swap in', async () => {
    const root = temp();
    const target = folder(path.join(root, 'dist'), { 'index.html': 'old' });
    await expect(replaceDir(stagingDirFor(target), target)).rejects.toThrow(/ENOENT/);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(previousDirFor(target))).toBe(false);
  });

  it('keeps its working folders hidden, next to the target', () => {
    expect(stagingDirFor('/x/dist-subpath')).toBe('/x/.dist-subpath.staging');
    expect(previousDirFor('dist')).toBe('.dist.previous');
  });
});

describe('buildErrorMessage', () => {
  const none = { report: null, signal: null, stderr: '' };

  it("prints the loader's report, not Astro's console text or hints", () => {
    const stderr =
      '[ERROR] Policy Atlas content error in x.md: the window of the document\n  Hint:\n    Browser APIs are not available on the server.\n';
    expect(
      buildErrorMessage({
        ...none,
        stderr,
        report: { kind: 'content-error', file: 'content/policies/x.md', problem: 'mentions the window.' },
      }),
    ).toBe('Policy Atlas content error in content/policies/x.md: mentions the window.');
  });

  it('says "interrupted" when a signal ended the build', () => {
    expect(buildErrorMessage({ ...none, signal: 'SIGINT' })).toBe(
      'The build was interrupted (SIGINT) before it finished.',
    );
  });

  it('keeps any other error without its stack frames or colours', () => {
    expect(
      buildErrorMessage({
        ...none,
        stderr: '\u001b[31m[ERROR] Could not resolve "./x"\u001b[39m\n    at a (b.js:1:1)\n    at c (d.js:2:2)\n',
      }),
    ).toBe('[ERROR] Could not resolve "./x"');
    expect(buildErrorMessage(none)).toBe('astro build failed without an error message.');
  });
});

describe('the line of processes that started a build', () => {
  // npm (10) started a shell (20), which started the safe build (30); 10's parent is a terminal (5).
  const parents = new Map([
    [20, 10],
    [10, 5],
    [5, 1],
  ]);
  const parentOf = (pid: number): number | null => parents.get(pid) ?? null;

  it('is every process and its parent up to the init process', () => {
    expect(ancestry(30, 20, parentOf)).toEqual([
      { pid: 30, parent: 20 },
      { pid: 20, parent: 10 },
      { pid: 10, parent: 5 },
      { pid: 5, parent: 1 },
    ]);
  });

  it('is broken when npm ends and its shell is re-parented, though the shell lives on', () => {
    const line = ancestry(30, 20, parentOf);
    expect(lineBroken(line, 20, parentOf)).toBe(false);
    const after = (pid: number): number | null => (pid === 20 ? 1 : parentOf(pid));
    expect(lineBroken(line, 20, after)).toBe(true);
  });

  it('is broken when the safe build itself is re-parented', () => {
    expect(lineBroken(ancestry(30, 20, parentOf), 1, parentOf)).toBe(true);
  });

  it('reads a real parent from /proc where there is one', () => {
    if (existsSync('/proc/self/stat')) expect(procParentOf(process.pid)).toBe(process.ppid);
    expect(procParentOf(2 ** 30)).toBeNull();
  });
});
