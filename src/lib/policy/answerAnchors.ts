/**
 * The two anchors every practice has on a company page, whatever the policy says:
 * `#answer-<practice-id>` on the answer row, and `#<practice-id>` where the text speaks of the
 * practice (the cited or detected clause) or, when it never does, on the answer row that says
 * so. No practice anchor is ever dead. Pure: no Astro.
 */

/** Prefix of the answer rows' ids: `answer-cookies`. */
const ANSWER_ID_PREFIX = 'answer-';

/** The id of a practice's answer row: `cookies` → `answer-cookies`. */
export function answerId(practiceId: string): string {
  return ANSWER_ID_PREFIX + practiceId;
}

/**
 * The ids an answer row carries, outermost first: always `answer-<id>`, and `<id>` itself when
 * the policy's text has no anchor for the practice.
 * @param anchorInText the practice's `anchor` as the loader placed it (null when the text never addresses it).
 */
export function answerRowIds(
  practiceId: string,
  anchorInText: string | null,
): { row: string; practice: string | null } {
  return { row: answerId(practiceId), practice: anchorInText ? null : practiceId };
}

/** Whether a heading's id would take one of the page's practice ids or answer-row ids. */
export function isPracticeOrAnswerId(id: string, practiceIds: ReadonlySet<string> | Record<string, unknown>): boolean {
  const has = (key: string) => (practiceIds instanceof Set ? practiceIds.has(key) : key in practiceIds);
  return has(id) || (id.startsWith(ANSWER_ID_PREFIX) && has(id.slice(ANSWER_ID_PREFIX.length)));
}
