/**
 * `npm run review` run as a command on files it must not write as they are: a symbolic link out
 * of the policies folder, a file with a byte-order mark and CRLF line endings, an accented name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const raw = readFileSync('tests/fixtures/raw/examplecorp.md', 'utf8');

describe('npm run review on files it must not write', () => {
  const pinnedNode = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;
  const review = (dir: string, slug: string) =>
    spawnSync(pinnedNode, ['scripts/review.ts', slug], {
      encoding: 'utf8',
      env: { ...process.env, POLICIES_DIR: dir },
    });

  it('refuses a symbolic link to a file outside the policies folder, and leaves that file alone', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'atlas-review-'));
    try {
      const outside = path.join(root, 'outside.md');
      writeFileSync(outside, raw);
      mkdirSync(path.join(root, 'policies'));
      symlinkSync(outside, path.join(root, 'policies', 'linked.md'));
      const result = review(path.join(root, 'policies'), 'linked');
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `Policy Atlas content error in ${root}/policies/linked.md: is a symbolic link; npm run review writes only regular files of the policies folder. Copy the policy in, then run it again.`,
      );
      expect(readFileSync(outside, 'utf8')).toBe(raw);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes a BOM, CRLF file as BOM and CRLF, and says how an accented name is published', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'atlas-review-'));
    try {
      const target = path.join(root, 'über-café.md');
      writeFileSync(target, `\uFEFF${raw.replace(/\n/g, '\r\n')}`);
      const result = review(root, 'uber-cafe');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe(
        `${root}/über-café.md: published as /companies/uber-cafe/ (its letters written without accents)`,
      );
      const written = readFileSync(target);
      expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(written.toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
