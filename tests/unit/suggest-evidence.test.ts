/**
 * Evidence that finds the sentences: the forms of words that say a practice without its usual
 * cue — lists the corpus flattened into paragraphs, items under a line ending in a colon, cookies
 * that are "installed" or "help us", refusing cookies through the browser's settings, data
 * "made available" to the public — each must give the answer and cite the clauses that say it.
 * Sentences are written for these tests in the register of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { listIntros, policySentences } from '../../src/lib/suggest/sentences.ts';
import { suggest, testSuggestionCases, type SuggestCase } from '../support/suggest.ts';

const cases: SuggestCase[] = [
  ['cookies', ['Some of the cookies installed on your computer come from our partners.'], 'yes', 'cookies/use'],
  ['cookies', ['Advertisements on these pages may contain cookies of the advertiser.'], 'yes', 'cookies/use'],
  ['cookies', ['Cookies let us see which articles are read the most.'], 'yes', 'cookies/use'],
  [
    'tracking-cookies',
    ['We use third-party cookies to show you relevant offers when you visit other websites.'],
    'yes',
    'tracking-cookies/track',
  ],
  [
    'tracking-cookies',
    ['Cookies placed by our ad network serve advertisements to you on sites it works with.'],
    'yes',
    'tracking-cookies/track',
  ],
  [
    'cookie-choice',
    ['You can prevent the storage of cookies by a corresponding setting of your browser software.'],
    'yes',
    'cookie-choice/instructions',
  ],
  [
    'cookie-choice',
    ['To learn how to opt-out of interest-based advertising, visit the choice page of the industry.'],
    'yes',
    'cookie-choice/instructions',
    'Cookies and advertising',
  ],
  [
    'automatic-data',
    ['Our server records the Internet Protocol (IP) address of each visitor.'],
    'yes',
    'automatic-data/technical',
  ],
  [
    'payment-data',
    ['To open an account we need your checking account number and your address.'],
    'yes',
    'payment-data/card',
  ],
  [
    'third-party-sharing',
    ['We may make certain information about you available to the public in our member directory.'],
    'yes',
    'third-party-sharing/shares',
  ],
  // "the information you provide" is what you give, not a disclosure
  ['third-party-sharing', ['We guard the information you provide to us against third parties.'], 'not-mentioned', null],
  [
    'third-party-sharing',
    ['The Acme Club does not disclose personally identifiable information other than as described below.'],
    'no',
    'third-party-sharing/not-disclosed',
  ],
  // "no longer" is no denial
  [
    'third-party-sharing',
    ['When you close your account, we continue to share your personal information as set out above.'],
    'not-mentioned',
    null,
  ],
  [
    'third-party-sharing',
    ['The details you enter in the form will not be passed on without your express permission.'],
    'partial',
    'third-party-sharing/consent',
  ],
  [
    'personal-data',
    ['The contact data you enter in our form is stored to answer your enquiry.'],
    'yes',
    'personal-data/named-types',
  ],
  ['marketing', ['You will always have the chance to refuse marketing e-mails from us.'], 'yes', 'marketing/refusable'],
  ['marketing', ['We use your details to offer our products and services to you.'], 'yes', 'marketing/offers'],
  [
    'marketing-opt-out',
    ['Members may elect not to receive newsletters by changing their account settings.'],
    'yes',
    'marketing-opt-out/explained',
  ],
  [
    'deletion',
    ['You may ask that your personal information be corrected, updated, or deleted.'],
    'yes',
    'deletion/on-request',
  ],
  [
    'security',
    ['We take appropriate technical, organisational and legal steps to protect your Account Information.'],
    'partial',
    'security/generic',
  ],
  // a sentence pointing to another site says nothing of the site's own cookies
  ['cookies', ['For more information on cookies, see the guide of the regulator.'], 'not-mentioned', null],
  // a way to opt out or exercise a right is not a contact for privacy questions
  [
    'privacy-contact',
    ['If you would like to exercise this right, please contact us through the address below.'],
    'not-mentioned',
    null,
  ],
  [
    'privacy-contact',
    ['Members may unsubscribe from our mailings at any time. To do so, send an e-mail to leave@example.org.'],
    'not-mentioned',
    null,
  ],
];

testSuggestionCases(cases);

/** The clause indexes a suggestion cites (the helper numbers clauses `c-00000000`, `c-00000001`, …). */
const cited = (quotes: readonly { clauseId: string }[]): number[] => [
  ...new Set(quotes.map((q) => Number(q.clauseId.slice(2)))),
];

describe('evidence beyond the strongest sentence', () => {
  it('cites a sentence naming one kind of data beside one naming three: a bonus orders evidence, it does not exclude', () => {
    const s = suggest([
      'When you order we ask for your name, postal address and e-mail address.',
      'If you enter a competition we also collect your telephone number.',
    ])('personal-data');
    expect(s.stance).toBe('yes');
    expect(cited(s.quotes)).toEqual([0, 1]);
  });
});

describe('evidence from lists', () => {
  it('cites the line that introduces a list of collected data and the items under it', () => {
    const s = suggest([
      'We value your trust.',
      'The information we collect from you includes:',
      'Your full name',
      'Postal address',
      'Telephone number',
    ])('personal-data');
    expect(s.stance).toBe('yes');
    expect(s.rule).toBe('personal-data/list-intro');
    expect(cited(s.quotes)).toEqual([1, 2, 3, 4]);
  });

  it('reads bulleted paragraphs after a colon as the items of one list', () => {
    const text = [
      'We may share your personal information with:',
      '· advertising partners, who may send you their offers;',
      '· our service providers, who host the site for us.',
    ];
    const s = suggest(text)('third-party-sharing');
    expect(s.stance).toBe('yes');
    expect(s.rule).toBe('third-party-sharing/listed');
    expect(cited(s.quotes)).toEqual([1]);
  });

  it('a list of what data is used for is no list of what is collected', () => {
    const s = suggest(['The information we collect is used in these ways:', 'Your account number'])('personal-data');
    expect(s.rule).not.toBe('personal-data/list-intro');
  });

  it('reads list items under a cookie heading as about cookies', () => {
    const s = suggest(
      ['We set them for the following purposes:', '- to compile analytics about how visitors move through the site'],
      'Cookies and similar technologies',
    )('tracking-cookies');
    expect(s.stance).toBe('yes');
    expect(cited(s.quotes)).toEqual([1]);
  });

  it('takes a list’s introduction from the document’s blocks, down to nested lists', () => {
    const item = (id: string, text: string, lists: Parameters<typeof listIntros>[0][number][] = []) => ({
      clause: { id, text },
      lists: lists.flatMap((l) => (l.type === 'list' ? [l] : [])),
    });
    const nested = { type: 'list' as const, items: [item('c-3', 'name and e-mail address')] };
    const blocks = [
      { type: 'clause' as const, text: 'We keep it short. We collect the following:' },
      { type: 'list' as const, items: [item('c-1', 'Contact details:', [nested]), item('c-2', 'Order history')] },
      { type: 'heading' as const },
      { type: 'list' as const, items: [item('c-4', 'An unintroduced item')] },
    ];
    const intros = listIntros(blocks);
    expect(intros.get('c-1')).toBe('We collect the following:');
    expect(intros.get('c-2')).toBe('We collect the following:');
    expect(intros.get('c-3')).toBe('Contact details:');
    expect(intros.has('c-4')).toBe(false);
    const sentences = policySentences({
      clauses: ['c-1', 'c-2', 'c-3'].map((id) => ({
        id,
        sectionId: null,
        text: id === 'c-2' ? 'Order history' : 'x y z',
      })),
      sections: [],
      blocks,
    });
    expect(sentences.map((s) => s.intro)).toEqual([
      'We collect the following:',
      'We collect the following:',
      'Contact details:',
    ]);
  });
});
