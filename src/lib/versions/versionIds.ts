/**
 * How a version is named: `mimecast@2016-12-03`, the company's slug and the archive date. The
 * policies collection's id of a version that is not its company's main one, and a column key
 * of /compare/ (`?c=mimecast@2010-08-13,mimecast@2016-12-03`). Pure.
 */

/** A version's key: `mimecast@2016-12-03`. */
export function versionId(slug: string, archivedOn: string): string {
  return `${slug}@${archivedOn}`;
}

/** A version key read back: `mimecast@2016-12-03` → slug and date; null when it names no version. */
export function parseVersionId(key: string): { slug: string; archivedOn: string } | null {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)@(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m ? { slug: m[1]!, archivedOn: m[2]! } : null;
}

/** Whether a collection entry's id is a company's main version (a bare slug) rather than `slug@date`. */
export function isMainEntryId(id: string): boolean {
  return !id.includes('@');
}
