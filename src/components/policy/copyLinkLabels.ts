/**
 * The words and accessible names of a copy-link control. A labelled control shows `LINK_TEXT`,
 * or `COPY_TEXT` where the page can copy (both are in its markup; the CSS shows one), and its
 * name starts with the one shown. An icon-only control's name: the markup names it as a link
 * ("Link to the clause “…”"); once the script makes it a button that copies, it becomes
 * "Copy link to the clause “…”". One home for both, so the page need not carry the second.
 * Also the word a copy-citation shows after a quote, in its markup or made by its script.
 */
export const LINK_LABEL = 'Link to ';
const COPY_LABEL = 'Copy link to ';
/** What a labelled control shows as a plain link (no JavaScript) … */
export const LINK_TEXT = 'Link';
/** … and once it copies. */
export const COPY_TEXT = 'Copy link';
/** A copy-citation's visible word after a quote (after a clause it is an icon named by its script). */
export const CITE_TEXT = 'Cite';

/** What an icon-only control's name says it links to: "Link to X" and "Copy link to X" → "X". */
export function linkSubject(label: string): string {
  for (const prefix of [COPY_LABEL, LINK_LABEL]) if (label.startsWith(prefix)) return label.slice(prefix.length);
  return label;
}

/** "Link to X" → "Copy link to X"; any other label gets the prefix added. */
export function asCopyLabel(linkLabel: string): string {
  return COPY_LABEL + linkSubject(linkLabel);
}
