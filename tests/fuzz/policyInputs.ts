/**
 * Generators of malformed, hostile and extreme policy files for the loader fuzz
 * (tests/integration/fuzz-policy.test.ts), built from tests/fuzz/policyText.ts. Every generator is a
 * pure function of a seeded random generator, so a failing case is replayed from its seed and name.
 */
import {
  archiveHeader,
  HOSTILE,
  list,
  MB,
  noise,
  ODD_CHARS,
  paragraph,
  plainBody,
  reviewedPolicy,
  sentence,
  validPolicy,
  words,
  type PolicyCase,
} from './policyText.ts';
import type { Random } from './random.ts';

/** The header line cut short (the whole body may follow or not): always a content error. */
export function truncatedHeader(rng: Random, n: number): PolicyCase {
  const header = archiveHeader();
  const cut = rng.between(0, header.length - 3); // the last two characters (`*`, `.`) are optional or decisive
  const body = rng.chance(0.5) ? `\n\n${plainBody(rng)}` : '';
  return {
    name: `truncated-header#${n}`,
    text: header.slice(0, cut) + body,
    expect: 'error',
    message: /archive header|archive date|snapshot URL|not a domain|no policy text/,
  };
}

/** A whole file cut at a random point: inside the frontmatter, header or body. */
export function truncatedFile(rng: Random, n: number, practiceIds: readonly string[]): PolicyCase {
  const whole = rng.chance(0.5) ? validPolicy(rng) : reviewedPolicy(rng, practiceIds);
  return { name: `truncated-file#${n}`, text: whole.slice(0, rng.int(whole.length + 1)), expect: 'either' };
}

/** Random edits of the header: deleted, repeated or foreign characters, impossible dates. */
export function mutatedHeader(rng: Random, n: number): PolicyCase {
  let header = archiveHeader(
    rng.pick([
      'fuzz.example',
      'fuzz',
      'fu zz.example',
      'xn--bcher-kva.example',
      'a.b.c.d.example',
      '..',
      'exa_mple.com',
    ]),
    rng.pick([
      '2009-06-21',
      '2009-02-30',
      '2009-13-01',
      '09-06-21',
      '2009-6-21',
      '0000-00-00',
      '9999-12-31',
      '2009-06-21T00:00',
    ]),
  );
  for (let i = rng.between(0, 3); i > 0; i--) {
    const at = rng.int(header.length);
    const edit = rng.int(3);
    if (edit === 0) header = header.slice(0, at) + header.slice(at + 1);
    else if (edit === 1) header = header.slice(0, at) + rng.pick(ODD_CHARS) + header.slice(at);
    else header = header.slice(0, at) + header.slice(at, at + 8).repeat(2) + header.slice(at + 8);
  }
  if (rng.chance(0.2))
    header = header.replace(
      /\(https:[^)]*\)/,
      rng.pick([
        '(javascript:alert(1))',
        '(https://web.archive.org/web/x/y)',
        '()',
        '(https://web.archive.org/web/20090621040548/%E0%A4%A)',
      ]),
    );
  return { name: `mutated-header#${n}`, text: `${header}\n\n${plainBody(rng)}`, expect: 'either' };
}

/** Random bytes read as text: NUL bytes, invalid UTF-8, control characters. */
export function binaryBytes(rng: Random, n: number): PolicyCase {
  const bytes = Buffer.alloc(rng.between(0, 4096));
  for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(256);
  const decoded = rng.chance(0.5) ? bytes.toString('utf8') : bytes.toString('latin1');
  const text = rng.chance(0.5) ? `${archiveHeader()}\n\n${decoded}` : decoded;
  return text.includes('\u0000')
    ? { name: `binary#${n}`, text, expect: 'error', message: /NUL bytes|archive header/ }
    : { name: `binary#${n}`, text, expect: 'either' };
}

/** A text file in UTF-16 read as UTF-8 (what a Windows editor may save): NUL bytes. */
export function utf16File(rng: Random, n: number): PolicyCase {
  const text = Buffer.from(`\ufeff${validPolicy(rng)}`, 'utf16le').toString('utf8');
  return { name: `utf16#${n}`, text, expect: 'error', message: /NUL bytes/ };
}

/** A policy of at least `bytes` bytes of ordinary paragraphs (or one endless line). */
export function hugeText(rng: Random, bytes: number, shape: 'paragraphs' | 'one-line' = 'paragraphs'): PolicyCase {
  const parts = [archiveHeader(), ''];
  let size = Buffer.byteLength(parts.join('\n'));
  const separator = shape === 'paragraphs' ? '\n\n' : ' ';
  while (size < bytes) {
    const p = paragraph(rng, 3);
    parts.push(p);
    size += Buffer.byteLength(p) + separator.length;
  }
  const text = parts.slice(0, 2).join('\n') + '\n' + parts.slice(2).join(separator) + '\n';
  const mb = (bytes / MB).toFixed(1);
  return bytes > MB
    ? {
        name: `huge-${shape}-${mb}MB`,
        text,
        expect: 'error',
        message: /the file is \d+\.\d MB; policy files are read up to 1\.0 MB/,
      }
    : { name: `huge-${shape}-${mb}MB`, text, expect: 'parse' };
}

/** Lists (or quotes) nested `depth` levels deep, one level per line. */
export function deepNesting(depth: number, kind: 'bullets' | 'ordered' | 'quotes' | 'mixed' | 'one-line'): PolicyCase {
  const lines: string[] = [];
  if (kind === 'one-line') lines.push(`${'- '.repeat(depth)}We use cookies.`);
  else if (kind === 'quotes') lines.push(`${'>'.repeat(depth)} We use cookies.`);
  else if (kind === 'mixed') lines.push(`${'> - '.repeat(depth)}We use cookies.`);
  else {
    for (let i = 0; i < depth; i++) {
      const indent = kind === 'ordered' ? '   '.repeat(i) : '  '.repeat(i);
      lines.push(`${indent}${kind === 'ordered' ? '1.' : '-'} We use cookies, level ${i + 1}.`);
    }
  }
  const text = `${archiveHeader()}\n\nWe use cookies.\n\n${lines.join('\n')}\n`;
  return depth > 16
    ? {
        name: `deep-${kind}-${depth}`,
        text,
        expect: 'error',
        message: /nests lists or quotes more than 16 levels deep|nested more than 100 levels|the file is \d+\.\d MB/,
      }
    : { name: `deep-${kind}-${depth}`, text, expect: 'parse' };
}

/** Emphasis, links or images nested inside one another `depth` times on one line. */
export function deepInline(depth: number, kind: 'stars' | 'emphasis' | 'links' | 'images'): PolicyCase {
  const open = { stars: '*', emphasis: '*a ', links: '[', images: '![' }[kind];
  const close = { stars: '*', emphasis: ' a*', links: '](https://a.example/)', images: '](x)' }[kind];
  const text = `${archiveHeader()}\n\nWe use cookies. ${open.repeat(depth)}cookies${close.repeat(depth)}\n`;
  return { name: `deep-inline-${kind}-${depth}`, text, expect: 'either' };
}

/** Hostile HTML and links in every place Markdown allows: paragraphs, headings, lists, tables, code. */
export function htmlInjection(rng: Random, n: number): PolicyCase {
  const payload = (): string => rng.pick(HOSTILE);
  const blocks: string[] = [archiveHeader(), `# ${rng.chance(0.5) ? payload() : 'Privacy'}`];
  for (let i = rng.between(3, 10); i > 0; i--) {
    const where = rng.int(8);
    if (where === 0) blocks.push(`## ${payload()}`);
    else if (where === 1) blocks.push(`**${payload()}**\n${sentence(rng)}`);
    else if (where === 2) blocks.push(`- ${sentence(rng)} ${payload()}\n  - ${payload()}`);
    else if (where === 3)
      blocks.push(`| a | b |\n|---|---|\n| ${payload().replace(/\|/g, '\\|')} | ${sentence(rng)} |`);
    else if (where === 4) blocks.push('```html\n' + payload() + '\n```');
    else if (where === 5) blocks.push(`> ${payload()}`);
    else if (where === 6)
      blocks.push(payload()); // an HTML block on its own
    else blocks.push(`${sentence(rng)} ${payload()} ${sentence(rng)}`);
  }
  blocks.push(paragraph(rng)); // at least one ordinary clause
  return { name: `html-injection#${n}`, text: blocks.join('\n\n') + '\n', expect: 'parse' };
}

/** Random Markdown: every block type, odd characters, CRLF, tabs, corpus quirks. */
export function markdownSoup(rng: Random, n: number): PolicyCase {
  const blocks: string[] = [];
  for (let i = rng.between(1, 25); i > 0; i--) {
    const k = rng.int(14);
    if (k === 0) blocks.push(`${'#'.repeat(rng.between(1, 7))} ${words(rng, 4)}`);
    else if (k === 1) blocks.push(`**${words(rng, 3)}**${rng.chance(0.5) ? '  \n' : '\n'}${paragraph(rng)}`);
    else if (k === 2) blocks.push(list(rng, rng.between(1, 6)));
    else if (k === 3) blocks.push(`> ${paragraph(rng)}\n> > ${words(rng, 5)}`);
    else if (k === 4) blocks.push('|' + ' a | b |\n|---|:-:|\n| ' + words(rng, 3) + ' | ' + words(rng, 2) + ' |');
    else if (k === 5) blocks.push(rng.pick(['```', '~~~']) + '\n' + words(rng, 8) + (rng.chance(0.7) ? '\n```' : ''));
    else if (k === 6) blocks.push(rng.pick(['---', '***', '___', '- - -', '|', ' | ', '']));
    else if (k === 7)
      blocks.push(
        `[${words(rng, 2)}](${rng.pick(['/legal', 'privacy.html', 'https://example.com/a b', 'mailto:a@b.c', 'tel:+1555', '#top', '../x', '?q=1', '//evil.example/x', 'HTTP://EXAMPLE.COM', 'ftp://x.example/'])}) ${sentence(rng)}`,
      );
    else if (k === 8) blocks.push(noise(rng, rng.between(1, 200)));
    else if (k === 9) blocks.push(`${sentence(rng)}${rng.pick(['\r\n', '\r', '\n', '\u2028'])}${sentence(rng)}`);
    else if (k === 10)
      blocks.push(
        `${rng.pick(['*', '_', '**', '__', '~~', '`', '[', ']', '<', '&'])}${words(rng, 3)}${rng.pick(['*', '_', '**', '__', '~~', '`', ']', '>', ';', ''])}`,
      );
    else if (k === 11)
      blocks.push(`**${words(rng, 2)}  \n**`); // bold spanning a line break, as the corpus has it
    else if (k === 12) blocks.push(`[^${rng.int(3)}]: ${words(rng, 3)}\n\ntext[^${rng.int(3)}] ${sentence(rng)}`);
    else blocks.push(paragraph(rng));
  }
  const body = blocks.join(rng.pick(['\n\n', '\n', '\r\n\r\n', '\n\n\n']));
  return {
    name: `markdown-soup#${n}`,
    text: `${archiveHeader()}\n${rng.chance(0.1) ? '' : '\n'}${body}\n`,
    expect: 'either',
  };
}

/** YAML frontmatter of every shape: valid reviews, wrong types, unknown keys, alias bombs, no end. */
export function frontmatter(rng: Random, n: number, practiceIds: readonly string[]): PolicyCase {
  const body = `${archiveHeader()}\n\n${plainBody(rng)}\n`;
  const variants: (() => string)[] = [
    () => reviewedPolicy(rng, practiceIds),
    () => `---\nname: Fuzz\n${body}`, // never closed
    () => `---\n---\n${body}`,
    () => `---\nname: [1, 2]\n---\n${body}`,
    () => `---\ncolour: red\n---\n${body}`,
    () => `---\n: : :\n\t- x\n---\n${body}`,
    () =>
      `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n${body}`,
    () => `---\ncorrections:\n  - original: "Â©"\n    corrected: "©"\n    note: mojibake\n---\n${body}`,
    () => `---\ncorrections: "none"\n---\n${body}`,
    () => `---\nreview:\n  reviewedOn: yesterday\n  practices: {}\n---\n${body}`,
    () =>
      `---\nreview:\n  reviewedOn: 2024-01-01\n  practices:\n    cookies: {stance: maybe, summary: x}\n---\n${body}`,
    () => `---\nname: "<script>alert(1)</script>"\n---\n${body}`,
    () => `---\n${'x'.repeat(rng.between(1, 5000))}\n---\n${body}`,
    () => `\ufeff---\r\nname: Fuzz\r\n---\r\n${body.replace(/\n/g, '\r\n')}`,
    () => `---\nname: Fuzz\n---\n---\nname: Again\n---\n${body}`,
  ];
  return { name: `frontmatter#${n}`, text: rng.pick(variants)(), expect: 'either' };
}

/** Control characters a YAML escape writes: C0, DEL, C1, noncharacters and lone surrogates. */
const ESCAPES = [
  '\\0',
  '\\x1b[31m',
  '\\a',
  '\\x7f',
  '\\u0085',
  '\\x9b',
  '\\uFFFE',
  '\\uFFFF',
  '\\uD800',
  '\\b',
  '\\v',
  '\\f',
];

/**
 * Frontmatter whose values carry YAML-escaped control characters (name, corrections, a review's
 * summary and quote), and corrections that grow the text: each must be refused naming the field,
 * or parse into data holding no control character.
 */
export function escapedControls(rng: Random, n: number, practiceIds: readonly string[]): PolicyCase {
  const body = `${archiveHeader()}\n\n# Privacy policy\n\nWe use cookies to remember you. ${plainBody(rng)}\n`;
  const escape = (): string => rng.pick(ESCAPES);
  const variants: (() => string)[] = [
    () => `---\nname: "Evil${escape()}Name${escape()}"\n---\n${body}`,
    () =>
      `---\ncorrections:\n  - original: "cookies"\n    corrected: "coo${escape()}kies"\n    note: "typo"\n---\n${body}`,
    () =>
      `---\ncorrections:\n  - original: "cookies"\n    corrected: "cookies"\n    note: "why${escape()}"\n---\n${body}`,
    () =>
      `---\ncorrections:\n  - original: " "\n    corrected: " ${'word '.repeat(rng.between(1, 60_000))}"\n    note: "growth"\n---\n${body}`,
    () =>
      `---\ncorrections:\n  - original: "e"\n    corrected: "${'é'.repeat(rng.between(1, 4000))}"\n    note: "growth"\n---\n${body}`,
    () =>
      reviewedPolicy(rng, practiceIds).replace(
        /summary: "([^"]*)"/,
        (_m, text: string) => `summary: "${text}${escape()}"`,
      ),
    () => `---\nreview:\n  status: draft\n  practices:\n    "${escape()}": { stance: yes }\n---\n${body}`,
  ];
  return { name: `escaped-controls#${n}`, text: rng.pick(variants)(), expect: 'either' };
}

/** Texts that make ids collide: repeats, headings named like practices, layout ids and clause ids. */
export function idCollisions(rng: Random, n: number, clauseIdOf: (text: string) => string): PolicyCase {
  const repeated = sentence(rng);
  const blocks = [
    archiveHeader(),
    ...Array.from({ length: rng.between(2, 6) }, () => repeated),
    '## Cookies',
    'We use cookies to recognise you.',
    '## Cookies section',
    '## cookies-section',
    `## ${rng.pick(['Main', 'Site search', 'Top', 'Content', 'Summary', 'Contents'])}`,
    `## ${clauseIdOf(repeated)}`, // a heading whose slug is a clause id
    `**${repeated}**`,
    `- ${repeated}\n- ${repeated}`,
    '## Cookies',
  ];
  for (let i = blocks.length - 1; i > 1; i--) {
    const j = 1 + rng.int(i);
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
  }
  return { name: `id-collisions#${n}`, text: blocks.join('\n\n') + '\n', expect: 'parse' };
}

/**
 * Cases at the loader's limits (see src/lib/policy/inputLimits.ts): just inside must parse
 * in bounded time, just outside must fail with a clear message.
 */
export function nearLimits(rng: Random): PolicyCase[] {
  const header = archiveHeader();
  const para = (markup: number): string => `We use cookies. ${'[a '.repeat(markup)}`;
  const lines = (count: number): string => Array.from({ length: count }, () => sentence(rng)).join('\n');
  const sawtooth = Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(i % 15)}- ${sentence(rng)}`).join('\n');
  return [
    {
      name: 'limit-markup-per-paragraph-inside',
      text: `${header}\n\n${Array.from({ length: 9 }, () => para(990)).join('\n\n')}\n`,
      expect: 'parse',
    },
    {
      name: 'limit-markup-per-paragraph-outside',
      text: `${header}\n\n${para(1001)}\n`,
      expect: 'error',
      message: /holds over 1,000 markup characters/,
    },
    {
      name: 'limit-markup-per-file-outside',
      text: `${header}\n\n${Array.from({ length: 11 }, () => para(990)).join('\n\n')}\n`,
      expect: 'error',
      message: /over 10,000 markup characters/,
    },
    { name: 'limit-lines-per-paragraph-inside', text: `${header}\n\n${lines(1990)}\n`, expect: 'parse' },
    {
      name: 'limit-lines-per-paragraph-outside',
      text: `${header}\n\n${lines(2001)}\n`,
      expect: 'error',
      message: /runs over 2,000 lines without a blank line/,
    },
    { name: 'limit-nesting-sawtooth-inside', text: `${header}\n\n${sawtooth}\n`, expect: 'parse' },
    {
      name: 'limit-long-thematic-break',
      text: `${header}\n\nWe use cookies.\n\n${'- '.repeat(50_000)}\n`,
      expect: 'parse',
    },
    {
      name: 'limit-spaces-after-bold',
      text: `${header}\n\nWe use cookies.\n\n**Cookies${' '.repeat(500_000)}x\n`,
      expect: 'parse',
    },
    {
      name: 'limit-one-long-line',
      text: `${header}\n\n${'We use cookies and collect your e-mail address. '.repeat(8_000)}\n`,
      expect: 'parse',
    },
  ];
}
