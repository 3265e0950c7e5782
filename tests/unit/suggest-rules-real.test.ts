/**
 * The suggestion rules on real sentences: each case quotes a policy of the reviewed set
 * (`content/policies/`) verbatim, in a form of words the rules must read the way the practice's
 * meaning (`content/practices.yaml`) does. One form per case; each can fail on its own.
 */
import { testSuggestionCases, type SuggestCase } from '../support/suggest.ts';

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
];

testSuggestionCases(cases);
