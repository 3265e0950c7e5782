/**
 * The suggestion rules, case by case: one sentence (or a few) in the register of the corpus,
 * and the answer, evidence and rule each must give. Each case can fail on its own. This file:
 * choices and rights, audiences, Do Not Track, contact, forums and legal disclosure.
 */
import { testSuggestionCases, type SuggestCase } from '../support/suggest.ts';

const cases: SuggestCase[] = [
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

testSuggestionCases(cases);
