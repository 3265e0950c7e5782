/** Changes, audiences, Do Not Track, contact and public forums. */
import { affirmed, findAll, matched, words } from '../cues.ts';
import type { PracticeRules, Sentence } from '../types.ts';
import { signal } from './define.ts';

const CHANGE = words(
  '(?:chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|modif(?:y|ies|ied|ying)|amend(?:s|ed|ing)?|revis(?:e|es|ed|ing|ions?))\\s+(?:to\\s+|in\\s+)?(?:this|our|the|these|its)\\s+(?:internet\\s+)?(?:privacy\\s+)?(?:policy|policies|statement|notice|terms(?! and conditions| of (?:use|service)))|(?:policy|statement) (?:is|will be|may be) (?:updated|changed|revised|modified)|revised policy|policy (?:may )?changes?|change (?:this|our) (?:privacy )?policy|updates to (?:our|this) privacy|(?:privacy )?polic(?:y|ies) (?:may|might) (?:be )?(?:change|update)|material (?:\\(non-editorial\\) )?change|major change|significant change|(?:any|all) (?:updates|revisions|changes) will be',
);
const NO_NOTICE = words('without (?:prior |any |further )?notice|at our (?:sole )?discretion|at any time(?! prior)');
const PERSONAL_NOTICE = words(
  'notify (?:you|users|our users|customers)(?: (?:by|via) e-?mail| directly)?|(?:send|e-?mail) you (?:a |an )?(?:notice|e-?mail|notification)|by e-?mail',
);
const POSTED = words(
  'post(?:ed|ing)?|publish(?:ed)?|check (?:back|occasionally|periodically)|this page|this section|our (?:web ?)?site|(?:on|to) (?:the|this) (?:web ?)?site|prominent notice|notice on|will (?:be )?(?:updated|posted)|effective date',
);

/** A notice the company only may give, one means among posting ("may also notify you by other means, such as by posting a notice"). */
const HEDGED_NOTICE =
  /\bmay (?:also )?(?:notify|inform|tell)\b[^.]*\b(?:such as|e\.g\.|including|for example)\b[^.]*\bpost(?:ing)?\b/i;

/** The right to change the policy kept, with or without a word on how you would learn of it. */
const RESERVED = words(
  'reserves? the right to|(?:may|might|can) (?:\\w+ )?(?:change|update|modify|amend|revise)|from time to time',
);

/** Any word of telling or showing you a change, in the sentence or those beside it ("We will post any changes on this page."). */
const ANY_NOTICE =
  /\b(?:post(?:s|ed|ing)?|publish(?:es|ed)?|notif(?:y|ied|ication)|notice|inform(?:ed)? you|let you know|e-?mail you|check (?:back|this page|periodically|occasionally|regularly)|revised date|effective date)\b/i;

const ABOUT_POLICY = /polic|statement|changes/i;
const aboutChange = (s: Sentence): string | null => {
  const found = matched(CHANGE, s.text);
  if (found) return found;
  return s.inClause(ABOUT_POLICY) && /^(?:any|all|the) (?:changes|updates|revisions)\b/i.test(s.text)
    ? matched(/^\S+ \S+/, s.text)
    : null;
};

export const policyChanges: PracticeRules = {
  practice: 'policy-changes',
  precedence: ['no', 'yes', 'partial'],
  heading: /change|update|revis|amend/,
  signals: [
    signal('policy-changes/without-notice', 'no', 2, 'may change without notice', (s) => {
      const change = aboutChange(s);
      const none = matched(NO_NOTICE, s.text);
      return change && none ? `${change} … ${none}` : null;
    }),
    signal('policy-changes/personal-notice', 'yes', 2, 'promises to tell you personally, e.g. by e-mail', (s) => {
      const change = aboutChange(s);
      const notice = affirmed(PERSONAL_NOTICE, s.text);
      return change && notice && !HEDGED_NOTICE.test(s.text) ? `${change} … ${notice.text}` : null;
    }),
    signal('policy-changes/posted', 'partial', 2, 'only posts changes on its site', (s) => {
      const change = aboutChange(s);
      const posted = matched(POSTED, s.text);
      return change && posted && !matched(NO_NOTICE, s.text) ? `${change} … ${posted}` : null;
    }),
    signal(
      'policy-changes/reserved',
      'no',
      1,
      'keeps the right to change the policy and says nothing of telling you',
      (s) => {
        const change = aboutChange(s);
        const reserved = matched(RESERVED, s.text);
        return change && reserved && !s.inClause(ANY_NOTICE) ? `${reserved} … ${change}` : null;
      },
      // a notice promised anywhere else in the policy outweighs it
      { fallback: true },
    ),
  ],
};

const CHILD = words(
  "child(?:ren)?(?:['’]s)?|minors|kids|under (?:the age of |age )?1[368]|under 1[368] years|coppa|children['’]s online privacy protection|parental (?:consent|permission)|parents? or (?:legal )?guardians?",
);

export const children: PracticeRules = {
  practice: 'children',
  precedence: ['yes'],
  heading: /child|minor|kid/,
  signals: [
    signal('children/addressed', 'yes', 2, "addresses children's privacy", (s) => {
      const found = matched(CHILD, s.text);
      return found && !/parent company|child(?:ren)? (?:pages?|windows?)/i.test(s.text) ? found : null;
    }),
  ],
};

const DNT = words(
  'do[\\s-]not[\\s-]track(?=["”\']?\\s*(?:signals?|requests?|headers?|settings?|preferences?|features?|mechanisms?|options?|browser))|["“]do[\\s-]not[\\s-]track["”]|dnt',
);

export const doNotTrack: PracticeRules = {
  practice: 'do-not-track',
  precedence: ['no', 'yes'],
  heading: /track/,
  signals: [
    signal('do-not-track/ignored', 'no', 2, 'says it does not respond to Do Not Track', (s) => {
      // "…browser do not track signals… Currently, we do not … act on these signals."
      const found = matched(DNT, s.text) ?? (s.inClause(DNT) ? matched(/\bthese signals\b/i, s.text) : null);
      return found &&
        /not (?:configured to |currently )?(?:respond|honou?r|recogni[sz]e|support|alter|change|monitor|take any action)|ignore|no (?:standard|uniform)/i.test(
          s.text,
        )
        ? found
        : null;
    }),
    signal('do-not-track/honoured', 'yes', 2, 'says it honours Do Not Track signals', (s) => {
      const found = matched(DNT, s.text);
      return found &&
        /\b(?:honou?r|respect|respond to|recogni[sz]e|comply with)/i.test(s.text) &&
        !/not (?:configured to )?(?:respond|honou?r|recogni[sz]e)/i.test(s.text)
        ? found
        : null;
    }),
  ],
};

const CONTACT = words(
  'contact(?:ing)? (?:us|our|the (?:webmaster|privacy))|call(?: us)? (?:at |on )?\\+?\\d[\\d ().-]{6,}\\d|contact:|notify the [^.]{0,60} by e-?mail|e-?mail(?:ing)? (?:us|the webmaster)|send (?:us )?(?:an )?e-?mail|write to (?:us)?|call us|please (?:contact|call|e-?mail|send)|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:main )?phone:|telephon(?:e|ing):|e-?mail:|postal (?:mail|service):|online (?:contact|feedback) form|privacy (?:information )?department',
);
const ABOUT_PRIVACY =
  /question|concern|comment|privacy|polic|statement|practices|principles|complaint|suggestion|inquir|to contact us|personal information|your data/i;

export const privacyContact: PracticeRules = {
  practice: 'privacy-contact',
  precedence: ['yes'],
  heading: /contact|question/,
  signals: [
    signal('privacy-contact/questions', 'yes', 3, 'tells you whom to contact with privacy questions', (s) => {
      const found = matched(CONTACT, s.text);
      const named = found ?? /\bcontact(?:ing)? [A-Z][\w.]+/.exec(s.text)?.[0] ?? null;
      return named &&
        (ABOUT_PRIVACY.test(s.text) || ABOUT_PRIVACY.test(s.before)) &&
        !/(?:you|customers|users|members|visitors) (?:may|can) (?:access|update|correct|review)|we (?:may )?collect|(?:call|e-?mail|contact) you\b|opt|unsubscrib|receiv|parents?\b|friend|do not want|transmitting/i.test(
          s.text,
        ) &&
        // "To do so, send an e-mail to …" after an opt-out, or to exercise a right: a way to choose, not a contact for questions
        !(
          /^(?:to do so|if you (?:would like|wish|want) to exercise|to exercise)\b/i.test(s.text) &&
          !/question|concern|comment/i.test(s.text)
        )
        ? named
        : null;
    }),
    signal(
      'privacy-contact/address',
      'yes',
      1,
      'gives a contact address',
      (s) => {
        const found = matched(CONTACT, s.text);
        return found && /contact|question/.test(s.heading) ? found : null;
      },
      { titles: true },
    ),
  ],
};

const FORUM = words(
  'forums?|discussion (?:groups?|boards?)|bulletin boards?|chat rooms?|message boards?|public (?:areas?|comment features)|news discussion|comments? (?:you post|sections?)|post(?:ed|ing)? (?:messages|comments|content)|blogs?',
);
const PUBLIC =
  /\bpublic(?:ly)?\b|not (?:be )?(?:treated as )?confidential|(?:collected|read|seen|viewed|used) by others|be careful|display(?:ed|s)?\b/i;

export const publicForums: PracticeRules = {
  practice: 'public-forums',
  precedence: ['yes'],
  heading: /public|forum|post/,
  signals: [
    signal('public-forums/warning', 'yes', 2, 'warns that what you post in public areas is public', (s) => {
      const found = findAll(FORUM, s.text)[0];
      return found && PUBLIC.test(s.text) ? found.text : null;
    }),
    signal('public-forums/risk', 'yes', 1, 'warns that what you post can be used by others', (s) =>
      s.inClause(FORUM) && /(?:collected|read|seen|viewed|used) by others|be careful/i.test(s.text)
        ? (matched(/(?:collected|read|seen|viewed|used) by others|be careful/i, s.text) ?? null)
        : null,
    ),
  ],
};
