/**
 * Generates a synthetic corpus of N policies from the five real ones, for the scale benchmark:
 * each synthetic policy takes a real policy's blocks (paragraphs, lists, headings), shuffles them
 * with blocks borrowed from the others, and gets a new slug, domain and archive header.
 * Files are raw corpus files (no frontmatter), so they build as "not reviewed".
 *
 *   node bench/generate-corpus.ts <count> <out-dir> [seed]
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Deterministic PRNG (mulberry32), so the same count and seed give the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The archived body of a content file (frontmatter dropped), split into its header line and blocks. */
function readPolicy(file: string): { title: string; blocks: string[] } {
  let text = readFileSync(file, 'utf8');
  if (text.startsWith('---\n')) text = text.slice(text.indexOf('\n---\n', 4) + 5);
  const lines = text.split('\n');
  const rest = lines.slice(lines.findIndex((l) => l.startsWith('>')) + 1).join('\n');
  const blocks = rest
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter((b) => b !== '' && b !== '|');
  const titleIndex = blocks.findIndex((b) => b.startsWith('# '));
  const title = titleIndex >= 0 ? blocks.splice(titleIndex, 1)[0]!.slice(2) : 'Privacy Policy';
  return { title, blocks };
}

export function generateCorpus(count: number, outDir: string, seed = 1, sourceDir = 'content/policies'): string[] {
  const random = prng(seed);
  const sources = readdirSync(sourceDir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => readPolicy(path.join(sourceDir, n)));
  const pool = sources.flatMap((s) => s.blocks);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const slugs: string[] = [];
  for (let i = 1; i <= count; i++) {
    const base = sources[i % sources.length]!;
    const borrowed = Array.from(
      { length: Math.ceil(base.blocks.length / 3) },
      () => pool[Math.floor(random() * pool.length)]!,
    );
    const blocks = shuffle([...base.blocks, ...borrowed], random);
    const slug = `synthetic-${String(i).padStart(4, '0')}`;
    const year = 2005 + (i % 7);
    const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const domain = `${slug}.example`;
    const stamp = date.replaceAll('-', '') + '120000';
    const header =
      `> *The following text is extracted and transformed from the ${domain} privacy policy that was archived on ${date}. ` +
      `Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/${stamp}id_/http%3A//www.${domain}/privacy) for the most accurate reproduction.*`;
    writeFileSync(
      path.join(outDir, `${slug}.md`),
      `${header}\n\n# ${base.title} (${slug})\n\n${blocks.join('\n\n')}\n`,
    );
    slugs.push(slug);
  }
  return slugs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '100', outDir = `.bench/corpus-${count}`, seed = '1'] = process.argv.slice(2);
  const slugs = generateCorpus(Number(count), outDir, Number(seed));
  console.log(`${slugs.length} synthetic policies written to ${outDir}`);
}
