/**
 * Checks built pages with the Nu HTML Checker (the W3C validator, the `vnu-jar` package), which
 * knows the HTML standard's content models and ARIA rules where html-validate does not. It
 * runs on Java: with none installed it says what to install and fails.
 *
 *   node scripts/check-nu.ts [dist …]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatNuError, nuErrors } from './lib/nuReport.ts';

const dirs = (process.argv.length > 2 ? process.argv.slice(2) : ['dist']).map((d) => path.resolve(d));
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`check-nu: ${path.relative(process.cwd(), dir)}/ does not exist; build first (npm run build).`);
    process.exit(1);
  }
}

const javaHome = process.env['JAVA_HOME'];
const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
if (spawnSync(java, ['-version'], { stdio: 'ignore' }).error) {
  console.error(
    [
      `✖ check-nu: the Nu HTML Checker runs on Java (11 or later), and no ${javaHome ? `${java}` : '`java`'} was found.`,
      '  Install a Java runtime, then run npm run check:dist again:',
      '    Debian/Ubuntu: sudo apt-get install default-jre-headless',
      '    Fedora:        sudo dnf install java-21-openjdk-headless',
      '    macOS:         brew install openjdk (and put it on PATH, or set JAVA_HOME)',
    ].join('\n'),
  );
  process.exit(1);
}

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
// --format json writes the report to stderr; --skip-non-html leaves the open data and images alone.
const run = spawnSync(java, ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', ...dirs], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error || !run.stderr.trim().startsWith('{')) {
  console.error(`✖ check-nu: the Nu HTML Checker did not run: ${run.error?.message ?? run.stderr.trim()}`);
  process.exit(1);
}
const errors = nuErrors(run.stderr);
const shown = dirs.map((d) => `${path.relative(process.cwd(), d)}/`).join(' and ');
if (errors.length) {
  console.error(`✖ check-nu: ${errors.length} errors in ${shown}:`);
  for (const e of errors) console.error(`  ${formatNuError(e, process.cwd())}`);
  process.exit(1);
}
console.log(`✔ check-nu: every page in ${shown} is valid HTML for the Nu HTML Checker`);
