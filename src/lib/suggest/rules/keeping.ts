/** Retention & security: how long data is kept, and how it is protected. */
import { affirmed, matched, withoutUrls, words } from '../cues.ts';
import type { PracticeRules } from '../types.ts';
import { signal } from './define.ts';

const KEEP = words(
  'retain(?:s|ed)?(?! the services)|retention|keep(?:s)? (?:your |personal |the |this |such |certain )?(?:personal )?(?:information|data|records?)(?! (?:secure|confidential|private|accurate|up-to-date|current))|(?:stored|kept|held|maintained) for|as long as|no longer than|destroy(?:s|ed)? the information|removed from (?:web )?servers|regular destruction|for a (?:reasonable )?(?:time|period)|maintain(?:s)? (?:this|the|your|such) (?:\\w+ )?information',
);
const PERIOD = words(
  '\\d+\\s*(?:days?|weeks?|months?|years?)|within (?:seconds|minutes|hours|days)|(?:one|two|three|six|twelve|thirty) (?:days?|months?|years?)',
);

export const retention: PracticeRules = {
  practice: 'retention',
  precedence: ['yes', 'partial'],
  heading: /retain|retention|how long|keep/,
  signals: [
    signal('retention/period', 'yes', 2, 'says how long it keeps your data', (s) => {
      const keep = affirmed(KEEP, s.text);
      const period = matched(PERIOD, s.text);
      return keep && period && !/cookie|revision|effective date|response|respond/i.test(s.text)
        ? `${keep.text} … ${period}`
        : null;
    }),
    signal('retention/vague', 'partial', 2, 'says only vaguely how long it keeps your data', (s) => {
      const keep = affirmed(KEEP, s.text);
      if (
        !keep ||
        /cookie|services of|keep (?:you|confidential)|secure|confidential|as long as you (?:are|keep) (?:logged|signed)|third[\s-]part(?:y|ies) may retain|(?:collection|use),? (?:and|or) retention of|safe harbou?r|privacy shield/i.test(
          s.text,
        )
      )
        return null;
      return /information|data|records|it\b/i.test(s.text) ? keep.text : null;
    }),
  ],
};

/**
 * Technical and physical measures, named. Who among the staff may see the data is how the company
 * organises itself, no measure a reader can check: a generic claim (below), as the reviews read it.
 */
const CONCRETE = words(
  'ssl|secure sockets? layer|https|monitor(?:s)? network traffic|encrypt(?:s|ed|ion|ing)?|firewalls?|password[\\s-]protected|secure (?:facilities|location|area)|restricted area|regularly tested|multiple layers of security',
);
const GENERIC = words(
  'security (?:measures|procedures|policy|precautions|safeguards)|(?:physical|technical|electronic|administrative|managerial|procedural),? (?:\\S+,? )*(?:and |or )?(?:safeguards|procedures|steps|controls|measures)|safeguard(?:s|ed|ing)? (?:and secure )?(?:your|the|all|personal|customer)|protect(?:s|ed|ing)? (?:and secure )?(?:your |the |all |any |personal |this |customer |such )?(?:personal |\\p{Lu}\\w+ )?(?:information|data)|(?:commercially )?(?:reasonable|appropriate) (?:\\w+ )?safeguards|held securely|(?:stored|kept|maintained) securely|unauthori[sz]ed access|reasonable (?:security |steps to protect)|strong precautions|take (?:\\w+ )?security (?:\\w+ )?seriously|(?:on|in) (?:a |our )?secure servers?|(?:is|are) secured (?:on|in|by)|restricted access|authori[sz]ed (?:personnel|staff|employees)|limit(?:s|ed)? access|restrict(?:s|ed)? (?:the number of )?(?:\\S+ )?employees',
);

export const security: PracticeRules = {
  practice: 'security',
  precedence: ['yes', 'partial'],
  heading: /secur|protect/,
  signals: [
    signal('security/concrete', 'yes', 2, 'names concrete security measures', (s) => {
      const found = affirmed(CONCRETE, withoutUrls(s.text));
      return found && !/you (?:must|should|agree)|your (?:own )?(?:home|wireless)|when using unencrypted/i.test(s.text)
        ? found.text
        : null;
    }),
    signal('security/generic', 'partial', 2, 'claims to protect your data without naming measures', (s) => {
      const found = affirmed(GENERIC, s.text);
      if (
        !found ||
        /privacy|desire to|need for|limit (?:its |the |our )?collection|cannot guarantee|no such thing|you (?:must|should|agree)|attempts to gain|may not attempt|third part(?:y|ies) (?:sites?|web)/i.test(
          s.text.slice(0, found.index + found.text.length + 40),
        )
      ) {
        return null;
      }
      return found.text;
    }),
  ],
};
