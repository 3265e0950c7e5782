/** Policy file names and their slugs (pure: no Astro, no I/O). */
import { ContentError } from '../base/errors.ts';

/** File names read as policies: `.md` or `.markdown`, in any letter case. */
export const POLICY_FILE = /\.(md|markdown)$/i;

/**
 * The longest slug: it names the company's page folder and its link card (`<slug>.png`), and a
 * file system refuses names over 255 bytes; no company needs more than this.
 */
export const MAX_SLUG_LENGTH = 100;

/** Slug of a policy file name: `mimecast.md` → `mimecast`. */
export function slugFromFileName(fileName: string): string {
  return fileName
    .replace(POLICY_FILE, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
