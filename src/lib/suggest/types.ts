/**
 * The shapes of the suggestion engine: sentences it reads, the signals its rules look for,
 * and the rules that define them. The suggestions it returns are `Suggestion`s (`policySchema.ts`).
 */
import type { Stance } from '../policy/frontmatter.ts';

/** One sentence of a clause, with the context a rule may need. */
export interface Sentence {
  /** The clause that holds it. */
  clauseId: string;
  /** The sentence, verbatim: a substring of the clause's text. */
  text: string;
  /**
   * Whether the whole clause matches, for cues that span sentences ("…a cookie. You can modify
   * your browser…"); remembered per clause and pattern, so a long clause is read once.
   */
  inClause(pattern: RegExp): boolean;
  /** The heading it falls under, lower-cased: a real heading, a bold pseudo-heading or a title-like line; '' before any. */
  heading: string;
  /** Position of its clause in the policy, for document order. */
  position: number;
  /** True for a title-like line ("Cookies"): it sets the heading and is evidence only for signals that read titles. */
  title: boolean;
  /** The sentence before it in the policy ('' for the first), for lists introduced by "…includes:". */
  before: string;
  /**
   * For a list item, the line that introduces its list when it ends in a colon or a dash ("The
   * information we collect includes:"), however far down the list the item is; '' otherwise.
   */
  intro: string;
}

/** A rule's finding in one sentence. */
export interface Hit {
  sentence: Sentence;
  /** The words that matched, as they appear in the sentence. */
  cue: string;
  signal: Signal;
}

/** One thing a rule looks for, and what finding it means. */
export interface Signal {
  /** `<practice>/<rule>`, shown in reasons and tests. */
  id: string;
  /** The answer this signal supports. */
  stance: Stance;
  /** Strength among the practice's signals of the same stance (higher is stronger evidence). */
  weight: number;
  /** Whether title-like lines count (list items such as "Email address"); default false. */
  titles?: boolean;
  /**
   * A last resort: its answer stands only when no other signal of the practice fires anywhere in
   * the policy ("we reserve the right to change this policy", said with no word of notice).
   */
  fallback?: boolean;
  /** Why it supports that answer, completing "Suggested <stance>: the policy …". */
  because: string;
  /** Extra strength a particular sentence earns (more named data types, a direct "send you"). */
  bonus?: (sentence: Sentence) => number;
  /** The matched cue, or null when the sentence does not show the signal. */
  test(sentence: Sentence): string | null;
}

/** The rules of one practice. */
export interface PracticeRules {
  practice: string;
  signals: Signal[];
  /** Which answer wins when signals of several answers fire, strongest claim first. */
  precedence: Stance[];
  /** A heading that makes a sentence under it stronger evidence (`/cookie/` for cookies). */
  heading?: RegExp;
  /** At most this many evidence clauses (default 3): a suggestion cites its strongest evidence. */
  maxClauses?: number;
}
