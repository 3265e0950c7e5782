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
];

testSuggestionCases(cases);
