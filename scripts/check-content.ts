/**
 * Checks content files without a full build: parses the taxonomy and each policy with the
 * same pure modules the loader uses, verifies every curated quote, and prints a summary.
 *
 *   npm run check:content                 # every policy
 *   npm run check:content -- mimecast     # one policy
 *
 * Exits 1 with the loader's own message on the first problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ContentError } from '../src/lib/policy/errors.ts';
import { parsePolicy } from '../src/lib/policy/parsePolicy.ts';
import { parseTaxonomy } from '../src/lib/taxonomy/loadTaxonomy.ts';

const only = process.argv.slice(2);
try {
  const taxonomy = parseTaxonomy(readFileSync('content/practices.yaml', 'utf8'));
  const files = readdirSync('content/policies')
    .filter((n) => n.endsWith('.md'))
    .filter((n) => only.length === 0 || only.includes(n.replace(/\.md$/, '')));
  for (const name of files) {
    const file = `content/policies/${name}`;
    const data = parsePolicy(readFileSync(file, 'utf8'), file, taxonomy);
    const stances = Object.values(data.practices).map((p) => p.stance);
    const tally = Object.entries(Object.groupBy(stances, (s) => s)).map(([s, list]) => `${s} ${list?.length}`);
    console.log(
      `${file}: ${data.reviewed ? 'reviewed' : 'not reviewed'}; ${data.clauses.length} clauses; ${tally.join(', ')}`,
    );
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`Content error in ${error.message}`);
    process.exit(1);
  }
  throw error;
}
