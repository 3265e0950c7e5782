/**
 * Cuts a long clause down to a window around its first match, as segments of plain and
 * matched text for the page to render as text nodes and <mark> elements (never as HTML).
 * Pure: no DOM.
 */
import type { Range } from './createSearcher.ts';

export interface Segment {
  text: string;
  /** Matched the query: render in <mark>. */
  mark: boolean;
}

export interface HitWindow {
  segments: Segment[];
  /** Text was left out before the first segment (show "…"). */
  clippedStart: boolean;
  /** Text was left out after the last segment (show "…"). */
  clippedEnd: boolean;
}

/** The window of `text` to show: the whole text if it fits, else about `maxLength` characters from a little before the first match, cut at spaces. */
function window(text: string, ranges: readonly Range[], maxLength: number): [number, number] {
  if (text.length <= maxLength) return [0, text.length];
  const focus = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(focus - Math.floor(maxLength / 4), text.length - maxLength));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= focus ? start : space + 1;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  // Never split a surrogate pair (an emoji) at either edge.
  if (start > 0 && /[\udc00-\udfff]/.test(text[start] ?? '')) start++;
  if (end < text.length && /[\udc00-\udfff]/.test(text[end] ?? '')) end++;
  return [start, end];
}

/** A hit's text cut to its window, split into plain and matched segments. */
export function hitWindow(text: string, ranges: readonly Range[], maxLength = Infinity): HitWindow {
  const [start, end] = window(text, ranges, maxLength);
  const segments: Segment[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (b <= a) continue;
    if (a > at) segments.push({ text: text.slice(at, a), mark: false });
    segments.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  return { segments, clippedStart: start > 0, clippedEnd: end < text.length };
}
