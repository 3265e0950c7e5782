/**
 * The suggestion rules, case by case: one sentence (or a few) in the register of the corpus,
 * and the answer, evidence and rule each must give. Each case can fail on its own. This file:
 * negation and its scope, consent, and "without notice".
 */
import { testSuggestionCases, type SuggestCase } from '../support/suggest.ts';

const cases: SuggestCase[] = [
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
];

testSuggestionCases(cases);
