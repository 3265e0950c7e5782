/**
 * Citations of what the site shows: a quote or clause of an archived policy, or a whole policy,
 * as plain text (to paste into an article or a chat) and as BibTeX (`@misc`, for a reference
 * manager). Every fact comes from the policy's provenance; every URL is absolute. Pure: no
 * Astro, no DOM; the copy controls bundle it.
 */
import type { PolicyData } from '../policy/policySchema.ts';
import { foldWhitespace } from '../base/text.ts';
import { formatDate } from '../site/labels.ts';

/**
 * The facts a citation names about the policy a quote comes from: its provenance and archived
 * title, and the company as the site names it (`Mimecast`: the policy's `name`).
 */
export type CitedPolicy = Pick<PolicyData, 'title' | 'domain' | 'archivedOn' | 'snapshotUrl'> & {
  company: PolicyData['name'];
};

/**
 * A site path (already carrying the base path, as `href()` gives it: `/policy-atlas/companies/x/#c-…`)
 * made absolute against the site's origin (`SITE_URL`, or the page's canonical URL). A path
 * that is already absolute is returned as it is.
 */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}

/** Whitespace folded to single spaces (U+00A0 included), ends trimmed: how a quote is cited. */
function fold(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The line that names the source: `Mimecast, “Mimecast Privacy Policy” (mimecast.com), archived 13 August 2010.` */
function sourceLine(policy: CitedPolicy): string {
  return `${policy.company}, “${fold(policy.title)}” (${policy.domain}), archived ${formatDate(policy.archivedOn)}.`;
}

/**
 * A quote found again in its clause's text: the `length` characters (whitespace folded) from
 * where its opening words stand. A company page shows a long quote by its opening words and
 * holds the clause, so the quote itself is not written into the page twice. The whole clause
 * when the opening words are not in it.
 */
export function quoteInClause(clauseText: string, opening: string, length: number): string {
  // Folded as practiceSummary measured the quote.
  const text = foldWhitespace(clauseText);
  const from = text.indexOf(foldWhitespace(opening));
  return from < 0 ? text : text.slice(from, from + length);
}

/**
 * A quote's plain-text citation: the quote in curly quotes, the company, the policy's title,
 * the archive date in the site's reader format, the clause's URL on this site and the
 * snapshot URL, one fact a line.
 * @param clauseUrl the absolute URL of the clause on this site (see `absoluteUrl`).
 */
export function quoteCitation(quote: string, policy: CitedPolicy, clauseUrl: string): string {
  return [
    `“${fold(quote)}”`,
    `— ${sourceLine(policy)}`,
    `Policy Atlas: ${clauseUrl}`,
    `Wayback Machine snapshot: ${policy.snapshotUrl}`,
  ].join('\n');
}

/**
 * A whole policy's plain-text citation ("Cite this policy").
 * @param pageUrl the absolute URL of the company page.
 */
export function policyCitation(policy: CitedPolicy, pageUrl: string): string {
  return [
    `${sourceLine(policy)} Via Policy Atlas.`,
    `Policy Atlas: ${pageUrl}`,
    `Wayback Machine snapshot: ${policy.snapshotUrl}`,
  ].join('\n');
}

/** BibTeX's month macros, January first. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Text made safe inside a braced BibTeX field that LaTeX will typeset: LaTeX's special
 * characters escaped, and braces written as commands, so the field's braces always balance
 * (BibTeX counts every brace, escaped or not).
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function bibtexText(text: string): string {
  const special: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\textbraceleft{}',
    '}': '\\textbraceright{}',
    '&': '\\&',
    '%': '\\%',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return fold(text).replace(/[\\{}&%$#_~^]/g, (ch) => special[ch] ?? ch);
}

/** A URL for a BibTeX `url` field (read verbatim): braces and whitespace percent-encoded, so the field stays balanced. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, (ch) => encodeURIComponent(ch));
}

/** A citation key from the company's slug and the archive date: `mimecast-2010-08-13`. */
function bibtexKey(slug: string, archivedOn: string): string {
  return `${slug.replace(/[^a-z0-9-]/gi, '-')}-${archivedOn}`;
}

/**
 * The policy as a BibTeX `@misc` entry, one field per line: the company as a corporate author
 * (double braces, so it is not split into first and last names), the title as archived, the
 * archive date, this site's page as `url`, and the snapshot in `note`.
 * @param pageUrl the absolute URL of the company page.
 */
export function policyBibtex(policy: CitedPolicy & { slug: string }, pageUrl: string): string {
  const [year, month] = policy.archivedOn.split('-');
  const macro = MONTH_MACROS[Number(month) - 1];
  const fields: [string, string][] = [
    ['author', `{{${bibtexText(policy.company)}}}`],
    ['title', `{{${bibtexText(policy.title)}}}`],
    ['howpublished', `{Archived from ${bibtexText(policy.domain)} on ${bibtexText(formatDate(policy.archivedOn))}}`],
    ['year', `{${year}}`],
    ...(macro ? ([['month', macro]] as [string, string][]) : []),
    ['date', `{${policy.archivedOn}}`],
    ['url', `{${bibtexUrl(pageUrl)}}`],
    ['note', `{Wayback Machine snapshot: \\url{${bibtexUrl(policy.snapshotUrl).replace(/[%#&]/g, '\\$&')}}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n');
  return `@misc{${bibtexKey(policy.slug, policy.archivedOn)},\n${body}\n}`;
}
