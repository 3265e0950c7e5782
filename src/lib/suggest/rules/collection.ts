/**
 * Collection & use: personal data, payment data, automatic technical data, cookies, tracking
 * cookies, marketing.
 */
import { affirmed, findAll, matched, words } from '../cues.ts';
import type { PracticeRules, Sentence } from '../types.ts';
import { COOKIE_HEADING, PERSONAL, signal } from './define.ts';

/** Named kinds of personal data. */
const DATA_TYPE = words(
  [
    'e-?\\s?mail address(?:es)?',
    '(?:postal|mailing|home|street|shipping|billing|physical) address(?:es)?',
    '(?:tele)?phone (?:number|no)s?',
    'zip(?: or postal)? code',
    'post ?code',
    'date of birth',
    'birth ?date',
    'contact (?:details|information|data)',
    "(?:your|their|first|last|full|the user['’]s|user['’]s) (?:first |last |full )?names?",
    'names?(?=,?\\s+(?:and |or )?(?:e-?mail|address|title|company|phone|city|zip))',
    '(?<=(?:and|or|,)\\s)address',
  ].join('|'),
);

/** Verbs of collecting or being given data. */
const COLLECT = words(
  'collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|ask(?:s|ed)?(?: you)?(?: for)?|request(?:s|ed)?|obtain(?:s|ed)?|receive[sd]?|record(?:s|ed)?|provide[sd]?|give|submit(?:ted)?|enter|supply|includes?|including|store[sd]?|register',
);

/** Kinds of personal data a list item names, once its list is introduced as what is collected. */
const LISTED_DATA = words(
  '(?:your |first |last |full )names?|^names?(?! of)|social security (?:number|no)s?|(?:account|card|customer) numbers?|account (?:balances?|information|details)|(?:payment|credit|transaction|purchase|order|employment|medical) (?:history|histories|information|details)|income|assets|age|gender|occupation|job titles?|company names?|(?:user ?names?|passwords?)',
);

/** An introduction to a list of what is collected ("The information we collect includes:"). */
const COLLECTED_INTRO =
  /\b(?:collect(?:s|ed|ing)?|gather(?:s|ed)?|obtain(?:s|ed)?|ask(?:s|ed)? (?:you )?for|request(?:s|ed)?|receive[sd]?|process(?:es|ed)?)\b/i;
const introducesCollection = (line: string, s: Sentence): boolean =>
  /(?:information|data|details)\b/i.test(line) && (COLLECTED_INTRO.test(line) || s.inClause(COLLECTED_INTRO));

/** The strength a list of collected data, its introduction and items, adds: that of naming three kinds of data. */
const LIST_BONUS = 3;

const namesTypes = (s: Sentence): string | null => {
  const type = affirmed(DATA_TYPE, s.text);
  if (!type) return null;
  if (!COLLECT.test(s.text) && !/:$/.test(s.before.trim())) return null;
  if (
    /friend['’]s|recipient['’]s|third[\s-]party['’]s|someone else['’]s/i.test(s.text) &&
    !/your (?:name|e-?mail)/i.test(s.text)
  )
    return null;
  return type.text;
};

export const personalData: PracticeRules = {
  practice: 'personal-data',
  precedence: ['yes', 'partial'],
  heading: /collect|gather|information we|personal/,
  // a list of what is collected is cited as its introduction and items: room for three of them
  maxClauses: 4,
  signals: [
    signal('personal-data/named-types', 'yes', 2, 'names the personal data it collects', namesTypes, {
      bonus: (s) => Math.min(3, findAll(DATA_TYPE, s.text).length),
    }),
    signal(
      'personal-data/listed-type',
      'yes',
      2,
      'lists a kind of personal data under a line ending in a colon',
      (s) => {
        // an item anywhere down a list introduced as what is collected, or a title-like line right after such a line
        const intro = s.intro || (s.title && /:$/.test(s.before.trim()) ? s.before : '');
        // a list of whom data is shared with names recipients ("sale of company assets"), not data
        if (!intro || !/collect|information|data/i.test(intro) || /shar(?:e|ed|ing)|disclos/i.test(intro)) return null;
        return matched(DATA_TYPE, s.text) ?? matched(LISTED_DATA, s.text);
      },
      // a list of what is collected is the plainest answer there is: as strong as a sentence naming three kinds
      { titles: true, bonus: () => LIST_BONUS },
    ),
    signal(
      'personal-data/list-intro',
      'yes',
      2,
      'introduces a list of the personal data it collects',
      (s) =>
        /:\s*$/.test(s.text) &&
        introducesCollection(s.text, s) &&
        // a list of what the data is used for, shared with, or logged automatically is another practice's
        !/cookie|automatic|technical|\blog|\bused?\b|\bways?\b|purposes?|reasons?|shar(?:e|ed|ing)|disclos|third part|visit/i.test(
          s.text,
        )
          ? (matched(
              /(?:personal |the )?(?:types? of |kinds? of )?(?:personal )?(?:information|data|details)/i,
              s.text,
            ) ?? null)
          : null,
      { titles: true, bonus: () => LIST_BONUS },
    ),
    signal('personal-data/general', 'partial', 1, 'says it collects personal information without naming it', (s) => {
      const pi = affirmed(PERSONAL, s.text);
      return pi &&
        COLLECT.test(s.text) &&
        !/\bnon-personal\b/i.test(s.text.slice(Math.max(0, pi.index - 4), pi.index + 1)) &&
        // someone else's data you hand over ("a third party's personal information")
        !/(?:friend|recipient|third[\s-]party|someone else)['’]s\s+$/i.test(s.text.slice(0, pi.index))
        ? pi.text
        : null;
    }),
  ],
};

const PAYMENT = words(
  'credit(?:\\s*/\\s*debit)?(?: or debit)?(?: or charge)? cards?(?: numbers?| information| details)?|debit cards?|card numbers?|bank accounts?(?: details)?|bank details|payment (?:information|details|card)|billing information|(?:checking|savings) accounts?(?: information| numbers?)?|account balances?|transaction history',
);

export const paymentData: PracticeRules = {
  practice: 'payment-data',
  precedence: ['yes', 'no'],
  signals: [
    signal(
      'payment-data/card',
      'yes',
      2,
      'speaks of card or bank details it is given',
      (s) => affirmed(PAYMENT, s.text)?.text ?? null,
      {
        bonus: (s) => (DATA_TYPE.test(s.text) ? 0 : 1),
      },
    ),
    signal('payment-data/none', 'no', 1, 'says it does not collect card or bank details', (s) =>
      /collect|ask|request|store/i.test(s.text)
        ? affirmed(PAYMENT, s.text)
          ? null
          : (words('credit cards?|bank accounts?').exec(s.text)?.[0] ?? null)
        : null,
    ),
  ],
};

const TECHNICAL = words(
  'ip (?:\\(or internet protocol\\) )?address(?:es)?|internet protocol (?:\\(ip\\) )?address(?:es)?|server logs?|log files?|access logs|browser (?:types?|versions?|language)|domain names?(?= |,|\\.)|(?:internet|your) service provider|referr(?:ing|al|er) (?:web ?site|url|page|site)s?|web site that referred|clickstream|click-stream|automatically (?:collect|receive|log|record|transmit|keep)s?|(?:analy[sz](?:is|e|ing)|monitor(?:ing)?|track(?:ing|s)?) (?:of )?(?:the |user |customer |site |internet )?traffic|traffic (?:patterns|data|statistics)|tracking activity|usage statistics|pages? (?:or pages )?you (?:request|visit)|(?:standard )?(?:internet )?log information|(?:traffic|log) cookies|visitor (?:activity|behaviou?r)|(?:track|monitor|record)s? (?:the )?patterns of behaviou?r|(?:google|web) analytics|cookies (?:for|used for) analysis|cookies to analy[sz]e',
);

export const automaticData: PracticeRules = {
  practice: 'automatic-data',
  precedence: ['yes', 'no'],
  heading: /automatic|log|traffic|statistic|technical|usage/,
  signals: [
    signal(
      'automatic-data/technical',
      'yes',
      2,
      'says it records technical data about visits',
      (s) => {
        const found = affirmed(TECHNICAL, s.text);
        // a title-like line counts only as a list's item ("Static IP address" under "We process the following …:")
        if (!found || (s.title && !s.intro)) return null;
        if (/domain name/i.test(found.text) && !/visit|user|browser|track|collect/i.test(s.text)) return null;
        if (/traffic/i.test(found.text) && /aggregate|statistics about/i.test(s.text) && !/analy|track/i.test(s.text))
          return null;
        return found.text;
      },
      { titles: true, bonus: (s) => Math.min(2, findAll(TECHNICAL, s.text).length - 1) },
    ),
  ],
};

const COOKIE = words('cookies?|http cookies');

/** A sentence that only points elsewhere ("For more information on cookies, visit …"): it tells nothing of the site's own cookies. */
const POINTER_START =
  /^(?:for (?:more|further) information|to (?:learn|find out|read) more|more information|(?:get|find|read) more (?:information|about)|learn more)\b/i;
const REFUSING = words('(?:reject|refuse|disable|block|delete|remove)(?:s|d|ing)? (?:all |the |these |your )?cookies');
const pointsElsewhere = (s: Sentence): boolean => POINTER_START.test(s.text) && s.text.split(/\s+/).length <= 30;

export const cookies: PracticeRules = {
  practice: 'cookies',
  precedence: ['yes', 'no'],
  heading: /cookie/,
  signals: [
    signal('cookies/use', 'yes', 2, 'says it uses cookies', (s) => {
      const found = affirmed(COOKIE, s.text);
      // "If you reject cookies, you may still use our site": a choice about cookies, not their use
      if (!found || pointsElsewhere(s) || REFUSING.test(s.text)) return null;
      // "we use cookies", "cookies installed on your device", "ads may contain cookies",
      // "cookies help us …": a cookie the site or its partners put on your computer
      return /\b(?:use[sd]?|using|utili[sz]e[sd]?|place[sd]?|set|assign|store[sd]?|deploy|employ|send|makes? use|may include|install(?:s|ed)?|saved|contain(?:s)?|(?:help|helps|allow|allows|enable|enables|let|lets) us)\b/i.test(
        s.text,
      )
        ? found.text
        : null;
    }),
    signal('cookies/definition', 'yes', 1, 'explains what its cookies are', (s) =>
      /^(?:a|the) cookies? (?:is|are|itself)/i.test(s.text) ? (matched(COOKIE, s.text) ?? null) : null,
    ),
    signal(
      'cookies/none',
      'no',
      1,
      'says it does not use cookies',
      (s) => /\b(?:does|do|will) not (?:use|place|set)\b[^.]{0,30}cookies?/i.exec(s.text)?.[0] ?? null,
    ),
  ],
};

const TRACKING = words(
  'track(?:s|ed|ing)? (?:your|user|visitor|the|their)?\\s*(?:visits?|use|usage|traffic|behaviou?r|activit(?:y|ies)|patterns?|visitors)|to track|tracking (?:technolog(?:y|ies)|pixels?|cookies?|information)|web beacons?|clear gifs?|analy[sz](?:e|is|ing|es)|analytic(?:s|al)|user targeting|targeted? (?:ads|advertis)|serve ads based|interest-based advertising|behaviou?ral advertising|statistical|serve (?:ads|advertisements)|(?:relevant|personali[sz]ed) (?:ads|advertis\\w*|offers)|monitor (?:which|what) pages|when you visit other (?:web ?sites|sites)|across (?:other )?(?:web ?sites|sites)|visits to (?:this and |our and )?other (?:web ?sites|sites)|(?:provide|show|display|deliver) (?:you with )?(?:ads|advertisements|advertising) (?:on (?:this|our) (?:web ?)?site and )?(?:on )?other (?:web ?sites|sites)|advertising based on your (?:browsing|interests|activit)',
);
const RECOGNISE = words(
  'remember(?:s)? (?:you|user|your)|recogni[sz]e|(?:content )?specific to your interests|default forecast|identify (?:returning|customers|you|the individual|your browser)|returning (?:users|visitors)|personali[sz](?:e|es|ed|ation)|tailor(?:ed)?|customi[sz]e|preferences|when you return',
);

/**
 * A cookie (or beacon) in the sentence, a list item under a heading about cookies (what they are
 * used for), or in the clause when the sentence is about "this"/"these".
 */
const aboutCookies = (s: Sentence): boolean =>
  COOKIE.test(s.text) ||
  (COOKIE_HEADING.test(s.heading) && s.intro !== '') ||
  words('web beacons?').test(s.text) ||
  (s.inClause(COOKIE) && /\b(?:this|these|they|it|such)\b/i.test(s.text));

export const trackingCookies: PracticeRules = {
  practice: 'tracking-cookies',
  precedence: ['yes', 'partial'],
  heading: /cookie|track/,
  signals: [
    signal('tracking-cookies/track', 'yes', 2, 'says its cookies track or analyse visits', (s) =>
      aboutCookies(s) && !pointsElsewhere(s) ? (affirmed(TRACKING, s.text)?.text ?? null) : null,
    ),
    signal(
      'tracking-cookies/recognise',
      'partial',
      1,
      'says its cookies recognise or personalise for returning visitors',
      (s) => (aboutCookies(s) ? (affirmed(RECOGNISE, s.text)?.text ?? null) : null),
    ),
  ],
};

const OFFERS = words(
  'special offers?|offers|newsletters?|promotions?|promotional|marketing|e-?shots?|product upgrades|new products|(?:products|services) (?:or services )?(?:that )?(?:may|might) (?:be of )?interest|information about (?:our )?(?:company and )?(?:products|services)|advertising information|specials|offer (?:you )?(?:our )?(?:products|services)|(?:information|advertising) (?:relating|related) to our (?:products|services)',
);
const TO_YOU =
  /\b(?:to (?:provide|send|inform|notify|contact|keep|communicate|let|alert|tell|advise)|send(?:s|ing)? (?:you|out)|contact(?:ing)? you|e-?mail you|used (?:to|for)|use (?:your|it|this|the|personal)|provide you|receive|subscribe|communicate|to you|notif)/i;
/** A line introducing what personal data is used for ("…for three primary purposes:", "We use your information to:"). */
const PURPOSES_INTRO = /\bpurposes?\b|\breasons?\b|\b(?:use|uses|process|processes)\b[^.]*\b(?:to|for)\s*[:–—-]\s*$/i;
const SITE_NOTICE =
  /\b(?:let you know about|notices? (?:about|of)|notify you (?:about|of)|inform you (?:about|of)|tell you about|announcements?|updates? (?:about|on))\b[^.]{0,60}\b(?:functions|site|changes|terms|service|features)/i;

export const marketing: PracticeRules = {
  practice: 'marketing',
  precedence: ['yes', 'partial'],
  heading: /use|marketing|promot|newsletter/,
  signals: [
    signal(
      'marketing/offers',
      'yes',
      2,
      'says it uses your details to send offers, newsletters or promotions',
      (s) => {
        const found = affirmed(OFFERS, s.text);
        if (!found || !TO_YOU.test(s.text)) return null;
        if (
          /opt[\s-]*out|unsubscribe|no longer wish|do not wish/i.test(s.text) &&
          !/\bwill be used|may use|we use/i.test(s.text)
        )
          return null;
        if (/\b(?:share|sell|rent|disclose)s?\b/i.test(s.text) && !/\bsend|provide you|contact you/i.test(s.text))
          return null;
        return found.text;
      },
      { bonus: (s) => (/\b(?:send(?:s|ing)? you|provide you with|contact you|e-?mail you)\b/i.test(s.text) ? 1 : 0) },
    ),
    signal(
      'marketing/listed-purpose',
      'yes',
      2,
      'lists marketing among the purposes it uses your details for',
      // an item under "We use your personal data for the following purposes:"
      (s) => (PURPOSES_INTRO.test(s.intro) ? (affirmed(OFFERS, s.text)?.text ?? null) : null),
      { titles: true },
    ),
    signal(
      'marketing/refusable',
      'yes',
      1,
      'offers a way to refuse its marketing, so it sends some',
      (s) =>
        /\b(?:refuse|opt[\s-]*out of|unsubscribe from|stop receiving)\b[^.]{0,40}\b(?:marketing|promotional|newsletters?)\b/i.exec(
          s.text,
        )?.[0] ?? null,
    ),
    signal('marketing/site-notices', 'partial', 1, 'says it only tells you about the site itself', (s) =>
      matched(SITE_NOTICE, s.text),
    ),
  ],
};
