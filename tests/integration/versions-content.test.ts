/**
 * Two files of one domain dropped in together, through the loader's parse path and
 * `npm run check:content`: one company with two versions, or, with one archive date, the same
 * one-line refusal from both.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFolder } from '../../src/lib/corpus/loadPolicies.ts';
import { checkContent, scratchFolder } from '../support/build.ts';

const root = scratchFolder('versions');

const header = (domain: string, date: string): string =>
  `> *The following text is extracted and transformed from the ${domain} privacy policy that was archived on ${date}. ` +
  `Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/${date.replaceAll('-', '')}000000/http://${domain}/privacy) for the most accurate reproduction.*\n`;

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('two files of one domain dropped in together', () => {
  const body = '\n# Privacy\n\nWe use cookies to remember you.\n';
  it('become one company with two versions, the newer shown; check:content lists them', { timeout: 60_000 }, () => {
    const dir = folder('pair', {
      'acme.md': header('acme.example', '2012-03-04') + body,
      'acme-2014-05-06.md': header('acme.example', '2014-05-06') + body,
    });
    const { policies } = loadPolicyFolder({ root: process.cwd(), dir, taxonomy: 'content/practices.yaml' });
    expect(policies.map((p) => p.id)).toEqual(['acme@2012-03-04', 'acme']);
    expect(policies.map((p) => p.data.slug)).toEqual(['acme', 'acme']);
    const check = checkContent(dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('acme: 2 versions of acme.example: 2012-03-04, 2014-05-06 (shown)');
  });

  it('with one date: the build and check:content refuse them with the same one line', { timeout: 60_000 }, () => {
    const dir = folder('same-date', {
      'acme.md': header('acme.example', '2012-03-04') + body,
      'acme-again.md': header('acme.example', '2012-03-04') + body,
    });
    let said = '';
    try {
      loadPolicyFolder({ root: process.cwd(), dir, taxonomy: 'content/practices.yaml' });
    } catch (error) {
      said = (error as Error).message;
    }
    expect(said).toBe(
      `${dir}/acme.md: archives acme.example on 2012-03-04, as ${dir}/acme-again.md does: one company cannot have two versions of one date; remove one of the two files.`,
    );
    const check = checkContent(dir);
    expect(check.status).toBe(1);
    expect(check.stderr.trim()).toBe(`Policy Atlas content error in ${said}`);
    expect(check.stderr.trim().split('\n')).toHaveLength(1);
  });
});
