/**
 * The suggestion rules, case by case: one sentence (or a few) in the register of the corpus,
 * and the answer, evidence and rule each must give. Each case can fail on its own. This file:
 * what is collected and what it is used for.
 */
import { testSuggestionCases, type SuggestCase } from '../support/suggest.ts';

const cases: SuggestCase[] = [
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
];

testSuggestionCases(cases);
