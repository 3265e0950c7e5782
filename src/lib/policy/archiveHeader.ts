import { EARLIEST_DATE } from './dates.ts';
import { ContentError } from '../base/errors.ts';
import type { ArchiveHeader } from './policySchema.ts';
import { at } from '../base/at.ts';

const HEADER =
  /^>\s*\*?The following text is extracted and transformed from the (\S+?) privacy policy that was archived on (\S+?)\. Please check the \[original snapshot on the Wayback Machine\]\((\S+?)\) for the most accurate reproduction\.\*?\s*$/;

const SNAPSHOT = /^https?:\/\/web\.archive\.org\/web\/(\d{14})(?:[a-z]{2}_)?\/(.+)$/;

/**
 * Reads the archive header: the first non-blank line of the body.
 * Returns the header and the body that follows it.
 * @throws ContentError naming `file` when the header is missing or malformed.
 */
export function extractArchiveHeader(body: string, file: string): { header: ArchiveHeader; rest: string } {
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = first === -1 ? '' : at(lines, first).trim();
  const match = HEADER.exec(line);
  if (!match) {
    throw new ContentError(
      file,
      'the archive header line is missing or malformed. The first line must be the corpus blockquote: ' +
        '"> *The following text is extracted and transformed from the <domain> privacy policy that was archived on <YYYY-MM-DD>. ' +
        'Please check the [original snapshot on the Wayback Machine](<snapshot URL>) for the most accurate reproduction.*"',
    );
  }
  const [, domain = '', date = '', snapshotUrl = ''] = match;
  const archivedOn = parseIsoDate(date, file);
  const originalUrl = decodeOriginalUrl(snapshotUrl, file);
  checkArchiveDate(archivedOn, snapshotUrl, file);
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain)) {
    throw new ContentError(file, `the archive header names "${domain}" as the domain, which is not a domain name.`);
  }
  return {
    header: { domain: domain.toLowerCase(), archivedOn, snapshotUrl, originalUrl },
    rest: lines.slice(first + 1).join('\n'),
  };
}

/** Checks `YYYY-MM-DD` is a real calendar date and returns it. */
function parseIsoDate(text: string, file: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== text) {
    throw new ContentError(
      file,
      `the archive date "${text}" is not a valid date; write it as YYYY-MM-DD (e.g. 2009-06-21).`,
    );
  }
  return text;
}

/**
 * The snapshot's own time, from its 14-digit timestamp (`20090621040548` → 2009-06-21T04:05:48Z);
 * null when the digits are not a real time.
 */
function snapshotTime(snapshotUrl: string): Date | null {
  const digits = SNAPSHOT.exec(snapshotUrl)?.[1];
  const m = digits && /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(digits);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const time = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const roundTrip = time.toISOString().slice(0, 19).replace(/\D/g, '');
  return roundTrip === digits ? time : null;
}

/**
 * The archive date must be that of a real snapshot: not in the future, not before the Wayback
 * Machine began (1996), and not later than the snapshot URL's timestamp (the Wayback Machine
 * cannot have kept a copy before it took it).
 * @throws ContentError saying which date to fix.
 */
function checkArchiveDate(archivedOn: string, snapshotUrl: string, file: string, now = new Date()): void {
  const today = now.toISOString().slice(0, 10);
  if (archivedOn > today) {
    throw new ContentError(
      file,
      `the archive date ${archivedOn} is in the future (today is ${today}); write the date the snapshot was taken.`,
    );
  }
  if (archivedOn < EARLIEST_DATE) {
    throw new ContentError(
      file,
      `the archive date ${archivedOn} is before ${EARLIEST_DATE}, when the Wayback Machine began archiving; write the date the snapshot was taken.`,
    );
  }
  const taken = snapshotTime(snapshotUrl);
  if (!taken) {
    const digits = SNAPSHOT.exec(snapshotUrl)?.[1] ?? '';
    throw new ContentError(
      file,
      `the snapshot URL's timestamp ${digits} is not a real date and time (YYYYMMDDhhmmss); copy the URL from the Wayback Machine again.`,
    );
  }
  if (taken > now) {
    throw new ContentError(
      file,
      `the snapshot URL's timestamp ${taken.toISOString()} is in the future; copy the URL from the Wayback Machine again.`,
    );
  }
  const takenOn = taken.toISOString().slice(0, 10);
  if (takenOn < EARLIEST_DATE) {
    throw new ContentError(
      file,
      `the snapshot URL's timestamp ${taken.toISOString()} is before ${EARLIEST_DATE}, when the Wayback Machine began archiving; copy the URL from the Wayback Machine again.`,
    );
  }
  if (archivedOn > takenOn) {
    throw new ContentError(
      file,
      `the archive date ${archivedOn} is later than the snapshot, taken on ${takenOn} (its URL's timestamp); ` +
        'one of the two is wrong: the archive date is the day the snapshot was taken.',
    );
  }
}

/**
 * Decodes the original URL from a Wayback snapshot URL:
 * `https://web.archive.org/web/20090621040548id_/http%3A//www.corero.com/x` → `http://www.corero.com/x`.
 */
function decodeOriginalUrl(snapshotUrl: string, file: string): string {
  const m = SNAPSHOT.exec(snapshotUrl);
  let original: URL | undefined;
  if (m) {
    try {
      original = new URL(decodeURIComponent(at(m, 2)));
    } catch {
      original = undefined;
    }
  }
  if (!m || !original || !/^https?:$/.test(original.protocol)) {
    throw new ContentError(
      file,
      `the snapshot URL "${snapshotUrl}" is not a Wayback Machine URL of the form https://web.archive.org/web/<timestamp>/<original URL>.`,
    );
  }
  return original.href;
}
