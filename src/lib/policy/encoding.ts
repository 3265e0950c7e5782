/**
 * Reading a policy file's bytes as text: UTF-8 only, said plainly when it is not.
 * Pure: no Astro, no I/O.
 *
 * A policy is published as HTML, where a control character or a U+FFFD left by a wrong
 * decoding is a parse error, so the loader refuses them here, with the line and column.
 */
import { ContentError } from '../base/errors.ts';

/** Byte-order marks of the encodings a policy must be converted from, longest first. */
const BOMS: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'UTF-32 (little-endian)', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { name: 'UTF-32 (big-endian)', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { name: 'UTF-16 (little-endian)', bytes: [0xff, 0xfe] },
  { name: 'UTF-16 (big-endian)', bytes: [0xfe, 0xff] },
];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Control characters a policy may not hold: C0 other than tab, line feed and carriage return,
 * DEL and C1. (NUL is reported on its own, as a binary file.)
 */
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/**
 * What a frontmatter string may not hold: every control character but tab and line breaks
 * (NUL included), the noncharacters U+FFFE and U+FFFF, and a surrogate without its pair. A
 * YAML escape (`"\0"`, `"\x1b"`, `"\u0085"`) writes them where the file's own bytes cannot.
 */
const CONTROL_IN_VALUE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `U+001B`: how a character is named in a message. */
const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Line and column (1-based, in characters) of a string offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/**
 * A policy file's text from its bytes: UTF-8, with or without a byte-order mark.
 * @throws ContentError for UTF-16/32 (by their byte-order mark), NUL bytes, or bytes that are
 * not UTF-8, naming the line and column and saying to save the file as UTF-8.
 */
export function decodePolicyBytes(bytes: Uint8Array, file: string): string {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) {
    throw new ContentError(
      file,
      `the file is ${bom.name} text (it starts with that byte-order mark); save it as UTF-8 and build again.`,
    );
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (body.includes(0)) throw binary(file);
  const bad = firstInvalidUtf8(body);
  if (bad !== -1) {
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const { line, column } = lineAndColumn(before, before.length);
    const hex = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    throw new ContentError(
      file,
      `line ${line}, column ${column}: the byte 0x${hex} is not UTF-8 text. Save the file as UTF-8 ` +
        '(if it came from a Windows or Latin-1 editor, re-encode it) and build again.',
    );
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(body);
}

function binary(file: string): ContentError {
  return new ContentError(file, 'contains NUL bytes: it is a binary file, not Markdown text.');
}

/**
 * Refuses text holding NUL, a control character other than tab and line breaks, or the
 * noncharacters U+FFFE and U+FFFF.
 * @throws ContentError naming the character, its line and column.
 */
export function checkControlCharacters(text: string, file: string): void {
  if (text.includes('\u0000')) throw binary(file);
  const match = CONTROL.exec(text);
  if (!match) return;
  const { line, column } = lineAndColumn(text, match.index);
  throw new ContentError(
    file,
    `line ${line}, column ${column}: the control character ${codePoint(match[0])} is not text (only tab and line breaks are); ` +
      'delete it, or check that this is the right file.',
  );
}

/**
 * Refuses a frontmatter value — any string, at any depth, or any key — holding a character
 * {@link CONTROL_IN_VALUE} matches, naming the field (`review.practices.cookies.summary`).
 * @throws ContentError naming the field and the character.
 */
export function checkFieldText(value: unknown, file: string, where: readonly string[] = []): void {
  const field = where.length ? where.join('.') : 'the frontmatter';
  if (typeof value === 'string') {
    const match = CONTROL_IN_VALUE.exec(value);
    if (!match) return;
    throw new ContentError(
      file,
      `frontmatter: ${field} holds the control character ${codePoint(match[0])} (a YAML escape such as "\\x1b" writes one); ` +
        'delete it: only tab and line breaks are text.',
    );
  }
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    checkFieldText(key, file, where);
    checkFieldText((value as Record<string, unknown>)[key], file, [...where, key]);
  }
}
