/**
 * Where a suggestion's evidence comes from: headings, title-like lines, clause and sentence
 * boundaries.
 */
import { describe, expect, it } from 'vitest';
import { suggestAnswers } from '../../src/lib/suggest/suggest.ts';
import { suggest } from '../support/suggest.ts';

describe('headings and clause boundaries', () => {
  it('a heading about the practice makes its clause the stronger evidence', () => {
    const clauses = [
      { id: 'c-00000001', sectionId: 'a', text: 'We use cookies and similar tools on our pages.' },
      { id: 'c-00000002', sectionId: 'b', text: 'Our site uses cookies to keep you signed in.' },
    ];
    const sections = [
      { id: 'a', text: 'How we use information' },
      { id: 'b', text: 'Cookies' },
    ];
    const s = suggestAnswers({ clauses, sections }, ['cookies'])['cookies']!;
    expect(s.quotes.map((q) => q.clauseId)).toEqual(['c-00000002']);
  });

  it('a title-like line ("Cookies") sets the heading for what follows and is not itself evidence', () => {
    const s = suggest(['Cookies', 'Our Site uses cookies to deliver content specific to your interests.'])('cookies');
    expect(s.quotes.map((q) => q.text)).toEqual([
      'Our Site uses cookies to deliver content specific to your interests.',
    ]);
  });

  it('negation stops at a clause boundary: "not current, please update it" is not a negated update', () => {
    const s = suggest([
      'If you believe that your information is not current, please update it by using one of the channels below.',
    ])('access-correction');
    expect(s.stance).toBe('yes');
  });

  it('quotes the sentence, not the whole clause', () => {
    const s = suggest(['Our vendors keep data safe. We do not sell your personal information. We use cookies.'])(
      'sells-data',
    );
    expect(s.quotes).toEqual([{ text: 'We do not sell your personal information.', clauseId: 'c-00000000' }]);
  });
});
