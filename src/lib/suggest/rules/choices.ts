/** Your choices and your rights: cookie control, marketing opt-out, access and correction, deletion. */
import { affirmed, findAll, matched, words } from '../cues.ts';
import type { PracticeRules, Sentence } from '../types.ts';
import { COOKIE_HEADING, signal } from './define.ts';

const REFUSE_COOKIES = words(
  '(?:refuse|reject|disable|decline|block|delete|turn off|turning (?:them )?off|remove|prevent|not accept)(?:s|ing|ed)?\\s+(?:all |the |your |some )?(?:cookies?|them|this)|(?:set|reset|modify|change|adjust|configure)(?:s|ting)? (?:your|their|the) (?:web |internet )?browser(?: settings?)?|browser settings?|notify you when (?:you receive )?a cookie|warn you before accepting cookies|decide whether to accept|cookies? turned (?:on|off)|cookies (?:may|can) (?:generally )?be (?:disabled|removed|blocked|deleted|refused|rejected)|how to (?:enable, )?(?:disable|delete|block|refuse|manage|opt[\\s-]*out)|prevent(?:s|ing)? (?:the )?(?:storage|storing|installation|saving|setting|placement|use) of (?:the |these )?cookies|(?:corresponding |appropriate )?settings? (?:of|in) your (?:web |internet )?browser(?: software)?|browser software|opt[\\s-]*out of (?:the use of )?(?:the )?(?:\\w+ )?cookies?|(?:refuse|reject|disable|decline|block)(?:s|ing|ed)? (?:certain |some |these |such |all )?(?:\\w+ )?(?:technolog(?:y|ies)|tools)|(?:update|manage|change|review|exercise|set) your (?:cookie )?(?:choices|preferences|settings)|opt[\\s-]*out of (?:this|such|that|interest-based|targeted|personali[sz]ed|online|behaviou?ral) advertising',
);
const INSTRUCTION =
  /\b(?:you (?:can|may|are able to|could|should)|learn how|find out how|users? (?:can|may)|by (?:turning|setting|changing|modifying|visiting|selecting|adjusting)|instructions|simply|visit|consult|(?:should|can|may) (?:set|adjust|change|modify|configure)|tools (?:that are )?available|settings)\b/i;
const CONSEQUENCE =
  /\b(?:cannot provide|can ?not|unable to|will not (?:work|function|be able)|(?:may|might) not (?:work|function|be able)|not function|affect your ability|be considerably slower|need cookies)\b/i;

const COOKIE_WORD = /cookie/i;
const aboutCookies = (s: Sentence) =>
  /cookie/i.test(s.text) ||
  (COOKIE_HEADING.test(s.heading) &&
    /browser|opt[\s-]*out|advertis|choices|preferences|these (?:tools|technologies)/i.test(s.text)) ||
  (s.inClause(COOKIE_WORD) && /this|browser/i.test(s.text));

/** How to do it: the browser, its settings or help, instructions, a page to visit. */
const HOW = /\b(?:browsers?|settings?|help|instructions|directions|how to|visit|click|preferences|choices)\b/i;

/** "You can choose to reject cookies, but then you might not …": a choice named with its cost and no way given. */
const refusalWithCost = (s: Sentence): boolean => CONSEQUENCE.test(s.text) && !HOW.test(s.text);

export const cookieChoice: PracticeRules = {
  practice: 'cookie-choice',
  precedence: ['yes', 'partial', 'no'],
  heading: /cookie/,
  signals: [
    signal('cookie-choice/instructions', 'yes', 2, 'tells you how to refuse or control cookies', (s) => {
      const found = matched(REFUSE_COOKIES, s.text);
      return found && aboutCookies(s) && INSTRUCTION.test(s.text) && !refusalWithCost(s) ? found : null;
    }),
    signal(
      'cookie-choice/refusal-with-cost',
      'partial',
      1,
      'says you may refuse cookies, at a cost, without saying how',
      (s) => {
        const found = matched(REFUSE_COOKIES, s.text);
        return found && aboutCookies(s) && INSTRUCTION.test(s.text) && refusalWithCost(s) ? found : null;
      },
    ),
    signal(
      'cookie-choice/only-consequence',
      'no',
      1,
      'mentions refusing cookies only as a reason the service will not work',
      (s) => {
        const found =
          matched(REFUSE_COOKIES, s.text) ??
          matched(words('(?:reject|refuse|decline)s? (?:all )?cookies|do not (?:enable|accept) cookies'), s.text);
        return found && aboutCookies(s) && CONSEQUENCE.test(s.text) && !INSTRUCTION.test(s.text) ? found : null;
      },
    ),
  ],
};

const OPT_OUT = words(
  "opt(?:ing)?[\\s-]*['‘]?out['’]?|unsubscrib(?:e|ing)|remove (?:yourself|themselves|your (?:name|e-?mail address)) from|no longer wish to receive|do not wish to (?:continue )?receiv(?:e|ing)|refuse any marketing|block future (?:e-?mail|messages)|chance to refuse|(?:elect|choose|decide|prefer) not to receive|decline to receive|reply stop|text stop",
);
const OPT_IN = words(
  'opt(?:ed)?[\\s-]*in(?:to)?|unless you have given us your consent|only with your (?:prior )?(?:consent|permission)',
);
const MARKETING_CONTEXT =
  /receiv|e-?mail|newsletter|mailing|communications|promotion|marketing|offers|bulletins|messages|information from us|material|dispatches/i;
const NOT_MARKETING =
  /cookie|advertis(?:ing|ement)s? (?:delivered|tailored)|behaviou?ral|ad targeting|networkadvertising|\bnai\b|dart|shar(?:e|ed|ing) with|provide your personal information to our business partners|such sharing/i;

export const marketingOptOut: PracticeRules = {
  practice: 'marketing-opt-out',
  precedence: ['yes', 'partial'],
  heading: /opt|choice|unsubscribe|newsletter/,
  signals: [
    signal('marketing-opt-out/explained', 'yes', 2, 'explains how to opt out of or unsubscribe from marketing', (s) => {
      const found = findAll(OPT_OUT, s.text).find(
        (f) => !/\bno\s+$|\bnot\s+$/i.test(s.text.slice(Math.max(0, f.index - 4), f.index)),
      );
      if (!found || !MARKETING_CONTEXT.test(s.text) || NOT_MARKETING.test(s.text)) return null;
      return /there is no|cannot (?:opt|unsubscribe)|not available/i.test(s.text) ? null : found.text;
    }),
    signal('marketing-opt-out/opt-in-only', 'partial', 1, 'asks you to opt in but gives no way out', (s) => {
      const found = matched(OPT_IN, s.text);
      return found && MARKETING_CONTEXT.test(s.text) && !NOT_MARKETING.test(s.text) ? found : null;
    }),
  ],
};

const EDIT =
  '(?:access|review|view|update|updating|correct|correcting|amend|amending|modify|modifying|change|changing|edit|editing|check(?!ing account)|checking(?! account)|know what|find out what|(?:have|obtain|get|receive|request) a copy of|(?:provide|send|give) you (?:with )?a copy of)';
const RECORD =
  '(?:(?:your|their|the|all your|any|this|such|that|his or her)\\s+)?(?:own\\s+)?(?:\\p{Lu}[\\w.]*\\s+(?=personal))?(?:personal(?:ly)?(?:\\s+identif(?:iable|ying))?\\s+)?(?:account\\s+|registration\\s+|contact\\s+|customer\\s+|factual\\s+)?(?:information|data|details|profile|records?|inaccuracies|errors)(?!\\s+(?:practices|security|collection))|\\bit\\b(?=\\s+(?:by|promptly|at any time|online))';
const ACCESS = words(`${EDIT}(?:(?:,|\\s+or|\\s+and|,\\s+or)\\s+(?:${EDIT}|delete|remove))*\\s+(?:${RECORD})`);
/** The company's own people as the ones who look ("employees … are permitted to"): access control, not a right of yours. */
const STAFF_ACCESS =
  /\b(?:employees|staff|personnel|agents|contractors)\b[^.]*\b(?:permitted|allowed|authori[sz]ed|able|need)\s+to\s+$/i;
const WAY =
  /\b(?:by (?:contacting|e-?mailing|sending|calling|writing|logging|using|following|visiting|accessing|clicking)|contact us|e-?mail(?:ing)? us|@|using one of|simply by|directly|log(?:ging)? in(?:to)?|your account|profile|request|write to|call)\b/i;

export const accessCorrection: PracticeRules = {
  practice: 'access-correction',
  precedence: ['yes', 'partial'],
  heading: /access|correct|updat|review|rights/,
  signals: [
    signal('access-correction/way-given', 'yes', 2, 'tells you how to see or correct your information', (s) => {
      const found = affirmed(ACCESS, s.text);
      return found && WAY.test(s.text) && !/password|preferences|polic(?:y|ies)|terms/i.test(found.text)
        ? found.text
        : null;
    }),
    signal(
      'access-correction/promised',
      'partial',
      1,
      'promises access or correction without saying how',
      (s) => {
        const found = affirmed(ACCESS, s.text);
        // a right of yours, not the company's own upkeep ("we reserve the right to check the data")
        // nor which of its staff may see it ("only designated employees … are permitted to view your personal data")
        if (
          !found ||
          !/\byou(?:r)?\b/i.test(s.text) ||
          /reserve the right|failure to update/i.test(s.text) ||
          STAFF_ACCESS.test(s.text.slice(0, found.index))
        )
          return null;
        return /password|preferences|polic(?:y|ies)|terms/i.test(found.text) ? null : found.text;
      },
      { titles: true },
    ),
  ],
};

const DELETE = words(
  '(?:corrected|updated|amended|rectified),? (?:or|and) (?:deleted|erased|removed)|(?:delete|erase|remove)(?:,\\s*\\w+)+,?\\s+(?:or|and)\\s+\\w+\\s+(?:your|their|the|any)\\s+(?:personal\\s+)?(?:information|data|details)|(?:be|been) (?:deleted|erased|removed)(?! from (?:our|the) (?:mailing|e-?mail))|(?:delete|deleted|deletion|erase|erased|remove|removed)(?:\\s+(?:or|and)\\s+\\w+)?\\s+(?:it|this|that|them|your|their|the|all|any)?\\s*(?:personal\\s+)?(?:information|data|details|account|profile)?(?:\\s+from (?:our|your|the) (?:records|databases?|systems?|personal profile))?|have it removed|(?:delete|remove|erase)[^.]{0,30}from (?:our|the) (?:records|database)',
);

const wantsDeletion = (s: Sentence) =>
  /\byou\b|\brequest|\bwish|\bcan\b|\bmay\b|\bcontact|\bask\b|\boptions?\b|\bchoices?\b/i.test(
    `${s.intro} ${s.text}`,
  ) && !/cookie|unsubscrib|mailing list|e-?mail list|logs?\b|strips the database/i.test(s.text);

export const deletion: PracticeRules = {
  practice: 'deletion',
  precedence: ['yes', 'partial'],
  heading: /delet|access|correct|rights/,
  signals: [
    signal('deletion/on-request', 'yes', 2, 'says you can have your information deleted', (s) => {
      const found = affirmed(DELETE, s.text);
      if (!found || !wantsDeletion(s)) return null;
      return /reasonable steps|inaccura|errors|child/i.test(s.text) ? null : found.text;
    }),
    signal('deletion/limited', 'partial', 2, 'promises only reasonable steps, or deletion of inaccurate data', (s) => {
      const found = affirmed(DELETE, s.text);
      return found && wantsDeletion(s) && /reasonable steps|inaccura|errors/i.test(s.text) ? found.text : null;
    }),
  ],
};
