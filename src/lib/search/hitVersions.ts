/**
 * Which version of a company a hit is from, as a reader is told: the archive dates of the
 * versions holding the clause when the company has several ("3 April 2014 and 3 December 2016
 * versions"), and which version's page the hit opens (the company page for its main version,
 * else the newest version holding the clause). Pure: no DOM.
 */
import { formatDate, listOf } from '../site/labels.ts';
import type { SearchHit } from './searchTypes.ts';

type VersionedHit = Pick<SearchHit, 'versions' | 'inMain' | 'companyVersions'>;

/** "3 December 2016 version", "3 April 2014 and 3 December 2016 versions"; null for a company with one version. */
export function versionNote(hit: VersionedHit): string | null {
  if (hit.companyVersions <= 1 || hit.versions.length === 0) return null;
  return `${listOf(hit.versions.map(formatDate))} ${hit.versions.length === 1 ? 'version' : 'versions'}`;
}

/** The archive date of the version page a hit opens, or null for the company page (its main version). */
export function versionOpened(hit: VersionedHit): string | null {
  return hit.inMain || hit.companyVersions <= 1 ? null : (hit.versions.at(-1) ?? null);
}
