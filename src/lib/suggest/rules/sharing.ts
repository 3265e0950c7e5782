/**
 * Sharing: selling, third-party sharing, service providers, aggregate data, legal disclosure,
 * international transfer. Negation and its scope decide most of these: "we do not sell",
 * "we will not share … except with your consent".
 */
import { affirmed, findAll, matched, words } from '../cues.ts';
import { requiresConsent } from '../scope.ts';
import type { PracticeRules, Sentence } from '../types.ts';
import { PERSONAL, signal } from './define.ts';

const SELL = words('sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|loan(?:s|ed)?|trade[sd]?|sale of (?:your|personal|customer)');
const ABOUT_DATA = /information|data|details|e-?mail address|mailing list|names|lists?\b/i;

/** A sale of the company or its assets, not of your data ("if our business is sold"). */
const BUSINESS_SALE =
  /\b(?:business|company|assets|merger|acquired|acquisition|re-?organi[sz]ation|restructur\w*|ownership)\b|\b(?:we|it) (?:are|is|were|was|should be) (?:\w+ )?sold\b/i;

export const sellsData: PracticeRules = {
  practice: 'sells-data',
  precedence: ['yes', 'no'],
  heading: /sell|shar|disclos|third/,
  signals: [
    signal('sells-data/negated', 'no', 2, 'says it does not sell or rent your information', (s) => {
      if (!ABOUT_DATA.test(s.text)) return null;
      const found = findAll(SELL, s.text).find((f) => f.negated);
      return found ? found.text : null;
    }),
    signal('sells-data/sells', 'yes', 2, 'says it may sell or rent your information', (s) => {
      if (!/\b(?:we|company|our)\b/i.test(s.text)) return null;
      const found = affirmed(SELL, s.text);
      if (
        !found ||
        BUSINESS_SALE.test(s.text) ||
        !/(?:your|personal|customer|user|subscriber|mailing)\b[^.]{0,30}(?:information|data|details|list|names|addresses)/i.test(
          s.text.slice(found.index),
        )
      )
        return null;
      return /restricted|prohibited|agents|vendors/i.test(s.text) ? null : found.text;
    }),
  ],
};

const SHARE = words(
  'shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|divulge[sd]?|provid(?:e|es|ed)|give[sn]?|given|pass(?:es|ed)? on|release[sd]?|transfer(?:s|red)?|make available|made available|mak(?:e|es|ing) (?:\\S+ ){1,6}(?:publicly )?available|send|reveal(?:s|ed)?|distribut(?:e|es|ed|ing)|lease[sd]?|(?:sold|rented) or disclosed',
);
const RECIPIENT = words(
  'third[\\s-]part(?:y|ies)(?![\\s-](?:web ?)?sites?)|outside (?:parties|party|organi[sz]ations|companies)|(?:any )?other parties|anyone else|(?:any )?organi[sz]ations not part|other (?:companies|organi[sz]ations|traders|businesses)|(?:business |marketing |advertising )?partners|sponsors?|advertisers|affiliates|others|anyone|any(?:one| other)? (?:organi[sz]ation|company|party)|selected companies|non-affiliated|the (?:general )?public',
);
const NOT_THIRD =
  /\b(?:contractors?|vendors?|agents?|resellers?|service providers?|on (?:our|its) behalf|work(?:s)? (?:for|on behalf)|aggregate[sd]?|statistic(?:s|al|ally)|anonymous|non-identifying|non-personal|demographic|required by law|law enforcement|legal process|court order|subpoena|government|comply with|authorities)\b/i;

/** A flat denial: "does not disclose", "will never share". */
const NOT_DISCLOSED = /\b(?:(?:does|do|will|shall|would) not|never) (?:\w+ )?(?:disclose|share|divulge)/i;

/** A recipient you pick ("to you, or a third party you have chosen"): your data handed over at your request, as a right of portability gives it. */
const YOUR_RECIPIENT =
  /\b(?:(?:a|any|the) )?(?:third[\s-]part(?:y|ies)|(?:another|other) (?:company|organi[sz]ation|controller)s?) (?:that |whom |who )?you (?:have )?(?:chosen|choose|designate[ds]?|nominate[ds]?|name[ds]?|select(?:ed)?)\b/i;

const sharingCue = (s: Sentence) => {
  if (YOUR_RECIPIENT.test(s.text)) return null;
  // "information you provide" is what you give, not what is passed on
  const hits = findAll(SHARE, s.text).filter(
    (h) => !/\byou(?: have| may| choose to)?\s+$/i.test(s.text.slice(0, h.index)),
  );
  if (!hits.length) return null;
  const withRecipient = RECIPIENT.test(s.text);
  // "without your consent", or "without … an opportunity to opt-out": sharing that you decide
  const consent = requiresConsent(s.text) || hits.some((h) => h.exception === 'opt-out');
  if (!withRecipient && !(consent && /disclos|shar|pass(?:ed)? on|divulg/i.test(s.text))) return null;
  return { hits, consent };
};

/** A list item naming a recipient, under a line that introduces whom data is shared with ("We may share your information with:"). */
const listedRecipient = (s: Sentence): string | null => {
  if (
    !s.intro ||
    !SHARE.test(s.intro) ||
    !/\b(?:with|to|following (?:ways|circumstances|cases)|as follows)\b[^.]*[:–—-]\s*$/i.test(s.intro)
  )
    return null;
  if (
    /^\W*(?:our )?(?:service providers?|contractors?|agents?|suppliers?)|service (?:providers?|vendors?)|contractors?|on (?:our|its) behalf|requested|required by law|law enforcement|legal|government|authorit/i.test(
      s.text,
    )
  )
    return null;
  return matched(RECIPIENT, s.text);
};

export const thirdPartySharing: PracticeRules = {
  practice: 'third-party-sharing',
  precedence: ['yes', 'partial', 'no'],
  heading: /shar|disclos|third|partner/,
  signals: [
    signal('third-party-sharing/shares', 'yes', 2, 'says it shares your information with third parties', (s) => {
      const cue = sharingCue(s);
      if (!cue || cue.consent || NOT_THIRD.test(s.text) || /opt[\s-]*out|prefer that we not/i.test(s.text)) return null;
      const found = cue.hits.find((h) => !h.negated && h.exception === null);
      if (!found || /^(?:if|when|how|with whom)\b/i.test(s.text)) return null;
      return /\b(?:we|our|company)\b/i.test(s.text) &&
        /(?:personal|your|customer|user|subscriber|certain|registration)\s+(?:\S+\s+)?(?:information|data|details|names)|information about you/i.test(
          s.text,
        )
        ? found.text
        : null;
    }),
    signal(
      'third-party-sharing/listed',
      'yes',
      2,
      'lists third parties it shares your information with',
      listedRecipient,
      { titles: true },
    ),
    signal(
      'third-party-sharing/consent',
      'partial',
      2,
      'shares only with your consent or gives a way to refuse',
      (s) => {
        const cue = sharingCue(s);
        if (!cue) return null;
        const negatedWithConsent = cue.hits.find(
          (h) => h.negated && (h.exception === 'consent' || h.exception === 'opt-out'),
        );
        if (negatedWithConsent) return negatedWithConsent.text;
        const conditional = cue.hits.find((h) => !h.negated);
        return conditional && (cue.consent || /opt(?:ing)?[\s-]*out/i.test(s.text)) && !NOT_THIRD.test(s.text)
          ? conditional.text
          : null;
      },
    ),
    signal(
      'third-party-sharing/not-disclosed',
      'no',
      2,
      'says it does not disclose your personal information (beyond what it describes)',
      (s) => {
        // "X does not disclose personally-identifying information other than as described below"
        if (RECIPIENT.test(s.text) || !PERSONAL.test(s.text) || !NOT_DISCLOSED.test(s.text)) return null;
        const found = findAll(SHARE, s.text).find(
          (h) =>
            h.negated && h.exception !== 'consent' && h.exception !== 'opt-out' && /disclos|shar|divulg/i.test(h.text),
        );
        return found ? found.text : null;
      },
    ),
    signal(
      'third-party-sharing/negated',
      'no',
      2,
      'says it does not share your information with third parties',
      (s) => {
        const cue = sharingCue(s);
        if (!cue) return null;
        const found = cue.hits.find((h) => h.negated && h.exception !== 'consent' && h.exception !== 'opt-out');
        return found ? found.text : null;
      },
    ),
  ],
};

const PROVIDER = words(
  'contractors?|(?:use|engage|employ|appoint|retain)s? (?:\\w+ ){0,2}(?:agents|contractors|suppliers|processors)|(?:our|outside|third[\\s-]party|other) (?:service )?vendors?|(?<!internet )service providers?|agents or vendors|vendors who|(?:third[\\s-]party |outside )suppliers?|(?:our|third[\\s-]party) agents|agents and (?:resellers|assignees)|(?:ourselves and |our )agents|resellers|outside compan(?:y|ies)|companies (?:who|that) (?:work|perform|help)|on (?:our|its|their) behalf|(?:acting )?on behalf of(?= )(?! the company whose)|perform (?:functions|services) (?:on|for)',
);

export const serviceProviders: PracticeRules = {
  practice: 'service-providers',
  precedence: ['yes', 'no'],
  heading: /shar|disclos|third|vendor|provider/,
  signals: [
    signal('service-providers/named', 'yes', 2, 'says contractors, vendors or agents handle data for it', (s) => {
      const found = findAll(PROVIDER, s.text).find(
        (f) => !f.negated || /other than|except/i.test(s.text.slice(0, f.index)),
      );
      if (!found) return null;
      return /website|site|links/i.test(s.text) && !/information|data|services/i.test(s.text) ? null : found.text;
    }),
  ],
};

const AGGREGATE = words(
  'aggregate[sd]?|statistic(?:s|al|ally)|demographic(?:s)?|non-identifying|non-personal|anonymous',
);
const SHARE_WITH =
  /\b(?:provide|share|shares|report(?:ed|s)?|disclose|tell|give|sell|make available|pass|reports? on)\b[^.]*\b(?:third part|advertisers|sponsors|partners|customers|others|outside)/i;

export const aggregateData: PracticeRules = {
  practice: 'aggregate-data',
  precedence: ['yes', 'no'],
  signals: [
    signal('aggregate-data/shares', 'yes', 2, 'says it shares aggregate or statistical data', (s) => {
      const found = affirmed(AGGREGATE, s.text);
      if (!found) return null;
      const near = s.text.slice(Math.max(0, found.index - 80), found.index + 160);
      return SHARE_WITH.test(near) ||
        // an item under "We may share personal information in the following ways:"
        /\b(?:share|shares|disclose|discloses|provide|transfer|release)\b/i.test(s.intro) ||
        /\b(?:to|with|for) (?:our )?(?:advertisers|sponsors|third parties|partners)\b/i.test(near) ||
        /\b(?:release|publish(?:es|ing)?|reveal|make public)\b/i.test(near)
        ? found.text
        : null;
    }),
  ],
};

const LEGAL = words(
  '(?:required|authori[sz]ed|compelled) (?:to do so )?by (?:applicable )?law|legally required|law enforcement|subpoenas?|court orders?|legal (?:process|obligations|requirements|paperwork|processes)|judicial proceedings?|government(?:al)? (?:agencies|officials|requests|authorities)|comply with (?:applicable |the )?(?:laws?|legal|a judicial|any)|lawful (?:government )?requests?|federal (?:agencies|communications regulations)|as required by|regulatory (?:bodies|authorities|agencies)',
);

export const legalDisclosure: PracticeRules = {
  practice: 'legal-disclosure',
  precedence: ['yes'],
  heading: /legal|law|disclos/,
  signals: [
    signal('legal-disclosure/required', 'yes', 2, 'says it will disclose data when the law requires', (s) => {
      const found = matched(LEGAL, s.text);
      if (
        !found ||
        /comply with the (?:terms|provisions)|in accordance with|protection act/i.test(
          s.text.slice(s.text.toLowerCase().indexOf(found.toLowerCase()) - 20),
        )
      )
        return null;
      // the act may stand in the line that introduces the list ("We may share personal information in the following ways:")
      return /disclos|provide|share|release|access|respond|give|divulge|asked|request|submit|distribut|pass(?:ed)? on/i.test(
        `${s.intro} ${s.text}`,
      )
        ? found
        : null;
    }),
  ],
};

const ABROAD = words(
  'transfer(?:red|s)? (?:to and stored in|overseas|abroad|outside|to (?:other|another|servers in|the united states|countries))(?! (?:business|company|entity|owner))|outside (?:of )?your (?:home )?country|(?:on|at) (?:a |its )?(?:\\w+ )?servers? (?:located )?in the (?:united states|u\\.s\\.a?\\.?|usa|us\\b)|(?:other|another|certain|foreign) countr(?:y|ies)|outside (?:the|of the) (?:eea|european|united states|uk|country)|transborder|cross-border|around the world|worldwide offices|stored in the united states|international(?:ly)? (?:transfer|organi[sz]ations)',
);

export const internationalTransfer: PracticeRules = {
  practice: 'international-transfer',
  precedence: ['yes', 'partial', 'no'],
  heading: /transfer|international|transborder|countr/,
  signals: [
    signal(
      'international-transfer/transfers',
      'yes',
      2,
      'says your data may be transferred to other countries',
      (s) => {
        const found = affirmed(ABROAD, s.text);
        return found &&
          /information|data|details/i.test(s.text) &&
          !requiresConsent(s.text) &&
          !/trademark|proprietary|rights/i.test(s.text)
          ? found.text
          : null;
      },
    ),
    signal('international-transfer/consent', 'partial', 2, 'transfers data abroad only with your consent', (s) => {
      const found = affirmed(ABROAD, s.text);
      return found && requiresConsent(s.text) ? found.text : null;
    }),
    signal(
      'international-transfer/none',
      'no',
      1,
      'says your data stays in the country',
      (s) => findAll(ABROAD, s.text).find((f) => f.negated)?.text ?? null,
    ),
  ],
};
