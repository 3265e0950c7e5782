/**
 * Generated search queries for the in-browser search fuzz (tests/e2e/fuzz-search.spec.ts):
 * typos of real words, query syntax of every search library, regular-expression and HTML
 * metacharacters, markup that must stay text, prototype names, huge and odd Unicode input.
 */
import type { Random } from './random.ts';

/** Set by a query's payload if it ever runs as code; the spec checks it stays unset. */
export const PWNED_FLAG = '__fuzzPwned';
/** An attribute a query's markup would add to the page if it were ever parsed as HTML. */
export const INJECTED_ATTRIBUTE = 'data-fuzz-injected';

const WORDS = [
  'cookies',
  'cookie',
  'sell',
  'data',
  'personal information',
  'third parties',
  'unsubscribe',
  'opt out',
  'children',
  'security',
  'email',
  'e-mail',
  'address',
  'IP address',
  'retention',
  'delete',
  'correct',
  'contact',
  'privacy',
  'share',
  'advertising',
  'Mimecast',
  'Corero',
  'IronPort',
  'SpamCop',
  'Threatpost',
  'CyberDefender',
  'do not track',
];

/** Markup and script that must be shown as typed, never parsed or run. */
export const HOSTILE_QUERIES = [
  `<img src=x onerror="window.${PWNED_FLAG}=1">`,
  `<b ${INJECTED_ATTRIBUTE}>bold</b>`,
  `"><svg ${INJECTED_ATTRIBUTE} onload="window.${PWNED_FLAG}=1">`,
  `'><script>window.${PWNED_FLAG}=1</script>`,
  `</mark><i ${INJECTED_ATTRIBUTE}>x</i><mark>`,
  `cookies<img src=x onerror=window.${PWNED_FLAG}=1>`,
  `javascript:window.${PWNED_FLAG}=1`,
  `<a href="javascript:window.${PWNED_FLAG}=1" ${INJECTED_ATTRIBUTE}>x</a>`,
  `<iframe ${INJECTED_ATTRIBUTE} srcdoc="<script>parent.${PWNED_FLAG}=1</script>">`,
  `<style ${INJECTED_ATTRIBUTE}>*{display:none}</style>`,
  `&lt;b&gt;cookies&lt;/b&gt;`,
  `&#60;script&#62;`,
  `%3Cscript%3Ewindow.${PWNED_FLAG}=1%3C%2Fscript%3E`,
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  `<template ${INJECTED_ATTRIBUTE}><img src=x onerror=window.${PWNED_FLAG}=1></template>`,
];

/** Names that break a search index kept in a plain object. */
export const PROTOTYPE_QUERIES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'then',
];

/** Query syntax of Fuse.js extended search, Lunr, MiniSearch, FlexSearch and regular expressions. */
const SYNTAX = [
  "'cookies",
  '=cookies',
  '!cookies',
  '^cook',
  'kies$',
  '!^cook',
  '!kies$',
  'cookies | sell',
  'cookies sell$',
  '"opt out"',
  '+cookies -sell',
  'cookies~2',
  'cook*',
  'title:cookies',
  'company:mimecast',
  'practice:cookies',
  'cookies AND sell',
  'cookies OR NOT sell',
  '(cookies)',
  '[a-z]+',
  '.*',
  '.+?',
  '\\d{3}',
  '(?=x)',
  '\\',
  '\\\\',
  '$&',
  '$1',
  '^$',
  '|',
  '||',
  '&&',
  '*',
  '**',
  '?',
  '~',
  '!',
  "'",
  '"',
  '""',
  "''",
  '`',
  '#',
  '%',
  '%%',
  '%E0%A4%A',
];

const ODD = [
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u0301',
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u2028',
  '\ud800',
  '\udfff',
  '🙂',
  '👩🏽‍💻',
  'ﬁ',
  'ß',
  'İ',
  'ǅ',
  'Å',
  'Å',
  'ё',
  '漢字',
  'العربية',
  'עברית',
  'Ⅻ',
  '①',
  '０',
  '𝟘',
];

function typo(rng: Random, word: string): string {
  if (word.length < 3) return word;
  const i = rng.int(word.length - 1);
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1); // dropped letter: "cokies"
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swapped: "cookeis"
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i); // doubled
    default:
      return word.slice(0, i) + String.fromCharCode(97 + rng.int(26)) + word.slice(i + 1); // replaced
  }
}

/** One query of a random family. */
function searchQuery(rng: Random): string {
  switch (rng.int(12)) {
    case 0:
      return rng.pick(WORDS);
    case 1:
      return typo(rng, rng.pick(WORDS));
    case 2:
      return Array.from({ length: rng.between(2, 6) }, () =>
        rng.chance(0.5) ? typo(rng, rng.pick(WORDS)) : rng.pick(WORDS),
      ).join(' ');
    case 3:
      return rng.pick(HOSTILE_QUERIES);
    case 4:
      return rng.pick(SYNTAX);
    case 5:
      return rng.pick(PROTOTYPE_QUERIES);
    case 6:
      return Array.from({ length: rng.between(1, 12) }, () => rng.pick(ODD)).join(rng.chance(0.5) ? '' : ' ');
    case 7: {
      const w = rng.pick(WORDS);
      return rng.chance(0.5) ? w.toUpperCase() : [...w].map((c) => (rng.chance(0.5) ? c.toUpperCase() : c)).join('');
    }
    case 8:
      return rng.pick(['', ' ', '   ', '\t', '\u3000', '-', '.', ',', '...', '?!', '0', '1', 'a', 'z', 'é']);
    case 9: {
      let s = '';
      for (let i = rng.between(1, 40); i > 0; i--) s += String.fromCharCode(rng.between(0x20, 0x2fff));
      return s;
    }
    case 10:
      return `${rng.pick(WORDS)}${rng.pick(ODD)}${rng.pick(SYNTAX)}${rng.pick(HOSTILE_QUERIES)}`.slice(
        0,
        rng.between(1, 300),
      );
    default:
      return longQuery(rng, rng.pick([200, 201, 1000, 5000]));
  }
}

/** A query of exactly `length` UTF-16 units: words, or one repeated character. */
export function longQuery(rng: Random, length: number): string {
  let s = '';
  if (rng.chance(0.3)) return rng.pick(['a', ' ', '*', '<', '🙂'.charAt(0)]).repeat(length);
  while (s.length < length) s += `${rng.chance(0.2) ? typo(rng, rng.pick(WORDS)) : rng.pick(WORDS)} `;
  return s.slice(0, length);
}

/**
 * `count` queries: every hostile, prototype and syntax query once, a few of each extreme
 * length, then random ones.
 */
export function searchQueries(rng: Random, count: number): string[] {
  const fixed = [
    ...HOSTILE_QUERIES,
    ...PROTOTYPE_QUERIES,
    ...SYNTAX,
    ...ODD,
    '',
    ' ',
    longQuery(rng, 200),
    longQuery(rng, 10_000),
    'a'.repeat(10_000),
  ];
  const out = fixed.slice(0, count);
  while (out.length < count) out.push(searchQuery(rng));
  return out;
}
