/**
 * The dates a policy file may give (pure: no Astro, no I/O). The Wayback Machine began
 * archiving in 1996, so no snapshot, archive date or review of one is earlier; none is later
 * than the day of the build.
 */

/** The first day the Wayback Machine can have archived a page. */
export const EARLIEST_DATE = '1996-01-01';

/** Whether `YYYY-MM-DD` is a real calendar date (`2026-02-30` is not). */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.toISOString().slice(0, 10) === text;
}

/** Today's date, `YYYY-MM-DD` in UTC: the latest date a file may give. */
function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * What is wrong with a `YYYY-MM-DD` date of the policy file, or null when it is sound:
 * not a calendar date, before {@link EARLIEST_DATE}, or after today.
 */
export function dateProblem(text: string, now = new Date()): string | null {
  if (!isCalendarDate(text)) return `"${text}" is not a real date; write it as YYYY-MM-DD (e.g. 2009-06-21)`;
  if (text < EARLIEST_DATE)
    return `${text} is before ${EARLIEST_DATE}, when the Wayback Machine began archiving; check the year`;
  if (text > today(now)) return `${text} is in the future (today is ${today(now)})`;
  return null;
}
