/**
 * How a version is named: `mimecast@2016-12-03`, the company's slug and the archive date. The
 * policies collection's id of a version that is not its company's main one, and a column key
 * of /compare/ (`?c=mimecast@2010-08-13,mimecast@2016-12-03`). Pure.
 */

/** A version's key: `mimecast@2016-12-03`. */
export function versionId(slug: string, archivedOn: string): string {
  return `${slug}@${archivedOn}`;
}

/** Whether a collection entry's id is a company's main version (a bare slug) rather than `slug@date`. */
export function isMainEntryId(id: string): boolean {
  return !id.includes('@');
}
