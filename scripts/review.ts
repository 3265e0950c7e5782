/**
 * `npm run review -- <slug>`: writes the suggested answers of an unreviewed policy into its
 * frontmatter as a draft review (`review.status: draft`), then prints what it wrote and what to
 * check. The build keeps showing a draft as suggestions until a person sets `status: done`
 * and `reviewedOn`. It never overwrites a review, draft or not. Folder: `POLICIES_DIR`
 * (default `content/policies`).
 */
import { lstatSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentErrorLine } from '../src/loaders/errorReport.ts';
import { ContentError } from '../src/lib/base/errors.ts';
import { loadPolicyFolder } from '../src/lib/corpus/loadPolicies.ts';
import { writeDraftReview } from '../src/lib/corpus/draftReview.ts';

const slugs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (slugs.length !== 1) {
  console.error('Usage: npm run review -- <slug>   (the file name of content/policies/<slug>.md without .md)');
  process.exit(2);
}
const root = process.cwd();
try {
  const dir = process.env['POLICIES_DIR'] ?? 'content/policies';
  const { policies, taxonomy, notes } = loadPolicyFolder({
    root,
    dir,
    taxonomy: 'content/practices.yaml',
    only: slugs,
  });
  const { raw, file } = policies[0]!;
  for (const { file: noted, note } of notes) if (noted === file) console.log(`${file}: ${note}`);
  const target = path.resolve(root, file);
  // Writes only a regular file of the policies folder itself: never through a link to elsewhere.
  const folder = realpathSync(path.resolve(root, dir));
  if (lstatSync(target).isSymbolicLink() || path.dirname(realpathSync(target)) !== folder) {
    throw new ContentError(
      file,
      'is a symbolic link; npm run review writes only regular files of the policies folder. Copy the policy in, then run it again.',
    );
  }
  const bom = readFileSync(target)
    .subarray(0, 3)
    .equals(Buffer.from([0xef, 0xbb, 0xbf]));
  const { text, answers } = writeDraftReview(raw, file, taxonomy, { bom });
  writeFileSync(target, text, 'utf8');
  const width = Math.max(...answers.map((a) => a.practice.length));
  // the least sure first: a weak cue is where a reviewer's reading matters most
  const order = { 'weak cue': 0, 'strong cue': 1, 'no cue': 2 } as const;
  const listed = [...answers].sort((a, b) => order[a.confidence] - order[b.confidence]);
  console.log(`Wrote a draft review of ${answers.length} practices into ${file}, the weak cues first:\n`);
  for (const a of listed) {
    console.log(
      `  ${a.practice.padEnd(width)}  ${a.stance.padEnd(13)}  ${a.confidence.padEnd(10)}  ${a.quotes ? `${a.quotes} quote${a.quotes > 1 ? 's' : ''}` : 'no quote'}${a.rule ? `  (rule ${a.rule})` : ''}`,
    );
  }
  const weak = answers.filter((a) => a.confidence === 'weak cue');
  const found = answers.filter((a) => a.stance !== 'not-mentioned');
  const silent = answers.filter((a) => a.stance === 'not-mentioned');
  const hard = found.filter((a) => a.stance === 'partial' || a.stance === 'no');
  console.log(`
What to check, in ${file}:
  1. Each of the ${found.length} answers with quotes: read the quoted sentences in the policy's text; is the stance right
     by content/practices.yaml's meaning? Add or cut quotes (verbatim; the build verifies them).${weak.length ? `\n     Start with the weak cues: ${weak.map((a) => a.practice).join(', ')}.` : ''}${hard.length ? `\n     Then the partial and no answers: ${hard.map((a) => a.practice).join(', ')}.` : ''}
  2. The ${silent.length} not-mentioned answers: search the text for what the rules may have missed.
  3. Rewrite every summary as one plain-English sentence about the company.
  4. When every answer is checked, set review.status: done and review.reviewedOn: ${new Date().toISOString().slice(0, 10)}.
Until then the site shows these answers as suggestions, never as reviewed ones. npm run check:content checks the file.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(contentErrorLine(error));
  process.exit(1);
}
