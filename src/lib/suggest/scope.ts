/**
 * Negation and its scope, exceptions and consent: what turns "we sell" into "we do not sell",
 * and "we do not share" into "we do not share … without your consent". Pure string work on one
 * sentence; the scope of a negation ends at a clause boundary (`;`, `:`, "but", "however",
 * "except", "unless", "other than", "although", "while").
 */

/** Words that negate what follows them within their scope. */
const NEGATOR =
  /(?<![\p{L}\p{N}])(?:not|never|no|nor|neither|none|cannot|without|under no circumstances|restricted from|prohibited from)(?![\p{L}\p{N}])|n['’]t(?![\p{L}\p{N}])/giu;

/** Where a negation's scope ends, looking back from a cue. */
const SCOPE_BOUNDARY =
  /[;:]|,\s*(?:and|or)\s+(?=we|you|they|it|our)|(?<![\p{L}])(?:but|however|although|though|whereas|while|except|unless|other than|if|please)(?![\p{L}])/giu;

/** How many words back from a cue a negator may stand ("is not given or sold": 3). */
const NEGATION_WINDOW = 8;

/**
 * Whether the cue at `index` of `sentence` is negated: a negator stands before it, within
 * `NEGATION_WINDOW` words and no clause boundary between them.
 */
export function isNegated(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  let scopeStart = 0;
  for (const m of before.matchAll(SCOPE_BOUNDARY)) scopeStart = m.index + m[0].length;
  const scope = before.slice(scopeStart);
  let last = -1;
  for (const m of scope.matchAll(NEGATOR)) {
    // "if you do not wish to have your card stored": a wish, not a denial of the fact
    if (!/^\s+(?:wish|want|like|prefer|agree|limited to|only)\b/i.test(scope.slice(m.index + m[0].length)))
      last = m.index + m[0].length;
  }
  if (last < 0) return false;
  const between = scope.slice(last).trim();
  return between === '' || between.split(/\s+/).length <= NEGATION_WINDOW;
}

/** Consent or opt-in as the condition of an act. */
const CONSENT =
  /(?:with(?:out)?|unless|except with|only with|upon|after obtaining|obtain)\s+(?:your|the user['’]s|their|his or her|a parent['’]s|prior|express|explicit|written|verifiable|,|\s|opt-in|affirmative)*\s*(?:consent|permission|approval|authori[sz]ation|agreement)|(?:where|if|when|unless|once)\s+you\s+(?:have\s+)?(?:consent|consented|agree|agreed|authori[sz]e|opt(?:ed)?[\s-]*in|give us (?:your )?(?:consent|permission)|tell us|choose|ask)|(?:unless|if|when) we have (?:your|the user['’]s) (?:\w+ )?(?:consent|permission)|opt-?in (?:permission|consent|basis)|your (?:express |explicit |prior )?(?:consent|permission) first/iu;

/** An opportunity to refuse after the fact. */
const OPT_OUT = /opportunity to opt[\s-]*out|opt[\s-]*out of such|unless you opt[\s-]*out|(?:may|can) opt[\s-]*out/iu;

/** What an exception after a negated cue allows. */
export type Exception = 'consent' | 'opt-out' | 'other' | null;

/**
 * The exception that follows the cue at `index`, in the rest of its sentence:
 * "without your consent" → consent; "without … an opportunity to opt-out" → opt-out;
 * "except to complete the order", "other than with our agents" → other; none → null.
 */
export function exceptionAfter(sentence: string, index: number): Exception {
  const after = sentence.slice(index);
  if (OPT_OUT.test(after)) return 'opt-out';
  if (CONSENT.test(after)) return 'consent';
  if (
    /(?<![\p{L}])(?:except|other than|unless|save|apart from|besides|in a manner different|beyond what)(?![\p{L}])/iu.test(
      after,
    )
  ) {
    return 'other';
  }
  return null;
}

/** Whether the sentence makes an act conditional on consent or opt-in ("only with your express consent"). */
export function requiresConsent(sentence: string): boolean {
  return CONSENT.test(sentence);
}
