/**
 * The suggestion rules on real sentences: each case quotes a policy of the reviewed set
 * (`content/policies/`) verbatim, in a form of words the rules must read the way the practice's
 * meaning (`content/practices.yaml`) does. One form per case; each can fail on its own.
 */
import { describe, expect, it } from 'vitest';
import { suggest, testSuggestionCases, type SuggestCase } from '../support/suggest.ts';

const cases: SuggestCase[] = [
  // selling: the company being sold is no sale of your data (Mimecast 2014)
  [
    'sells-data',
    [
      'In the event that we undergo re-organisation or are sold to a third party, you agree that any personal information we hold about you may be transferred to that re-organised entity or third party.',
      'We do not sell, rent or loan personal information collected to third parties.',
    ],
    'no',
    'sells-data/negated',
  ],
  // sharing: data handed to a third party you choose is portability, not the company's sharing (Threatpost 2019)
  [
    'third-party-sharing',
    [
      'We will provide to you, or a third party you have chosen, your personal data in a structured, commonly used, machine-readable format.',
    ],
    'not-mentioned',
    null,
  ],
  // security: staff access and "secure servers" are claims, not measures a reader can check (Mimecast 2014, 2016)
  [
    'security',
    [
      'Our security practices are periodically reviewed and enhanced as necessary and only authorized personnel have access to Personal Information.',
    ],
    'partial',
    'security/generic',
  ],
  [
    'security',
    ['Information that you submit via the Site is sent to and stored on secure servers located in the United Kingdom.'],
    'partial',
    'security/generic',
  ],
  // policy changes: posted on "the Site" (Mimecast 2014); a notice that may also come, posting being one means (Cisco 2018)
  [
    'policy-changes',
    ['We reserve the right to change this privacy policy from time to time by changing it on the Site.'],
    'partial',
    'policy-changes/posted',
  ],
  [
    'policy-changes',
    [
      'If we modify our Privacy Statement, we will post the revised version here, with an updated revision date. If we make material changes to our Privacy Statement, we may also notify you by other means prior to the changes taking effect, such as by posting a notice on our websites or sending you a notification.',
    ],
    'partial',
    'policy-changes/posted',
  ],
  // the right to change kept, with no word of notice (Mimecast 2016) …
  [
    'policy-changes',
    [
      'We reserve the right to change this Privacy Policy from time to time but will use your information only as described in this Privacy Policy at the time your information was collected.',
    ],
    'no',
    'policy-changes/reserved',
  ],
  // … is a fallback: a posting promised elsewhere in the policy answers instead
  [
    'policy-changes',
    [
      'We reserve the right to change this Privacy Policy from time to time but will use your information only as described in this Privacy Policy at the time your information was collected.',
      'If we modify our Privacy Statement, we will post the revised version here, with an updated revision date.',
    ],
    'partial',
    'policy-changes/posted',
  ],
  // marketing: "alert you to new products" (Corero 2014); marketing listed among the purposes of use (Threatpost 2019)
  ['marketing', ['To alert you to new products and services offered by the company.'], 'yes', 'marketing/offers'],
  [
    'marketing',
    [
      'We use your personal data for the following purposes:',
      '* Marketing and service information.',
      '* Payments',
      '* Servicing our contractual obligations to you as set out in our contract with you.',
    ],
    'yes',
    'marketing/listed-purpose',
  ],
  // service providers: the right kept "to use agents" (Corero 2014)
  [
    'service-providers',
    [
      'The company reserves the right to use agents, who are bound by strict confidentiality guidelines, to perform storage and processing functions.',
    ],
    'yes',
    'service-providers/named',
  ],
  // access: staff permitted to view your data is access control, not your right (Corero 2014)
  [
    'access-correction',
    [
      'Only designated employees or agents who need to carry out legitimate business functions are permitted to view your personal data.',
    ],
    'not-mentioned',
    null,
  ],
  // a brand before "personal information" (Cisco 2018); a copy given on request (Mimecast 2014)
  [
    'access-correction',
    [
      'You can view or edit your Cisco.com personal information and preferences online by using the Cisco Profile Management Tool.',
    ],
    'yes',
    'access-correction/way-given',
  ],
  [
    'access-correction',
    ['On request, we will provide you with a copy of this information subject to a fee not exceeding £10.'],
    'yes',
    'access-correction/way-given',
  ],
  // deletion among a run of verbs (Cisco 2018); asking, as an item under "You may:" (Mimecast 2016)
  [
    'deletion',
    [
      'We make good faith efforts to honor reasonable requests to access, delete, update, suppress, or correct your data.',
    ],
    'yes',
    'deletion/on-request',
  ],
  ['deletion', ['You may:', 'Ask to remove your personal information from our records'], 'yes', 'deletion/on-request'],
  // cookie choice: a link to update your choices, under a heading about cookies (Cisco 2018) …
  [
    'cookie-choice',
    ['Learn how to update your choices in relation to these tools.'],
    'yes',
    'cookie-choice/instructions',
    'Use of Cookies and Other Web Technologies',
  ],
  [
    'cookie-choice',
    [
      'Our third-party partners may use cookies or similar technologies in order to provide you with advertising based on your browsing activities and interests. You may opt out of this advertising.',
    ],
    'yes',
    'cookie-choice/instructions',
    'Use of Cookies and Other Web Technologies',
  ],
  // … but a refusal named with its cost and no way given is partial (Mimecast 2016)
  [
    'cookie-choice',
    [
      'You can choose to reject certain collection technologies (such as cookies) but then you might not be able to take advantage of many of our features.',
    ],
    'partial',
    'cookie-choice/refusal-with-cost',
  ],
  // aggregate data: an item under a line about sharing (Cisco 2018)
  [
    'aggregate-data',
    [
      'We may share personal information in the following ways:',
      '* In aggregated, anonymized, and/or de-identified form which cannot reasonably be used to identify you.',
    ],
    'yes',
    'aggregate-data/shares',
  ],
  // retention: the word in a framework's name is no statement of how long (Mimecast 2014)
  [
    'retention',
    [
      'Mimecast complies with the U.S. – EU Safe Harbor Framework and the U.S. – Swiss Safe Harbor Framework as set forth by the U.S. Department of Commerce regarding the collection, use, and retention of personal information from European Union member countries and Switzerland.',
    ],
    'not-mentioned',
    null,
  ],
  // tracking cookies: advertisers' cookies that follow visits to other sites (Threatpost 2019)
  [
    'tracking-cookies',
    [
      'Third Party Advertisers may place or recognize unique cookies on your browser and use information about your visits to this and other Web sites in order to provide advertisements on this site and other sites about goods and services.',
    ],
    'yes',
    'tracking-cookies/track',
  ],
  // evidence that is not: a way to exercise a right is no contact for questions (CyberDefender, Threatpost 2019)
  [
    'privacy-contact',
    [
      'CyberDefender.com customers can access, update, correct, or delete the personal information held by CyberDefender.com by contacting CyberDefender Privacy Information Department at privacy@CyberDefender.com.',
    ],
    'not-mentioned',
    null,
  ],
  [
    'privacy-contact',
    ['If you wish to exercise these rights, you may at any time directly at privacy@threatpost.com.'],
    'not-mentioned',
    null,
  ],
  // "permitted by applicable law" is no disclosure the law requires (Cisco 2018)
  [
    'legal-disclosure',
    [
      'We may use your personal information for the purposes of operating our business, delivering, improving, and customizing our websites and Solutions, sending marketing and other communications related to our business, and for other legitimate purposes permitted by applicable law.',
    ],
    'not-mentioned',
    null,
  ],
  // refusing cookies, and a pointer to more, are not the use of cookies (Threatpost 2019, Cisco 2018)
  [
    'cookies',
    [
      'If you reject cookies, you may still use our site, but your ability to use some areas of our site, such as comments, will require logging in for each action you want to take.',
    ],
    'not-mentioned',
    null,
  ],
  [
    'cookies',
    ['Get more information about how we use automatic data collection tools, such as cookies and widgets.'],
    'not-mentioned',
    null,
  ],
  // a third-party service provider is no Internet service provider (Threatpost 2019)
  [
    'automatic-data',
    [
      'Where we share your personal data with a third party service provider outside of the European Economic Area and Switzerland (as detailed in the section entitled “Sharing your information”), we contractually oblige the third party service provider to implement adequate safeguards to protect your information.',
    ],
    'not-mentioned',
    null,
  ],
  // someone else's details you pass on are not yours collected (Cisco 2018)
  [
    'personal-data',
    [
      "If you choose to provide Cisco with a third party's personal information (such as name, email, and phone number), you represent that you have the third party's permission to do so.",
    ],
    'not-mentioned',
    null,
  ],
  // security: secured with restricted access is a claim; limiting collection is no security (Corero 2014)
  [
    'security',
    ['All personal information you provide to the company is secured on our server with restricted access.'],
    'partial',
    'security/generic',
  ],
  [
    'security',
    [
      'To protect your personal information, we will limit its collection and use to what is necessary to administer our business, provide you with the highest quality service, and continue to offer you information and opportunities we think will be of interest.',
    ],
    'not-mentioned',
    null,
  ],
];

testSuggestionCases(cases);

/** The clause indexes a suggestion cites (the helper numbers clauses `c-00000000`, `c-00000001`, …). */
const cited = (quotes: readonly { clauseId: string }[]): number[] => [
  ...new Set(quotes.map((q) => Number(q.clauseId.slice(2)))),
];

describe('evidence in lists, on real lists', () => {
  // Cisco 2018: whom it shares with, item by item
  const sharing = suggest([
    'We may share personal information in the following ways:',
    '* With Cisco business partners or vendors, so that they may share information with you about their products or services.',
    '* With business partners, service vendors, authorized third-party agents, or contractors to provide a requested Solution, service or transaction.',
    '* In connection with, or during negotiations of, any merger, sale of company assets, consolidation or restructuring, financing, or acquisition of all or a portion of our business by or to another company.',
    '* With law enforcement officials, government authorities, or other third parties as necessary to comply with legal process or meet national security requirements; protect the rights, property, or safety of Cisco, its business partners, you, or others; or as otherwise required by applicable law.',
  ]);

  it('cites partners for their own ends under "in the following ways:", not vendors doing a requested service', () => {
    const s = sharing('third-party-sharing');
    expect(s.stance).toBe('yes');
    expect(s.rule).toBe('third-party-sharing/listed');
    expect(cited(s.quotes)).toEqual([1]);
  });

  it('reads the disclosure to authorities in the item, its act in the introduction', () => {
    const s = sharing('legal-disclosure');
    expect(s.stance).toBe('yes');
    expect(cited(s.quotes)).toContain(4);
  });

  it('reads no kind of personal data in a list of whom data is shared with ("sale of company assets")', () => {
    expect(sharing('personal-data').stance).toBe('not-mentioned');
  });

  // Threatpost 2019: what it processes, as short lines after a colon
  const categories = suggest([
    'We process the following categories of your data:',
    'Name',
    'Email address',
    'Static IP address',
  ]);

  it('cites "We process the following categories of your data:" and its items as the personal data collected', () => {
    const s = categories('personal-data');
    expect(s.stance).toBe('yes');
    expect(cited(s.quotes)).toEqual(expect.arrayContaining([0, 1, 2]));
  });

  it('cites an item naming technical data as technical data', () => {
    const s = categories('automatic-data');
    expect(s.stance).toBe('yes');
    expect(cited(s.quotes)).toEqual([3]);
  });
});
