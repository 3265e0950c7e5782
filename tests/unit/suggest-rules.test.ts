/**
 * The suggestion rules, case by case: one sentence (or a few) in the register of the corpus,
 * and the answer, evidence and rule each must give. Each case can fail on its own.
 */
import { describe, expect, it } from 'vitest';
import { suggestAnswers } from '../../src/lib/suggest/suggest.ts';

/** Suggestions for a policy made of these paragraphs, under an optional heading. */
function suggest(paragraphs: string[], heading = '') {
  const sections = heading ? [{ id: 's', text: heading }] : [];
  const clauses = paragraphs.map((text, i) => ({
    id: `c-${String(i).padStart(8, '0')}`,
    sectionId: heading ? 's' : null,
    text,
  }));
  return (practice: string) => suggestAnswers({ clauses, sections }, [practice])[practice]!;
}

const cases: [practice: string, text: string[], stance: string, rule: string | null, heading?: string][] = [
  // negation and its scope
  [
    'sells-data',
    ['We do not sell, rent or loan personal information collected to third parties.'],
    'no',
    'sells-data/negated',
  ],
  ['sells-data', ['This information is not given or sold to any other organization.'], 'no', 'sells-data/negated'],
  ['sells-data', ['We may sell your personal information to marketing companies.'], 'yes', 'sells-data/sells'],
  ['sells-data', ['Our store sells books and music.'], 'not-mentioned', null],
  [
    'third-party-sharing',
    ['We do not share personal information collected with third parties, other than with our agents and resellers.'],
    'no',
    'third-party-sharing/negated',
  ],
  [
    'third-party-sharing',
    ['We will not share your personal information with third parties except with your consent.'],
    'partial',
    'third-party-sharing/consent',
  ],
  [
    'third-party-sharing',
    ['We do not share any personal information with our sponsor without your explicit, opt-in permission to do so.'],
    'partial',
    'third-party-sharing/consent',
  ],
  [
    'third-party-sharing',
    ['Such information will only be disclosed with your express consent.'],
    'partial',
    'third-party-sharing/consent',
  ],
  [
    'third-party-sharing',
    ['From time to time we may provide certain personal information to selected business partners.'],
    'yes',
    'third-party-sharing/shares',
  ],
  [
    'third-party-sharing',
    ['We may share your personal information with our service providers who work on our behalf.'],
    'not-mentioned',
    null,
  ],
  [
    'third-party-sharing',
    ['We cannot ensure the protection of any personal information that you provide to a third-party site.'],
    'not-mentioned',
    null,
  ],
  // consent → partial
  [
    'international-transfer',
    ['If we intend to transfer your information outside the EEA we will always obtain your consent first.'],
    'partial',
    'international-transfer/consent',
  ],
  [
    'international-transfer',
    ['The personal information that you have provided to us may be transferred to other offices around the world.'],
    'yes',
    'international-transfer/transfers',
  ],
  // "may change without notice" → no
  [
    'policy-changes',
    ['We may update our policy from time to time without notice, so please check back periodically.'],
    'no',
    'policy-changes/without-notice',
  ],
  [
    'policy-changes',
    ['If we make a significant change to this policy, we will notify users by email.'],
    'yes',
    'policy-changes/personal-notice',
  ],
  [
    'policy-changes',
    ['Should we choose to change these terms for any reason, the changes will be posted here.'],
    'partial',
    'policy-changes/posted',
  ],
  ['policy-changes', ['We may let you know about changes to our terms and conditions of use.'], 'not-mentioned', null],
  // collection
  [
    'personal-data',
    ['If you enter a competition we will ask your name, address and e-mail address.'],
    'yes',
    'personal-data/named-types',
  ],
  [
    'personal-data',
    ['We request personal information when you register on the site.'],
    'partial',
    'personal-data/general',
  ],
  [
    'personal-data',
    ['For additional information on how Forecasts Weather works, see our help pages.'],
    'not-mentioned',
    null,
  ],
  [
    'payment-data',
    ['It may be that you provide us details of credit or debit cards in making payment to us.'],
    'yes',
    'payment-data/card',
  ],
  [
    'automatic-data',
    ['We may track domain names, IP addresses and browser types from people who visit our site.'],
    'yes',
    'automatic-data/technical',
  ],
  ['automatic-data', ['The application DOES NOT track surfing habits.'], 'not-mentioned', null],
  ['cookies', ['IronPort may use cookies from time to time.'], 'yes', 'cookies/use'],
  ['cookies', ['NWS does not use "persistent cookies" or other tracking technology.'], 'no', 'cookies/none'],
  [
    'tracking-cookies',
    ['We may also use cookies to track your visit to our Websites.'],
    'yes',
    'tracking-cookies/track',
  ],
  [
    'tracking-cookies',
    ['We use cookies to remember you when you return, so you do not have to log in again.'],
    'partial',
    'tracking-cookies/recognise',
  ],
  ['marketing', ['To provide you with special offers that may be of interest to you;'], 'yes', 'marketing/offers'],
  [
    'marketing',
    ['We may use personal information to let you know about functions on our Web site or changes to our terms.'],
    'partial',
    'marketing/site-notices',
  ],
  // choices and rights
  [
    'cookie-choice',
    ['If you do not want cookies, you can set your browser to reject cookies.'],
    'yes',
    'cookie-choice/instructions',
  ],
  [
    'cookie-choice',
    ['We cannot provide subscription services to users whose browsers are set to reject all cookies.'],
    'no',
    'cookie-choice/only-consequence',
  ],
  [
    'marketing-opt-out',
    ['You can opt-out of receiving these e-mails by clicking the unsubscribe link.'],
    'yes',
    'marketing-opt-out/explained',
  ],
  [
    'marketing-opt-out',
    ['E-shot opt in information will be used to contact you about latest offers.'],
    'partial',
    'marketing-opt-out/opt-in-only',
  ],
  ['marketing-opt-out', ['There is no opt-out available for service notifications.'], 'not-mentioned', null],
  [
    'access-correction',
    [
      'Customers can access, update, correct, or delete the personal information we hold by contacting privacy@example.com.',
    ],
    'yes',
    'access-correction/way-given',
  ],
  ['access-correction', ['How you can correct inaccuracies in information.'], 'partial', 'access-correction/promised'],
  [
    'access-correction',
    ['To prevent unauthorized access and ensure the correct use of information, we have procedures.'],
    'not-mentioned',
    null,
  ],
  [
    'deletion',
    ['If you wish to have it removed, we will take reasonable steps to remove it from our records.'],
    'partial',
    'deletion/limited',
  ],
  [
    'deletion',
    ['You can delete this information from your personal profile at any time.'],
    'yes',
    'deletion/on-request',
  ],
  ['deletion', ['If you delete your cookies, some features may not work.'], 'not-mentioned', null],
  [
    'retention',
    [
      'We will keep personal information for as long as you are a registered subscriber, and for a reasonable time thereafter.',
    ],
    'partial',
    'retention/vague',
  ],
  [
    'retention',
    ['Any information provided through our forms is removed from Web servers within seconds.'],
    'yes',
    'retention/period',
  ],
  [
    'retention',
    ['We retain the services of outside vendors, who must keep the personal information of customers secure.'],
    'not-mentioned',
    null,
  ],
  [
    'security',
    ['Credit card information has multiple layers of security, including encryption in storage and SSL in transit.'],
    'yes',
    'security/concrete',
  ],
  [
    'security',
    ['We have taken security measures to protect your personal information.'],
    'partial',
    'security/generic',
  ],
  ['security', ['We are committed to protecting your privacy.'], 'not-mentioned', null],
  // audiences, Do Not Track, contact, forums
  [
    'children',
    ['Children are not eligible to use our services and we ask that minors do not submit any personal information.'],
    'yes',
    'children/addressed',
  ],
  ['children', ['Our parent company is based in Ireland.'], 'not-mentioned', null],
  [
    'do-not-track',
    ['Our systems are not configured to respond to Web browser "do not track" signals.'],
    'no',
    'do-not-track/ignored',
  ],
  ['do-not-track', ['We do not track what individual users read.'], 'not-mentioned', null],
  [
    'privacy-contact',
    ['If you have any questions or concerns about this policy, please email info@example.com.'],
    'yes',
    'privacy-contact/questions',
  ],
  [
    'privacy-contact',
    ['A representative may call or email you to answer your questions, using your contact details.'],
    'not-mentioned',
    null,
  ],
  [
    'public-forums',
    ['Please remember that information you submit in a discussion group or forum will be deemed public information.'],
    'yes',
    'public-forums/warning',
  ],
  ['public-forums', ['Users must register to post messages in our forums.'], 'not-mentioned', null],
  [
    'service-providers',
    ['Threatpost retains the services of outside vendors to provide services for us.'],
    'yes',
    'service-providers/named',
  ],
  [
    'aggregate-data',
    ['We may provide aggregate statistics about sales and traffic patterns to third parties.'],
    'yes',
    'aggregate-data/shares',
  ],
  [
    'legal-disclosure',
    ['We may disclose your personal information if legally required to do so by government agencies.'],
    'yes',
    'legal-disclosure/required',
  ],
  [
    'legal-disclosure',
    [
      'We will not share information about individual users, except to comply with applicable law or valid legal process.',
    ],
    'yes',
    'legal-disclosure/required',
  ],
];

describe('suggestion rules, case by case', () => {
  for (const [practice, text, stance, rule, heading] of cases) {
    it(`${practice}: ${stance} — ${text[0]!.slice(0, 70)}`, () => {
      const s = suggest(text, heading)(practice);
      expect(s.stance).toBe(stance);
      expect(s.rule).toBe(rule);
      if (stance === 'not-mentioned') expect(s.quotes).toEqual([]);
      else {
        expect(s.quotes.length).toBeGreaterThan(0);
        for (const q of s.quotes) expect(text.join(' ')).toContain(q.text);
        expect(s.reason).toContain(rule!);
      }
    });
  }
});

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
