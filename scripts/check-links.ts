/**
 * Checks every link of a build, offline:
 *  1. our checker (scripts/lib/siteLinks.ts) reads every file: each internal href/src of every
 *     page, stylesheet, sitemap and open-data JSON must resolve to a file under the base path,
 *     and each #fragment to an element with that id on the target page;
 *  2. linkinator crawls the same folder over HTTP from every page (CSS, fragments,
 *     server-style resolution of folders), as an independent second opinion.
 * External links are listed, never fetched.
 *
 *   node scripts/check-links.ts                                   # dist/, base /
 *   node scripts/check-links.ts dist-subpath --base /policy-atlas/
 *   options: --site <origin> (default SITE_URL or http://localhost:4321), --no-linkinator,
 *            --external list|hosts (default list)
 * Exits 1 when a link is broken.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LinkChecker, LinkState } from 'linkinator';
import { checkSiteLinks, isReadForLinks, normaliseBase, type LinkProblem, type SiteFiles } from './lib/siteLinks.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: '/' },
    site: { type: 'string', default: process.env['SITE_URL'] ?? 'http://localhost:4321' },
    'no-linkinator': { type: 'boolean', default: false },
    external: { type: 'string', default: 'list' },
  },
});
const dir = path.resolve(positionals[0] ?? 'dist');
const base = normaliseBase(values.base);
const shown = path.relative(process.cwd(), dir) || '.';

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

let names: string[];
try {
  names = listFiles(dir);
} catch {
  console.error(`check-links: ${shown}/ does not exist; build first (npm run build).`);
  process.exit(1);
}
const files: SiteFiles = new Map(
  names.map((n) => [n, isReadForLinks(n) ? readFileSync(path.join(dir, n), 'utf8') : null]),
);
const report = checkSiteLinks(files, { base, site: values.site });
const problems: LinkProblem[] = [...report.problems];

/** A free local port for linkinator's server, so that it never meets another server. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let crawled = 0;
if (!values['no-linkinator']) {
  // Serve the folder at its base path: a sub-path build gets a temporary root holding a link to it.
  const root = base === '/' ? dir : mkdtempSync(path.join(tmpdir(), 'check-links-'));
  if (root !== dir) symlinkSync(dir, path.join(root, base.slice(1, -1)), 'dir');
  try {
    const port = await freePort();
    const local = `http://localhost:${port}/`;
    const prefix = base.slice(1);
    const result = await new LinkChecker().check({
      path: names.filter((n) => n.endsWith('.html')).map((n) => prefix + n),
      serverRoot: root,
      port,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(local)),
    });
    for (const link of result.links) {
      if (link.state === LinkState.SKIPPED) continue;
      crawled++;
      if (link.state !== LinkState.BROKEN) continue;
      const detail = link.failureDetails?.map((d) => (d instanceof Error ? d.message : '')).find(Boolean);
      problems.push({
        from: String(link.parent ?? '?').replace(local, '/'),
        line: null,
        where: 'linkinator',
        url: link.url.replace(local, '/'),
        problem: detail ?? `answers HTTP ${link.status ?? '?'}`,
      });
    }
  } finally {
    if (root !== dir) rmSync(root, { recursive: true, force: true });
  }
}

const n = (x: number): string => x.toLocaleString('en-GB');
console.log(
  `check-links: ${shown}/ (base ${base}): ${n(report.pages)} pages, ${n(report.internal)} internal links, ` +
    `${n(report.fragments)} of them to a #fragment` +
    (values['no-linkinator'] ? '' : `; linkinator crawled ${n(crawled)} URLs`),
);

const hosts = new Map<string, string[]>();
for (const url of [...report.external.keys()].sort()) {
  const host = new URL(url).host || new URL(url).protocol;
  hosts.set(host, [...(hosts.get(host) ?? []), url]);
}
console.log(`External links (listed, not fetched): ${n(report.external.size)} on ${n(hosts.size)} hosts`);
for (const [host, urls] of [...hosts].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
  console.log(`  ${host} (${urls.length})`);
  if (values.external === 'list') for (const url of urls) console.log(`    ${url}`);
}

if (problems.length) {
  console.error(`\n✖ ${n(problems.length)} broken links in ${shown}/:`);
  for (const p of problems) {
    console.error(`  ${p.from}${p.line ? `:${p.line}` : ''}  ${p.where} ${JSON.stringify(p.url)} ${p.problem}`);
  }
  process.exit(1);
}
console.log('✔ every internal link and #fragment resolves');
