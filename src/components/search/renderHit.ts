/**
 * DOM for search hits, built from elements and text nodes only: the query and the archived
 * text are never parsed as HTML, so no query can inject markup.
 */
import type { Range, SearchHit } from '../../lib/search/createSearcher.ts';
import { hitWindow } from '../../lib/search/hitWindow.ts';
import { versionNote, versionOpened } from '../../lib/search/hitVersions.ts';
import { companyPath, versionPath } from '../../lib/site/paths.ts';

const MARK_CLASS = 'rounded-sm bg-(--color-mark) px-0.5 font-semibold text-(--color-ink)';

/** Text with its matched ranges in <mark>, cut to about `maxLength` characters around the first match. */
export function markedText(text: string, ranges: readonly Range[], maxLength = Infinity): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const { segments, clippedStart, clippedEnd } = hitWindow(text, ranges, maxLength);
  if (clippedStart) fragment.append('… ');
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      mark.textContent = segment.text;
      fragment.append(mark);
    } else fragment.append(segment.text);
  }
  if (clippedEnd) fragment.append(' …');
  return fragment;
}

/**
 * Where a hit leads: its clause on the company page, or on the page of the version it is from
 * when that is not the main one (honouring the site's base path), with the query, so that the
 * page marks the words it matched there (landingMarks.ts), also when shared.
 */
export function hitHref(hit: SearchHit, query: string): string {
  const version = versionOpened(hit);
  const [path, fragment] = (
    version ? versionPath(hit.company, version, hit.clauseId) : companyPath(hit.company, hit.clauseId)
  ).split('#');
  const q = query.trim();
  return `${path}${q ? `?${new URLSearchParams({ q })}` : ''}#${fragment}`;
}

/** "Mimecast · 3 December 2016 version · Cookies", the section's matched words marked. */
export function hitContext(hit: SearchHit, element: HTMLElement): HTMLElement {
  const company = document.createElement('span');
  company.className = 'font-semibold text-(--color-ink)';
  company.textContent = hit.companyName;
  element.append(company);
  const versions = versionNote(hit);
  if (versions) {
    const note = document.createElement('span');
    note.dataset['versions'] = '';
    note.textContent = versions;
    element.append(' · ', note);
  }
  if (hit.section) element.append(' · ', markedText(hit.section.text, hit.section.ranges));
  return element;
}

/** A hit's part of an element id, unique among hits: `mimecast-2014-04-03-c-1a2b3c4d`. */
export function hitIdPart(hit: SearchHit): string {
  return [hit.company, ...hit.versions, hit.clauseId].join('-');
}

/** Everything a rendered hit shows, as a string: equal keys render equal elements (see keyedList.ts). */
export function hitKey(hit: SearchHit): string {
  return JSON.stringify([
    hit.company,
    hit.clauseId,
    hit.versions,
    hit.inMain,
    hit.ranges,
    hit.section?.ranges ?? null,
    shownPractices(hit).map((p) => [p.id, p.ranges]),
  ]);
}

/** The practices worth showing on a hit: those the query matched, then those the review cites. */
export function shownPractices(hit: SearchHit, max = 4): SearchHit['practices'] {
  const matched = hit.practices.filter((p) => p.ranges.length > 0);
  const cited = hit.practices.filter((p) => p.ranges.length === 0 && p.curated);
  return [...matched, ...cited].slice(0, max);
}
