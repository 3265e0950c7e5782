/**
 * The changes between two versions: word diff, clause alignment (edited and moved clauses
 * matched to their old selves), counts, moved answers and folding. On small texts and on the
 * real Mimecast and Threatpost versions.
 */
import { describe, expect, it } from 'vitest';
import { alignClauses, type TextUnit } from '../../src/lib/versions/alignClauses.ts';
import { compareVersions, foldRows } from '../../src/lib/versions/versionChanges.ts';
import { similarity, wordDiff, wordsOf } from '../../src/lib/versions/wordDiff.ts';
import { realVersions, taxonomy } from '../support/policies.ts';

const units = (...texts: string[]): TextUnit[] => texts.map((text, i) => ({ id: `c-${i}`, kind: 'clause', text }));

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    expect(wordDiff('We may share your e-mail address.', 'We do not share your e-mail address.')).toEqual([
      { kind: 'same', text: 'We ' },
      { kind: 'removed', text: 'may' },
      { kind: 'added', text: 'do not' },
      { kind: 'same', text: ' share your e-mail address.' },
    ]);
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ kind: 'same', text: 'Same text.' }]);
  });

  it('measures likeness by shared words', () => {
    expect(similarity(wordsOf('We use cookies.'), wordsOf('we USE cookies'))).toBe(1);
    expect(similarity(wordsOf('We use cookies'), wordsOf('Contact us'))).toBe(0);
    expect(similarity(wordsOf('a b c d'), wordsOf('a b x y'))).toBe(0.5);
  });
});

describe('alignClauses', () => {
  it('keeps unchanged clauses, matches an edited one, and finds what was added and removed', () => {
    const rows = alignClauses(
      units('Welcome.', 'We may sell your data to partners.', 'Call us on Fridays.', 'Goodbye.'),
      units('Welcome.', 'We do not sell your data to partners.', 'Write to privacy@example.com.', 'Goodbye.'),
    );
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'removed', 'added', 'same']);
    expect(rows[1]!.parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`)).toEqual([
      'removed:may',
      'added:do not',
    ]);
    expect(rows[2]!.before!.text).toBe('Call us on Fridays.');
    expect(rows[3]!.after!.text).toBe('Write to privacy@example.com.');
  });

  it('matches a moved clause to its old self and marks it moved', () => {
    const rows = alignClauses(
      units('One.', 'Two words here.', 'Three.', 'Four.'),
      units('One.', 'Three.', 'Four.', 'Two words here.'),
    );
    expect(rows.map((r) => `${r.kind}${r.moved ? '+moved' : ''}`)).toEqual(['same', 'same', 'same', 'same+moved']);
    expect(rows[3]!.before!.index).toBe(1);
  });

  it('never matches a heading with a clause', () => {
    const rows = alignClauses(
      [{ id: 'h', kind: 'heading', text: 'Cookies' }],
      [{ id: 'c', kind: 'clause', text: 'Cookies' }],
    );
    expect(rows.map((r) => r.kind).sort()).toEqual(['added', 'removed']);
  });
});

describe('compareVersions on the real versions', () => {
  const ids = taxonomy.map((p) => p.id);
  const mimecast = compareVersions(
    realVersions['mimecast@2010-08-13']!.data,
    realVersions['mimecast@2016-12-03']!.data,
    ids,
  );

  it('Mimecast 2010 → 2016: the rows account for every clause of both versions', () => {
    const before = realVersions['mimecast@2010-08-13']!.data;
    const after = realVersions['mimecast@2016-12-03']!.data;
    const { rows, counts } = mimecast;
    expect(rows.filter((r) => r.before).length).toBe(before.clauses.length + before.sections.length);
    expect(rows.filter((r) => r.after).length).toBe(after.clauses.length + after.sections.length);
    expect(counts.added).toBeGreaterThan(0);
    expect(counts.removed).toBeGreaterThan(0);
    expect(counts.changed).toBeGreaterThan(0);
  });

  it('names the answers that moved, each with its clauses on both sides', () => {
    expect(mimecast.answers.length).toBeGreaterThan(0);
    for (const move of mimecast.answers) expect(move.before.stance).not.toBe(move.after.stance);
    // 2016 adds targeted advertising and sharing with affiliates and resellers: reviewed answers on both sides.
    const moved = Object.fromEntries(
      mimecast.answers.map((m) => [m.practice, `${m.before.stance} → ${m.after.stance}`]),
    );
    expect(moved).toMatchObject({ 'tracking-cookies': 'partial → yes', 'third-party-sharing': 'no → yes' });
    for (const move of mimecast.answers) expect([move.before.suggested, move.after.suggested]).toEqual([false, false]);
    const sharing = mimecast.answers.find((m) => m.practice === 'third-party-sharing')!;
    expect(sharing.before.clauseIds.length).toBeGreaterThan(0);
    expect(sharing.after.clauseIds.length).toBeGreaterThan(0);
  });

  it('Threatpost 2011 → 2019: the GDPR rewrite moves retention', () => {
    const threatpost = compareVersions(
      realVersions['threatpost@2011-05-29']!.data,
      realVersions['threatpost@2019-06-10']!.data,
      ids,
    );
    const retention = threatpost.answers.find((m) => m.practice === 'retention');
    expect(retention).toMatchObject({
      before: { stance: 'not-mentioned' },
      after: { stance: 'yes', suggested: false },
    });
    expect(retention?.after.clauseIds.length).toBeGreaterThan(0);
  });

  it('folds runs of unchanged rows, but not those a moved answer rests on', () => {
    const rows = alignClauses(
      units('a a', 'b b', 'c c', 'd d', 'e e'),
      units('a a', 'b b', 'c c', 'd d', 'e e', 'f f'),
    );
    const runs = foldRows(rows, (r) => r.after?.text === 'c c');
    expect(runs.map((r) => `${r.folded ? 'folded' : 'shown'}:${r.rows.length}`)).toEqual([
      'folded:2',
      'shown:1',
      'folded:2',
      'shown:1',
    ]);
  });
});
