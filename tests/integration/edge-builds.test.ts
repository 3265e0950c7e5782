/**
 * Real safe builds (`scripts/safe-build.ts`) of the loader's edge cases (tests/support/edgeCases.ts):
 * what a page, the open data and the build's own messages look like, and that a failed,
 * interrupted or killed build leaves nothing behind. One file, so the builds run one after the other.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../scripts/lib/siteLinks.ts';
import { parseCsv } from '../support/csv.ts';
import { walkTargets } from '../../src/lib/policy/blocks.ts';
import { loadPolicyFolder } from '../../src/lib/corpus/loadPolicies.ts';
import { isLayoutId } from '../../src/lib/site/pageIds.ts';
import { checkContent, safeBuild, scratchFolder, startSafeBuild } from '../support/build.ts';
import { EDGE_CASES, formulaPolicy, writeCase } from '../support/edgeCases.ts';
import { taxonomy } from '../support/policies.ts';

const root = scratchFolder('edge-builds');
const entriesOf = (name: string) => EDGE_CASES.find((e) => e.name === name)!.entries;

describe('a build of the accepted edge cases (POLICIES_DIR absolute)', () => {
  const policies = writeCase(path.join(root, 'accepted'), {
    ...entriesOf('layout-headings'),
    ...entriesOf('reference-links'),
    ...entriesOf('flat-list-at-limit'),
    'corero.md': formulaPolicy(),
    '.#corero.md': { symlink: 'root@host.1:1' },
  });
  const out = path.join(root, 'accepted-dist');
  let result: ReturnType<typeof safeBuild>;
  const built = () => (result ??= safeBuild({ policies, out }));

  it('builds, noting the skipped lock file', () => {
    const { status, stdout, stderr } = built();
    expect(status, stderr).toBe(0);
    expect(stdout).toContain(`${policies}/.#corero.md: skipped: a dot file`);
    expect(stdout).toContain(`4 policies loaded from ${policies}`);
  });

  it("gives every element of a page with the layout's headings its own id", () => {
    built();
    const html = readFileSync(path.join(out, 'companies/layout/index.html'), 'utf8');
    const facts = readHtml(html, 'companies/layout/index.html');
    expect(facts.duplicates).toEqual([]);
    // The contents link "The policy text" lands on the page's own heading, "Atlas text" on the policy's.
    expect(html).toMatch(/<h2 id="atlas-text"[^>]*>The policy text<\/h2>/);
    expect(html).toMatch(/<h3 id="section-atlas-text"[^>]*>/);
  });

  it("writes on a company page only the policy's ids, practice ids and ids the layout reserves", () => {
    built();
    // Any other id is the layout's and unreserved: a policy heading could take it (src/lib/site/pageIds.ts).
    const practiceIds = new Set(taxonomy.map((p) => p.id));
    const loaded = loadPolicyFolder({ root: process.cwd(), dir: policies, taxonomy: 'content/practices.yaml' });
    const unreserved = loaded.policies.flatMap(({ id: slug, data }) => {
      const own = new Set([...walkTargets(data.blocks)].map((t) => t.id));
      const file = `companies/${slug}/index.html`;
      const { ids } = readHtml(readFileSync(path.join(out, file), 'utf8'), file);
      return [...ids]
        .filter((id) => !own.has(id) && !practiceIds.has(id) && !isLayoutId(id))
        .map((id) => `${file}: ${id}`);
    });
    expect(loaded.policies).toHaveLength(4);
    expect(unreserved, 'reserve them in LAYOUT_IDS or LAYOUT_ID_PREFIXES').toEqual([]);
  });

  it('links reference-style Markdown links', () => {
    built();
    const html = readFileSync(path.join(out, 'companies/refs/index.html'), 'utf8');
    expect(html).toContain(
      '<a href="https://example.com/terms" rel="noopener noreferrer" class="external">our terms</a>',
    );
    expect(html).not.toContain('[our terms][terms]');
  });

  it('builds a policy at the size limit', () => {
    built();
    const html = readFileSync(path.join(out, 'companies/long/index.html'), 'utf8');
    expect(html.match(/<li id="c-/g)).toHaveLength(4_998);
  });

  it('writes formula-like fields to /data/matrix.csv as text, not formulas', () => {
    built();
    const rows = parseCsv(readFileSync(path.join(out, 'data/matrix.csv'), 'utf8'));
    const [head, ...cells] = rows;
    const col = (name: string) => head!.indexOf(name);
    const contact = cells.filter((r) => r[col('company')] === 'corero' && r[col('summary')]!.includes('HYPERLINK'));
    expect(contact).toHaveLength(1);
    expect(contact[0]![col('summary')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(contact[0]![col('quotes')]).toBe(`'+44 (0)20 7392 1300`);
    for (const row of rows)
      for (const field of row) expect(field, `a field of ${row.join(',')}`).not.toMatch(/^[=+\-@\t\r]/);
  });
});

/**
 * One case from each stage that can refuse a folder (the text's bytes, its Markdown, its
 * frontmatter, the review against the taxonomy, the folder itself). Every edge case's line is
 * compared with check:content's in edge-cases.test.ts, through the loader the build runs; a
 * build per case would test the same hand-over again at several seconds each.
 */
describe('a failed build says what check:content says, and nothing of Astro', () => {
  for (const name of ['utf-16', 'dangling-link', 'yaml-escaped-controls', 'proto-practice', 'empty-folder']) {
    it(name, () => {
      const policies = writeCase(path.join(root, `failed-${name}`), entriesOf(name));
      const out = path.join(root, `failed-${name}-dist`);
      mkdirSync(out);
      writeFileSync(path.join(out, 'index.html'), 'the previous build');
      const build = safeBuild({ policies, out });
      const check = checkContent(policies);
      expect(build.status).toBe(1);
      expect(check.status).toBe(1);
      const line = check.stderr.trim();
      expect(line).toMatch(/^Policy Atlas content error in /);
      expect(build.stderr).toContain(`✖ Build failed; ${out}/ was left as it was.\n\n${line}\n`);
      expect(build.stderr).not.toContain('Browser APIs');
      expect(build.stderr).not.toContain('Hint');
      expect(build.stderr).not.toMatch(/^\s+at\s/m);
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous build');
      expect(existsSync(path.join(root, `.failed-${name}-dist.staging`))).toBe(false);
    });
  }
});

/** Starts a safe build of the five policies; resolves once Astro is writing the staging folder. */
async function startBuild(out: string) {
  const staging = path.join(path.dirname(out), `.${path.basename(out)}.staging`);
  const child = startSafeBuild({ out });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdout.resume();
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  for (let i = 0; i < 600 && !existsSync(staging); i++) await new Promise((r) => setTimeout(r, 200));
  expect(existsSync(staging), 'the build never wrote its staging folder').toBe(true);
  // The safe build's one child is Astro (found by parent pid: Linux and macOS both have pgrep -P).
  const astro = Number(
    spawnSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' })
      .stdout.trim()
      .split(/\s+/)[0],
  );
  expect(astro, 'the Astro child of the safe build').toBeGreaterThan(0);
  return { child, staging, astro, closed, stderr: () => stderr };
}

/** Whether a process runs (a zombie, dead but not yet reaped by its new parent, does not). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return state !== '' && !state.startsWith('Z');
};

describe('an interrupted build', () => {
  it('says "interrupted" for Ctrl-C and exits 130, leaving nothing behind', async () => {
    const out = path.join(root, 'interrupted');
    const run = await startBuild(out);
    run.child.kill('SIGINT');
    expect(await run.closed).toBe(130);
    expect(run.stderr()).toContain('✖ Build interrupted; ');
    expect(run.stderr()).toContain('The build was interrupted (SIGINT) before it finished.');
    expect(run.stderr()).not.toContain('without an error message');
    expect(existsSync(run.staging)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('killed with SIGKILL, leaves no Astro process and no staging folder', async () => {
    const out = path.join(root, 'killed');
    const run = await startBuild(out);
    expect(alive(run.astro)).toBe(true);
    run.child.kill('SIGKILL');
    await run.closed;
    for (let i = 0; i < 100 && (alive(run.astro) || existsSync(run.staging)); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(alive(run.astro), `Astro (pid ${run.astro}) still runs`).toBe(false);
    expect(existsSync(run.staging)).toBe(false);
  });
});

/** Pids of the processes whose environment holds `marker` (Linux: /proc/<pid>/environ). */
function processesMarked(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(marker) && alive(Number(entry)))
        found.push(Number(entry));
    } catch {
      /* gone, or not ours */
    }
  }
  return found;
}

describe.skipIf(!existsSync('/proc/self/environ'))('a build whose npm is stopped', () => {
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
    it(`${signal} to npm: the build stops, leaves no process and never replaces the output`, async () => {
      const out = path.join(root, `starter-${signal}`);
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'index.html'), 'the previous build');
      const staging = path.join(root, `.starter-${signal}.staging`);
      const marker = `ATLAS_STARTER_TEST=${signal}-${process.pid}-${Date.now()}`;
      const npm = spawn('npm', ['run', 'build'], {
        env: { ...process.env, OUT_DIR: out, NO_COLOR: '1', [marker.split('=')[0]!]: marker.split('=')[1]! },
        stdio: 'ignore',
      });
      const closed = new Promise((resolve) => npm.on('close', resolve));
      for (let i = 0; i < 600 && !existsSync(staging); i++) await new Promise((r) => setTimeout(r, 200));
      expect(existsSync(staging), 'the build never wrote its staging folder').toBe(true);
      expect(processesMarked(marker).length).toBeGreaterThanOrEqual(3); // npm, its shell, the safe build, Astro
      npm.kill(signal);
      await closed;
      let left = processesMarked(marker);
      for (let i = 0; i < 100 && left.length > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        left = processesMarked(marker);
      }
      expect(left, 'processes of the build still running').toEqual([]);
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous build');
      expect(existsSync(staging)).toBe(false);
    });
  }
});

describe('ambient environment variables', () => {
  /** Every file of a folder, by path relative to it. */
  const files = (dir: string): Map<string, string> =>
    new Map(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const file = path.join(e.parentPath, e.name);
          return [path.relative(dir, file), readFileSync(file, 'latin1')];
        }),
    );

  it('BASE_URL, SITE and PUBLIC_* in the environment change nothing in the build', () => {
    const policies = writeCase(path.join(root, 'ambient'), { 'corero.md': readFileSync('content/policies/corero.md') });
    const build = (out: string, env: Record<string, string>) => safeBuild({ policies, out, env });
    const plain = path.join(root, 'ambient-plain');
    const ambient = path.join(root, 'ambient-set');
    expect(build(plain, {}).status).toBe(0);
    const result = build(ambient, {
      BASE_URL: 'http://127.0.0.1:8000',
      SITE: 'http://elsewhere.example',
      PUBLIC_BASE_URL: '/elsewhere/',
      PUBLIC_SITE_URL: 'http://elsewhere.example',
    });
    expect(result.status, result.stderr).toBe(0);
    const [a, b] = [files(plain), files(ambient)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a].filter(([file, text]) => b.get(file) !== text).map(([file]) => file);
    expect(differ).toEqual([]);
  });
});
