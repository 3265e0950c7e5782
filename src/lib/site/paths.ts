/**
 * Site-relative links that honour Astro's `base`, so the site works at a domain root
 * or under a sub-path. Every internal link goes through `href()`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/companies/mimecast/#cookies` → `<base>companies/mimecast/#cookies`. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** The company page of a policy. */
export const companyPath = (slug: string, fragment?: string): string =>
  href(`/companies/${slug}/${fragment ? `#${fragment}` : ''}`);

/** The page of a practice. */
export const practicePath = (id: string): string => href(`/practices/${id}/`);

/** The page of one archived version of a company's policy: `/companies/mimecast/2016-12-03/`. */
export const versionPath = (slug: string, archivedOn: string, fragment?: string): string =>
  href(`/companies/${slug}/${archivedOn}/${fragment ? `#${fragment}` : ''}`);

/** The URL segment of a pair of versions: `2010-08-13-to-2016-12-03`. */
export const pairSegment = (from: string, to: string): string => `${from}-to-${to}`;

/** What changed between two versions of a company's policy: `/companies/mimecast/changes/2010-08-13-to-2016-12-03/`. */
export const changesPath = (slug: string, from: string, to: string, fragment?: string): string =>
  href(`/companies/${slug}/changes/${pairSegment(from, to)}/${fragment ? `#${fragment}` : ''}`);

/** Every pair of a company's versions, each linked to its changes page: `/companies/mimecast/changes/`. */
export const changesIndexPath = (slug: string): string => href(`/companies/${slug}/changes/`);

/**
 * A company's answer on a practice's page, on the page of the list that holds it (each practice
 * page lists the companies in pages: src/lib/site/paging.ts): `/practices/cookies/page/3/#answer-acme`.
 */
export const practiceAnswerPath = (id: string, slug: string, page = 1): string =>
  `${page > 1 ? href(`/practices/${id}/page/${page}/`) : practicePath(id)}#answer-${slug}`;

/** The Atom feed of every archived version, newest first: `/versions.xml`. */
export const versionsFeedPath = (): string => href('/versions.xml');
