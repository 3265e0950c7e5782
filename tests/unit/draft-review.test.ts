/**
 * `npm run review -- <slug>`'s core: the draft it writes builds (parses, every quote verified),
 * stays a draft shown as suggestions, leaves the archived text untouched, and is never overwritten.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/base/errors.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import { writeDraftReview } from '../../src/lib/corpus/draftReview.ts';
import { taxonomy } from '../support/policies.ts';

const file = 'content/policies/examplecorp.md';
const raw = readFileSync('tests/fixtures/raw/examplecorp.md', 'utf8');

describe('the draft review', () => {
  it('writes every practice with a stance, a summary and verbatim quotes, and reads back as a draft', () => {
    const { text, answers } = writeDraftReview(raw, file, taxonomy);
    expect(answers.map((a) => a.practice)).toEqual(taxonomy.map((p) => p.id));
    expect(text.startsWith('---\nreview:\n  status: "draft"\n')).toBe(true);
    expect(text.endsWith(raw)).toBe(true); // the archived text, byte for byte
    const drafted = parsePolicy(text, file, taxonomy); // verifies every quote, as the build does
    expect(drafted.reviewStatus).toBe('draft');
    expect(drafted.reviewed).toBe(false);
    const cookies = drafted.practices['cookies']!;
    expect(cookies.stance).toBe('not-reviewed');
    expect(cookies.suggestion).toMatchObject({ stance: 'yes', rule: 'draft' });
    expect(cookies.suggestion!.quotes[0]!.text).toContain('called "cookies"');
    for (const a of answers) expect(a.summary).toMatch(/^The policy .+\.$/);
  });

  it('keeps a draft shown as suggestions with what the reviewer changed, until marked done', () => {
    const { text } = writeDraftReview(raw, file, taxonomy);
    const edited = text.replace(
      'summary: "The policy says it uses cookies."',
      'summary: "ExampleCorp sets cookies to recognise you."',
    );
    expect(parsePolicy(edited, file, taxonomy).practices['cookies']!.suggestion!.reason).toContain(
      'ExampleCorp sets cookies to recognise you.',
    );
    const done = edited.replace('status: "draft"', 'status: "done"\n  reviewedOn: "2026-12-01"');
    const reviewed = parsePolicy(done, file, taxonomy);
    expect(reviewed.reviewed).toBe(true);
    expect(reviewed.practices['cookies']).toMatchObject({ stance: 'yes', suggestion: null });
  });

  it('refuses a done review without its date', () => {
    const { text } = writeDraftReview(raw, file, taxonomy);
    expect(() => parsePolicy(text.replace('status: "draft"', 'status: "done"'), file, taxonomy)).toThrow(/reviewedOn/);
  });

  it('keeps existing frontmatter (a name, corrections) and adds the review', () => {
    const named = `---\nname: Example Corporation\n---\n${raw}`;
    const { text } = writeDraftReview(named, file, taxonomy);
    const drafted = parsePolicy(text, file, taxonomy);
    expect(drafted.name).toBe('Example Corporation');
    expect(drafted.reviewStatus).toBe('draft');
  });

  it('run twice, refuses to overwrite the draft; never touches a done review', () => {
    const { text } = writeDraftReview(raw, file, taxonomy);
    expect(() => writeDraftReview(text, file, taxonomy)).toThrow(ContentError);
    expect(() => writeDraftReview(text, file, taxonomy)).toThrow(/already has a review \(status: draft\)/);
    const mimecast = readFileSync('content/policies/mimecast.md', 'utf8');
    expect(() => writeDraftReview(mimecast, 'content/policies/mimecast.md', taxonomy)).toThrow(/status: done/);
  });
});

describe('the draft review keeps the file as it was written', () => {
  it('keeps CRLF line endings throughout and the archived text byte for byte', () => {
    const crlf = raw.replace(/\n/g, '\r\n');
    const { text } = writeDraftReview(crlf, file, taxonomy);
    expect(text.endsWith(crlf)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n'); // no bare LF in the frontmatter
    expect(parsePolicy(text, file, taxonomy).reviewStatus).toBe('draft');
  });

  it('keeps the byte-order mark first', () => {
    expect(writeDraftReview(raw, file, taxonomy, { bom: true }).text.startsWith('\uFEFF---\n')).toBe(true);
    expect(writeDraftReview(raw, file, taxonomy).text.startsWith('---\n')).toBe(true);
  });
});
