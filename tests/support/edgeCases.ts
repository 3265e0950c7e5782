/**
 * The content edge cases of the loader, as policy folders written on demand (some cannot live in
 * git as they are: dangling links, a folder named `x.md`, UTF-16, 800 KB lists). Each case says
 * what `npm run check:content` and the build must both answer: the policies they accept, or the
 * one content error (a pattern of its message) they stop with.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The corpus's one-line archive header. */
function header(date = '2012-03-04', timestamp = '20120304000000', domain = 'example.com'): string {
  return (
    `> *The following text is extracted and transformed from the ${domain} privacy policy that was archived on ${date}. ` +
    `Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/${timestamp}/http://${domain}/privacy) for the most accurate reproduction.*\n`
  );
}

/** A draft review answering cookies with `quote` and every other practice "not mentioned". */
function draftWithQuote(quote: string): string {
  const ids = (parse(readFileSync('content/practices.yaml', 'utf8')) as { id: string }[]).map((p) => p.id);
  const practices = ids.map((id) =>
    id === 'cookies'
      ? `    cookies: { stance: yes, summary: "Cookies.", quotes: [${JSON.stringify(quote)}] }`
      : `    ${id}: { stance: not-mentioned, summary: "Silent." }`,
  );
  return `---\nreview:\n  status: draft\n  practices:\n${practices.join('\n')}\n---\n`;
}

/** A small sound policy body. */
const BODY = '\n# Privacy policy\n\nWe use cookies to remember you.\n';

type Entry = string | Uint8Array | { symlink: string } | { folder: true };

export interface EdgeCase {
  /** Short name: the folder it is written to. */
  name: string;
  /** The issue's wording of the case. */
  what: string;
  entries: Record<string, Entry>;
  /** Slugs of the policies accepted, or the pattern of the one error both tools stop with. */
  expect: { slugs: string[]; skipped?: number } | { error: RegExp };
}

const utf16 = (text: string, bigEndian = false): Uint8Array => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
};
const utf32le = (text: string): Uint8Array => {
  const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => out.writeUInt32LE(cp, i * 4));
  return out;
};
const list = (items: number): string =>
  Array.from({ length: items }, (_, i) => `- ${String.fromCharCode(97 + (i % 26))}`).join('\n');

export const EDGE_CASES: EdgeCase[] = [
  {
    name: 'layout-headings',
    what: 'headings named like the layout\'s own ids ("Atlas text", "Site search listbox", "Answer cookies")',
    entries: {
      'layout.md':
        header('2012-03-04', '20120304000000', 'layout.example') +
        '\n# Privacy\n\n## Atlas text\n\nOne.\n\n## Atlas provenance\n\nTwo.\n\n## Atlas practices\n\nThree.\n\n' +
        '## Site search listbox\n\nFour.\n\n## Main\n\nFive.\n\n## Answer cookies\n\nSix.\n\n## Search\n\nSeven.\n\n## Search\n\nEight.\n',
    },
    expect: { slugs: ['layout'] },
  },
  {
    name: 'reference-links',
    what: 'reference-style Markdown links',
    entries: {
      'refs.md': `${header()}\n# Privacy\n\nRead [our terms][terms] and [Help].\n\n[terms]: https://example.com/terms\n[help]: /help\n`,
    },
    expect: { slugs: ['refs'] },
  },
  {
    name: 'flat-list-200k',
    what: 'a flat list of 200,000 one-word items (800 KB, under the 1 MB limit)',
    entries: { 'huge.md': `${header()}\n# Privacy\n\n${list(200_000)}\n` },
    expect: {
      error:
        /^huge\.md: the text holds over 5,000 paragraphs, headings and list items .*Split it, or remove the repeated lines\.$/,
    },
  },
  {
    name: 'flat-list-at-limit',
    what: 'a flat list just inside the limit (4,999 items and a heading)',
    entries: {
      'long.md': `${header('2012-03-04', '20120304000000', 'long.example')}\n# Privacy\n\n## Items\n\n${list(4_998)}\n`,
    },
    expect: { slugs: ['long'] },
  },
  {
    name: 'extensions',
    what: '.md, .MD and .markdown are all policies',
    entries: {
      'upper.MD': header('2012-03-04', '20120304000000', 'upper.example') + BODY,
      'long.markdown': header('2012-03-04', '20120304000000', 'long.example') + BODY,
      'plain.md': header('2012-03-04', '20120304000000', 'plain.example') + BODY,
    },
    expect: { slugs: ['long', 'plain', 'upper'] },
  },
  {
    name: 'same-domain-same-date',
    what: 'two files of one domain with one archive date (two versions cannot share a date)',
    entries: {
      'acme.md': header('2012-03-04', '20120304000000', 'acme.example') + BODY,
      'acme-copy.md': header('2012-03-04', '20120304000000', 'acme.example') + BODY,
    },
    expect: {
      error:
        /^acme\.md: archives acme\.example on 2012-03-04, as \S*\/acme-copy\.md does: one company cannot have two versions of one date; remove one of the two files\.$/,
    },
  },
  {
    name: 'duplicate-slug',
    what: 'two files with one slug',
    entries: { 'Example.md': header() + BODY, 'example.markdown': header() + BODY },
    expect: {
      error: /^example\.markdown: has the same slug "example" as \S*\/Example\.md; rename one of the two files\.$/,
    },
  },
  {
    name: 'editor-debris',
    what: "an editor's lock file (a dangling link), a dot file and backups are skipped with a note",
    entries: {
      'real.md': header() + BODY,
      '.#real.md': { symlink: 'root@host.1234:1700000000' },
      '.hidden.md': header() + BODY,
      'real.md~': header() + BODY,
      '#real.md#': header() + BODY,
    },
    expect: { slugs: ['real'], skipped: 4 },
  },
  {
    name: 'dangling-link',
    what: 'a dangling symbolic link',
    entries: { 'real.md': header() + BODY, 'gone.md': { symlink: 'nowhere/gone.md' } },
    expect: {
      error:
        /^gone\.md: is a symbolic link to "nowhere\/gone\.md" that leads to no file .*remove it or point it at a policy file\.$/,
    },
  },
  {
    name: 'folder-named-md',
    what: 'a folder named x.md',
    entries: { 'real.md': header() + BODY, 'x.md': { folder: true } },
    expect: { error: /^x\.md: is a folder, not a policy file; rename it so that its name does not end in "\.md"/ },
  },
  {
    name: 'utf-16',
    what: 'a UTF-16 file (little-endian, with its byte-order mark)',
    entries: { 'wide.md': utf16(header() + BODY) },
    expect: { error: /^wide\.md: the file is UTF-16 \(little-endian\) text .*save it as UTF-8/ },
  },
  {
    name: 'utf-16be',
    what: 'a UTF-16 big-endian file',
    entries: { 'wide.md': utf16(header() + BODY, true) },
    expect: { error: /^wide\.md: the file is UTF-16 \(big-endian\) text .*save it as UTF-8/ },
  },
  {
    name: 'utf-32',
    what: 'a UTF-32 file',
    entries: { 'wider.md': utf32le(header() + BODY) },
    expect: { error: /^wider\.md: the file is UTF-32 \(little-endian\) text .*save it as UTF-8/ },
  },
  {
    name: 'utf-8-bom',
    what: 'UTF-8 with a byte-order mark is fine',
    entries: { 'bom.md': Buffer.from(`\ufeff${header()}${BODY}`, 'utf8') },
    expect: { slugs: ['bom'] },
  },
  {
    name: 'latin-1',
    what: 'bytes that are not UTF-8 (a Latin-1 "é")',
    entries: {
      'latin.md': Buffer.concat([
        Buffer.from(`${header()}\n# Privacy\n\nCaf`),
        Buffer.from([0xe9, 0x20, 0x6f, 0x6b, 0x0a]),
      ]),
    },
    expect: { error: /^latin\.md: line 5, column 4: the byte 0xE9 is not UTF-8 text\. Save the file as UTF-8/ },
  },
  {
    name: 'control-character',
    what: 'a C0 control character (ESC)',
    entries: { 'esc.md': `${header()}\n# Privacy\n\nWe \u001b[31mcolour\u001b[0m nothing.\n` },
    expect: { error: /^esc\.md: line 5, column 4: the control character U\+001B is not text/ },
  },
  {
    name: 'window-document',
    what: 'a content error whose text says "window" and "document"',
    entries: { 'window.md': header('2012-03-04', '20120304000000', 'window_document') + BODY },
    expect: {
      error: /^window\.md: the archive header names "window_document" as the domain, which is not a domain name\.$/,
    },
  },
  {
    name: 'date-after-snapshot',
    what: 'an archive date later than its snapshot',
    entries: { 'late.md': header('2012-03-05', '20120304000000') + BODY },
    expect: {
      error:
        /^late\.md: the archive date 2012-03-05 is later than the snapshot, taken on 2012-03-04 \(its URL's timestamp\)/,
    },
  },
  {
    name: 'date-in-future',
    what: 'an archive date in the future',
    entries: { 'future.md': header('2999-01-01', '29990101000000') + BODY },
    expect: { error: /^future\.md: the archive date 2999-01-01 is in the future/ },
  },
  {
    name: 'snapshot-not-a-time',
    what: 'a snapshot timestamp that is not a time',
    entries: { 'badstamp.md': header('2012-03-04', '20121399000000') + BODY },
    expect: { error: /^badstamp\.md: the snapshot URL's timestamp 20121399000000 is not a real date and time/ },
  },
  {
    name: 'yaml-escaped-controls',
    what: 'control characters written as YAML escapes in the name (NUL, ESC, BEL, NEL, DEL)',
    entries: {
      'evil.md': `---\nname: "Evil\\0Nul\\x1b[31mRed\\x07Bell\\u0085Nel\\x7fDel"\n---\n${header()}${BODY}`,
    },
    expect: {
      error:
        /^evil\.md: frontmatter: name holds the control character U\+0000 \(a YAML escape such as "\\x1b" writes one\); delete it: only tab and line breaks are text\.$/,
    },
  },
  {
    name: 'yaml-escaped-noncharacter',
    what: 'the noncharacter U+FFFE written as a YAML escape',
    entries: { 'nonchar.md': `---\nname: "Non\\uFFFEchar"\n---\n${header()}${BODY}` },
    expect: { error: /^nonchar\.md: frontmatter: name holds the control character U\+FFFE / },
  },
  {
    name: 'correction-control',
    what: 'a correction whose corrected text holds an escaped ESC',
    entries: {
      'fix.md': `---\ncorrections:\n  - original: "cookies"\n    corrected: "coo\\x1b[2Jkies"\n    note: "typo"\n---\n${header()}${BODY}`,
    },
    expect: { error: /^fix\.md: frontmatter: corrections\.0\.corrected holds the control character U\+001B / },
  },
  {
    name: 'correction-growth',
    what: 'a correction that multiplies the text past the size limit (" " → 50,000 words)',
    entries: {
      'grow.md': `---\ncorrections:\n  - original: " "\n    corrected: " ${'word '.repeat(50_000)}"\n    note: "padding"\n---\n${header()}\n# Privacy policy\n\n${'We keep your data. '.repeat(200)}\n`,
    },
    expect: {
      error:
        /^grow\.md: frontmatter: corrections\.0 replaces " " in [\d,]+ places and would make the text [\d.]+ MB; the published text is limited to 1\.0 MB/,
    },
  },
  {
    name: 'reviewed-on-impossible',
    what: 'a review date that is not a calendar date (2026-02-30)',
    entries: {
      'feb.md': `---\nreview:\n  status: draft\n  reviewedOn: "2026-02-30"\n  practices: {}\n---\n${header()}${BODY}`,
    },
    expect: { error: /^feb\.md: frontmatter: review\.reviewedOn: "2026-02-30" is not a real date/ },
  },
  {
    name: 'reviewed-on-future',
    what: 'a review date in the future (2099-12-31)',
    entries: {
      'later.md': `---\nreview:\n  status: draft\n  reviewedOn: "2099-12-31"\n  practices: {}\n---\n${header()}${BODY}`,
    },
    expect: { error: /^later\.md: frontmatter: review\.reviewedOn: 2099-12-31 is in the future/ },
  },
  {
    name: 'proto-practice',
    what: 'review.practices.__proto__ (and constructor)',
    entries: {
      'proto.md': `---\nreview:\n  status: draft\n  practices:\n    __proto__: { stance: MAYBE, bogus: 1 }\n    constructor: { stance: yes }\n---\n${header()}${BODY}`,
    },
    expect: {
      error:
        /^proto\.md: review\.practices: unknown practice id "__proto__", "constructor"; the ids are in content\/practices\.yaml\.$/,
    },
  },
  {
    name: 'proto-key',
    what: 'a __proto__ key elsewhere in the frontmatter',
    entries: { 'protokey.md': `---\n__proto__: { name: x }\n---\n${header()}${BODY}` },
    expect: { error: /^protokey\.md: frontmatter: __proto__: unknown key "__proto__"; delete it\.$/ },
  },
  {
    name: 'slug-too-long',
    what: 'a file name of 252 characters',
    entries: { [`${'a'.repeat(252)}.md`]: header() + BODY },
    expect: { error: /^a{252}\.md: the file name gives a slug of 252 characters, over the 100 / },
  },
  {
    name: 'empty-folder',
    what: 'a policies folder with no policy files',
    entries: { 'notes.txt': 'not a policy' },
    expect: { error: /^: ?holds no policy files/ },
  },
  {
    name: 'date-before-wayback',
    what: 'an archive date and snapshot before the Wayback Machine (1899)',
    entries: { 'old.md': header('1899-06-21', '18990621000000') + BODY },
    expect: { error: /^old\.md: the archive date 1899-06-21 is before 1996-01-01, when the Wayback Machine began/ },
  },
  {
    name: 'snapshot-before-wayback',
    what: 'a snapshot timestamp before 1996',
    entries: { 'early.md': header('1996-01-02', '19951231000000') + BODY },
    expect: { error: /^early\.md: the snapshot URL's timestamp 1995-12-31T00:00:00\.000Z is before 1996-01-01/ },
  },
  {
    name: 'quote-one-word',
    what: 'a one-word quote ("cookies")',
    entries: { 'short.md': draftWithQuote('cookies') + header() + BODY },
    expect: {
      error:
        /^short\.md: review\.practices\.cookies\.quotes\.0: the quote "cookies" is under 3 words and not a whole sentence/,
    },
  },
  {
    name: 'quote-short-sentence',
    what: 'a two-word quote that is a whole sentence',
    entries: {
      'brief.md': `${draftWithQuote('We do.')}${header()}\n# Privacy policy\n\nWe use cookies to remember you. We do.\n`,
    },
    expect: { slugs: ['brief'] },
  },
  {
    name: 'accented-name',
    what: 'an accented file name (über-café.md) is published unaccented',
    entries: { 'über-café.md': header() + BODY },
    expect: { slugs: ['uber-cafe'] },
  },
  {
    name: 'name-lost-letters',
    what: 'a file name with letters a slug cannot keep (straße.md)',
    entries: { 'straße.md': header() + BODY },
    expect: {
      error:
        /^straße\.md: the file name holds letters a web address cannot keep \(ß\); rename it .*e\.g\. stra-e\.md\.$/,
    },
  },
];

/**
 * A reviewed policy whose summary and one quote a spreadsheet would run as formulas
 * (CSV formula injection): the real Corero file with its contact practice rewritten.
 */
export function formulaPolicy(): string {
  const corero = readFileSync('content/policies/corero.md', 'utf8');
  const summary = 'summary: "Corero gives a phone number and an e-mail address for questions about the policy."';
  const quote =
    '- "If you have any questions or concerns about this policy, please call us on +44 (0)20 7392 1300 or email to info@corero.com"';
  if (!corero.includes(summary) || !corero.includes(quote))
    throw new Error('corero.md changed: update formulaPolicy()');
  return corero
    .replace(summary, `summary: '=HYPERLINK("http://evil.example","click")'`)
    .replace(quote, '- "+44 (0)20 7392 1300"');
}

/** Writes a case's entries into `dir` (created). */
export function writeCase(dir: string, entries: EdgeCase['entries']): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, entry] of Object.entries(entries)) {
    const target = path.join(dir, name);
    if (typeof entry === 'string' || entry instanceof Uint8Array) writeFileSync(target, entry);
    else if ('symlink' in entry) symlinkSync(entry.symlink, target);
    else mkdirSync(target);
  }
  return dir;
}
