/** Policy file names and their slugs (pure: no Astro, no I/O). */
import { ContentError } from '../base/errors.ts';

/** File names read as policies: `.md` or `.markdown`, in any letter case. */
export const POLICY_FILE = /\.(md|markdown)$/i;

/**
 * The longest slug: it names the company's page folder and its link card (`<slug>.png`), and a
 * file system refuses names over 255 bytes; no company needs more than this.
 */
const MAX_SLUG_LENGTH = 100;

/**
 * A file name's letters with their accents taken off (`über-café` → `uber-cafe`): Unicode's
 * compatibility decomposition (NFKD), marks dropped. Letters that do not decompose (ß, ø, ł,
 * 中) stay as they are, for {@link lostLetters} to find.
 */
function unaccented(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Slug of a policy file name: `mimecast.md` → `mimecast`, `über-café.md` → `uber-cafe`. */
export function slugFromFileName(fileName: string): string {
  return unaccented(fileName.replace(POLICY_FILE, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The letters and digits of a file name that its slug cannot keep, even unaccented (`straße.md` → `ß`). */
function lostLetters(fileName: string): string {
  return [...new Set(unaccented(fileName.replace(POLICY_FILE, '')).match(/[^\p{ASCII}]/gu) ?? [])]
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .join('');
}

/** What a file name's slug says of it, when it is not the name itself: `über-café.md` is published as `uber-cafe`. */
export function slugNote(fileName: string, slug: string): string | null {
  const base = fileName.replace(POLICY_FILE, '');
  return /[^\p{ASCII}]/u.test(base) ? `published as /companies/${slug}/ (its letters written without accents)` : null;
}

/**
 * Pairs each policy file name with its slug, refusing two files with one slug
 * (`Mimecast.md` and `mimecast.md`, or `mimecast.md` and `mimecast.markdown`) and a slug over
 * {@link MAX_SLUG_LENGTH} characters.
 * @throws ContentError naming both files.
 */
export function assignSlugs(fileNames: readonly string[], dir: string): { name: string; file: string; slug: string }[] {
  const bySlug = new Map<string, string>();
  return [...fileNames].sort().map((name) => {
    const file = `${dir}/${name}`;
    const slug = slugFromFileName(name);
    if (!slug)
      throw new ContentError(file, 'the file name gives an empty slug; name it after the company, e.g. mimecast.md.');
    const lost = lostLetters(name);
    if (lost)
      throw new ContentError(
        file,
        `the file name holds letters a web address cannot keep (${lost}); rename it with the letters a–z, digits and hyphens${slug ? `, e.g. ${slug}.md` : ''}.`,
      );
    if (slug.length > MAX_SLUG_LENGTH)
      throw new ContentError(
        file,
        `the file name gives a slug of ${slug.length} characters, over the ${MAX_SLUG_LENGTH} a page and its link card can be named with; ` +
          'name the file after the company (e.g. mimecast.md) and give the full name as frontmatter name.',
      );
    const other = bySlug.get(slug);
    if (other) throw new ContentError(file, `has the same slug "${slug}" as ${other}; rename one of the two files.`);
    bySlug.set(slug, file);
    return { name, file, slug };
  });
}
