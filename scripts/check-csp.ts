/**
 * Checks the Content-Security-Policy of a build, offline: every HTML page has one strict
 * policy (no 'unsafe-inline', the directives of scripts/lib/cspConfig.ts) that covers each of
 * its inline scripts and styles by hash, and holds nothing the policy would block (inline
 * event handlers, style attributes, javascript: URLs, scripts from elsewhere); and _headers
 * gives static hosts the security headers. The end-to-end test tests/e2e/csp.spec.ts then
 * watches for violations in the browser.
 *
 *   node scripts/check-csp.ts [dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cspProblems, headersProblems } from './lib/cspCheck.ts';

const dir = path.resolve(process.argv[2] ?? 'dist');
const shown = path.relative(process.cwd(), dir) || '.';
if (!existsSync(dir)) {
  console.error(`check-csp: ${shown}/ does not exist; build first (npm run build).`);
  process.exit(1);
}
const pages = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
const problems: string[] = [];
for (const page of pages) {
  for (const p of cspProblems(readFileSync(path.join(dir, page), 'utf8'))) problems.push(`${page}: ${p}`);
}
const headers = path.join(dir, '_headers');
if (!existsSync(headers)) problems.push('_headers: missing (it comes from public/_headers)');
else for (const p of headersProblems(readFileSync(headers, 'utf8'))) problems.push(`_headers: ${p}`);

if (problems.length) {
  console.error(`✖ check-csp: ${problems.length} problems in ${shown}/:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `✔ check-csp: ${pages.length} pages in ${shown}/ carry a strict CSP that covers every inline script and style; _headers is sound`,
);
