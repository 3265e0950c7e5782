import { describe, expect, it } from 'vitest';
import { answerId, answerRowIds, isPracticeOrAnswerId } from '../../src/lib/policy/answerAnchors.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

const HEADER =
  '> *The following text is extracted and transformed from the example.com privacy policy that was archived on 2010-01-02. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20100102000000id_/http%3A//example.com/privacy) for the most accurate reproduction.*';

describe('answer anchors', () => {
  it('put #<practice> on the answer row exactly when the text never addresses the practice', () => {
    for (const policy of Object.values(realPolicies)) {
      for (const practice of taxonomy) {
        const { anchor } = policy.practices[practice.id]!;
        const ids = answerRowIds(practice.id, anchor);
        expect(ids.row).toBe(`answer-${practice.id}`);
        expect(ids.practice).toBe(anchor ? null : practice.id);
      }
    }
  });

  it('leave some practice of a real policy to its answer row (the case the row anchor exists for)', () => {
    const silent = Object.values(realPolicies).flatMap((p) =>
      taxonomy.filter((t) => p.practices[t.id]!.anchor === null).map((t) => `${p.slug}#${t.id}`),
    );
    expect(silent).toContain('corero#cookies');
  });

  it('recognise practice ids and answer-row ids, nothing else', () => {
    const ids = new Set(taxonomy.map((p) => p.id));
    expect(isPracticeOrAnswerId('cookies', ids)).toBe(true);
    expect(isPracticeOrAnswerId(answerId('cookies'), ids)).toBe(true);
    expect(isPracticeOrAnswerId('answer-nothing', ids)).toBe(false);
    expect(isPracticeOrAnswerId('answers', ids)).toBe(false);
  });

  it('rename policy headings that would take a practice id or an answer-row id', () => {
    const text = [
      HEADER,
      '',
      '# Privacy',
      '',
      '## Answer cookies',
      '',
      'We keep records.',
      '',
      '## Sells data',
      '',
      'Plain words.',
      '',
      '## Answer cookies section',
      '',
      'More words.',
    ].join('\n');
    const policy = parsePolicy(text, 'content/policies/example.md', taxonomy);
    const ids = policy.sections.map((s) => s.id);
    expect(ids).not.toContain('answer-cookies');
    expect(ids).not.toContain('sells-data');
    expect(new Set(ids).size).toBe(ids.length);
    // Headings in the layout's answer- family take a section- prefix (src/lib/site/pageIds.ts).
    expect(ids.filter((id) => id.startsWith('answer-'))).toEqual([]);
    expect(ids).toContain('section-answer-cookies');
    expect(ids).toContain('section-answer-cookies-section');
  });
});
