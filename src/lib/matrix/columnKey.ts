/**
 * The key of a /compare/ column, as `?c=` lists it and as its fragment's URL names it
 * (`/compare/columns/<key>/`): a company's slug (`mimecast`, the version the company page shows)
 * or one archived version of it (`mimecast@2016-12-03`). Pure: no Astro.
 */

/** A company slug, optionally `@` and an archive date. Lower case; nothing else can reach a URL. */
const COLUMN_KEY = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:@(\d{4}-\d{2}-\d{2}))?$/;

/** What a column key names: a company, and one of its archived versions when `version` is set. */
export interface ColumnRef {
  company: string;
  /** The version's archive date (`2016-12-03`); absent for the company's default version. */
  version?: string;
}

/** Reads a key (`mimecast@2016-12-03` → `{ company: 'mimecast', version: '2016-12-03' }`); null when malformed. */
export function parseColumnKey(key: string): ColumnRef | null {
  const match = COLUMN_KEY.exec(key.trim().toLowerCase());
  if (!match) return null;
  return match[2] ? { company: match[1]!, version: match[2] } : { company: match[1]! };
}

/** Writes a key: `{ company: 'mimecast' }` → `mimecast`, with a version `mimecast@2016-12-03`. */
export function columnKey(ref: ColumnRef): string {
  return ref.version ? `${ref.company}@${ref.version}` : ref.company;
}
