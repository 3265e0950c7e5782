/**
 * Checks content files without a full build, through the loader's own parse path
 * (`loadPolicyFolder`): the same folder (`POLICIES_DIR`, default `content/policies`), file
 * rules, slugs, duplicate check, versions (files of one domain), encodings, limits and messages.
 * Prints a summary.
 *
 *   npm run check:content                 # every policy
 *   npm run check:content -- mimecast     # one policy (every file is still discovered)
 *
 * Exits 1 with the loader's own message on the first problem. Warns (without failing) on a
 * review's quote that is a fragment of a sentence rather than the whole sentence or list item.
 */
import { contentErrorLine } from '../src/loaders/errorReport.ts';
import { ContentError } from '../src/lib/base/errors.ts';
import { loadPolicyFolder } from '../src/lib/corpus/loadPolicies.ts';
import { quoteNoteLine, quoteNotes } from '../src/lib/policy/quoteShape.ts';

const only = process.argv.slice(2);
try {
  const { policies, skipped, notes } = loadPolicyFolder({
    root: process.cwd(),
    dir: process.env['POLICIES_DIR'] ?? 'content/policies',
    taxonomy: 'content/practices.yaml',
    only,
  });
  for (const { file, note } of [...skipped, ...notes]) console.log(`${file}: ${note}`);
  for (const { file, data } of policies) {
    const stances = Object.values(data.practices).map((p) => p.stance);
    const tally = Object.entries(Object.groupBy(stances, (s) => s)).map(([s, list]) => `${s} ${list?.length}`);
    console.log(
      `${file}: ${data.reviewed ? 'reviewed' : 'not reviewed'}; ${data.clauses.length} clauses; ${tally.join(', ')}`,
    );
    for (const note of quoteNotes(data)) {
      const line = quoteNoteLine(file, note);
      if (note.shape.kind === 'fragment') console.warn(`warning: ${line}`);
      else console.log(`  note: ${line}`);
    }
  }
  // Companies with several versions (files of one domain): their versions, oldest first, the shown one marked.
  for (const [slug, versions] of Object.entries(Object.groupBy(policies, (p) => p.data.slug))) {
    if (!versions || versions.length < 2) continue;
    const dates = versions
      .map((v) => ({ date: v.data.archivedOn, main: v.id === slug }))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((v) => (v.main ? `${v.date} (shown)` : v.date));
    console.log(`${slug}: ${versions.length} versions of ${versions[0]!.data.domain}: ${dates.join(', ')}`);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(contentErrorLine(error));
  process.exit(1);
}
