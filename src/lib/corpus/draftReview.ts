/**
 * The draft review `npm run review -- <slug>` writes: the suggestions of an unreviewed policy
 * as frontmatter (`review: { status: draft, practices }`), every practice with its stance, a
 * one-sentence summary to edit and the verbatim sentences it rests on. The archived text below
 * the frontmatter is left byte for byte. Pure: text in, text out.
 */
import { Document, isMap, parseDocument } from 'yaml';
import { ContentError } from '../base/errors.ts';
import { parsePolicy } from './parsePolicy.ts';
import type { PolicyData, Suggestion } from '../policy/policySchema.ts';
import type { Practice } from '../taxonomy/schema.ts';
import { RULES } from '../suggest/rules/index.ts';
import { at } from '../base/at.ts';

/** What was written for one practice, for the command to print. */
export interface DraftedAnswer {
  practice: string;
  stance: Suggestion['stance'];
  quotes: number;
  rule: string | null;
  /** How sure the suggestion was: `strong cue`, `weak cue` or `no cue`. */
  confidence: Suggestion['confidence'];
  summary: string;
}

/** The summary a draft starts with: what the deciding rule found, as a sentence to edit. */
function draftSummary(suggestion: Suggestion): string {
  if (!suggestion.rule) return 'The policy does not address this.';
  const signal = [...RULES.values()].flatMap((r) => r.signals).find((s) => s.id === suggestion.rule);
  return signal ? `The policy ${signal.because}.` : 'The policy addresses this; describe how.';
}

const FRONTMATTER = /^(\uFEFF?)---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The file text with a draft review added to its frontmatter (created if absent), and what
 * was written; in the file's own line endings, with its byte-order mark kept (`options.bom`: the
 * file began with one, which decoding took off `raw`). The result is parsed again before it is returned, so every quote is verified.
 * @throws ContentError when the policy already has a review (draft or done), or does not parse.
 */
export function writeDraftReview(
  raw: string,
  file: string,
  taxonomy: readonly Practice[],
  options: { bom?: boolean } = {},
): { text: string; answers: DraftedAnswer[]; policy: PolicyData } {
  const policy = parsePolicy(raw, file, taxonomy);
  if (policy.reviewStatus) {
    throw new ContentError(
      file,
      `already has a review (status: ${policy.reviewStatus}); npm run review never overwrites one. Edit it by hand, or delete the review block to start again.`,
    );
  }
  const match = FRONTMATTER.exec(raw);
  const doc = match ? parseDocument(at(match, 2)) : new Document({});
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  const answers: DraftedAnswer[] = [];
  const practices: Record<string, { stance: string; summary: string; quotes?: string[] }> = {};
  for (const { id } of taxonomy) {
    const suggestion = at(policy.practices, id).suggestion!;
    const summary = draftSummary(suggestion);
    const quotes = suggestion.quotes.map((q) => q.text);
    practices[id] = { stance: suggestion.stance, summary, ...(quotes.length ? { quotes } : {}) };
    answers.push({
      practice: id,
      stance: suggestion.stance,
      quotes: quotes.length,
      rule: suggestion.rule,
      confidence: suggestion.confidence,
      summary,
    });
  }
  doc.set('review', doc.createNode({ status: 'draft', practices }));
  const yaml = doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const body = match ? raw.slice(match[0].length) : raw.replace(/^\uFEFF/, '');
  // The frontmatter takes the file's own line endings (a CRLF file stays CRLF throughout), and
  // a byte-order mark the file began with stays first.
  const eol = /\r\n/.test(match?.[0] ?? body) ? '\r\n' : '\n';
  const bom = options.bom || raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = `${bom}---${eol}${yaml.replace(/\n/g, eol)}---${eol}${body}`;
  const drafted = parsePolicy(text, file, taxonomy);
  if (drafted.reviewStatus !== 'draft' || drafted.sha256 !== policy.sha256) {
    throw new ContentError(
      file,
      'the draft review did not read back as a draft over the same archived text; nothing was written.',
    );
  }
  return { text, answers, policy: drafted };
}
