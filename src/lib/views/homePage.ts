/**
 * What the home page shows, bounded whatever the corpus holds: the questions readers ask first
 * (in their words, each a practice of the taxonomy), the companies that answer them (the reviewed
 * ones, or the first few when none is), and the companies to list after them (the reviewed, then
 * the most recently archived). Pure: no Astro.
 */

/** A question as the home page asks it, and the practice that answers it. */
export interface HomeQuestion {
  practice: string;
  ask: string;
}

/** The questions readers ask first, in the order they ask them. */
export const HOME_QUESTIONS: readonly HomeQuestion[] = [
  { practice: 'sells-data', ask: 'Do they sell your data?' },
  { practice: 'third-party-sharing', ask: 'Do they share it?' },
  { practice: 'cookies', ask: 'Cookies?' },
  { practice: 'tracking-cookies', ask: 'Do cookies track you?' },
  { practice: 'marketing-opt-out', ask: 'Can you opt out?' },
  { practice: 'deletion', ask: 'Can you delete your data?' },
];

/** At most this many companies answer on the home page (columns), and are listed as cards. */
export const HOME_COMPANIES = 6;
/** At most this many recently archived policies are listed after the cards. */
const HOME_RECENT = 8;

interface Listed {
  slug: string;
  reviewed: boolean;
  archivedOn: string;
}

/**
 * The companies of the comparison: the reviewed ones, most recently archived first, or when
 * none is reviewed the first few in the given order; never more than `HOME_COMPANIES`.
 * Returned in the given order (the site's: by name).
 */
export function comparedCompanies<T extends Listed>(companies: readonly T[], max = HOME_COMPANIES): T[] {
  const reviewed = companies.filter((c) => c.reviewed);
  const pool = reviewed.length ? newestFirst(reviewed).slice(0, max) : companies.slice(0, max);
  const chosen = new Set(pool.map((c) => c.slug));
  return companies.filter((c) => chosen.has(c.slug));
}

/** The most recently archived companies not already shown, newest first; at most `max`. */
export function recentCompanies<T extends Listed>(
  companies: readonly T[],
  shown: ReadonlySet<string>,
  max = HOME_RECENT,
): T[] {
  return newestFirst(companies.filter((c) => !shown.has(c.slug))).slice(0, max);
}

function newestFirst<T extends Listed>(companies: readonly T[]): T[] {
  return [...companies].sort((a, b) => b.archivedOn.localeCompare(a.archivedOn) || a.slug.localeCompare(b.slug));
}
