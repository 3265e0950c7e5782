import type { Nodes, Root } from 'mdast';
import { ContentError } from '../base/errors.ts';
import { excerpt } from '../base/text.ts';
import { at } from '../base/at.ts';

/**
 * Limits on what the loader will read, so that no file can hang or crash the build.
 *
 * The Markdown parser (micromark) is linear on ordinary text but not on adversarial markup:
 * its time grows with the cube of list nesting (1,000 nested lists: over a minute), with the
 * square of the brackets, asterisks or lines inside one paragraph, and the HTML conversion
 * recurses once per level of nested emphasis (a few thousand levels overflow the stack).
 * These limits sit one to two orders of magnitude above anything a privacy policy needs —
 * the five policies are 8–21 KB, nest lists two levels deep and hold at most 58 markup
 * characters — and each failure names the file and what to change.
 */
export const INPUT_LIMITS = {
  /** Largest policy file, in bytes (UTF-8). */
  fileBytes: 1024 * 1024,
  /** Deepest nesting of lists and block quotes. */
  nesting: 16,
  /** Deepest nesting of any markup (lists, quotes, emphasis, links) in the parsed tree. */
  markupDepth: 100,
  /** Most lines in one paragraph (a run of lines with no blank line). */
  paragraphLines: 2_000,
  /** Most markup characters (`* _ ~ [ ] \` <`) in one paragraph. */
  paragraphMarkup: 1_000,
  /** Most markup characters in the whole file. */
  fileMarkup: 10_000,
  /**
   * Most paragraphs, headings and list items (clauses) in the file. Each becomes an element with its own
   * link and copy control: 5,000 make a 3 MB page that builds; 200,000 one-word items (800 KB)
   * once took a minute to parse and then overflowed the renderer's stack.
   */
  blocks: 5_000,
} as const;

const MARKUP = /[*_~[\]`<]/g;
const LIST_OR_QUOTE_MARKER = /(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;
/** The rest of a line is a thematic break (`- - -`, `***`), not list markers. */
const THEMATIC_BREAK = /[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/y;

/** How much of a line or paragraph a message quotes to point at it. */
const QUOTED = { chars: 48 };

const number = (n: number): string => n.toLocaleString('en-GB');

/**
 * Refuses a file too large to be a policy before anything reads it.
 * @throws ContentError naming the file and its size.
 */
export function checkFileSize(raw: string, file: string): void {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: only count when the string could be too large.
  if (raw.length * 3 <= INPUT_LIMITS.fileBytes) return;
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes <= INPUT_LIMITS.fileBytes) return;
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  throw new ContentError(
    file,
    `the file is ${mb(bytes)}; policy files are read up to ${mb(INPUT_LIMITS.fileBytes)} ` +
      '(a privacy policy is rarely over 100 KB). Check that it is the right file, or split it.',
  );
}

/** What {@link scanLine} reads from the start of a line. */
interface LinePrefix {
  /**
   * Upper bound of how deeply the line nests lists and block quotes: the markers that open its
   * prefix plus half its indentation (less the space each marker needs after it), since each
   * level nested by indentation needs at least two columns. Zero for a line that opens no list
   * or quote; a thematic break (`- - - -`) is not a list.
   */
  nesting: number;
  /** True when the line opens a list item: a new paragraph for the per-paragraph limits. */
  listItem: boolean;
}

/**
 * Reads the container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) and indentation that open a
 * line, in one linear pass, stopping as soon as the nesting exceeds `stopAbove`.
 */
function scanLine(line: string, stopAbove: number): LinePrefix {
  let spaces = 0;
  let markers = 0;
  let listItem = false;
  let column = 0;
  let i = 0;
  let breakTested = false;
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      const width = line[i] === '\t' ? 4 - (column % 4) : 1;
      spaces += width;
      column += width;
      i++;
    }
    const c = line[i];
    if (!breakTested && (c === '-' || c === '*' || c === '_')) {
      breakTested = true; // once per line, so the scan stays linear
      THEMATIC_BREAK.lastIndex = i;
      if (THEMATIC_BREAK.test(line)) break;
    }
    LIST_OR_QUOTE_MARKER.lastIndex = i;
    const marker = LIST_OR_QUOTE_MARKER.exec(line);
    if (!marker) break;
    markers++;
    if (marker[0] !== '>') listItem = true;
    i += marker[0].length;
    column += marker[0].length;
    if (markers + Math.floor(Math.max(0, spaces - markers) / 2) > stopAbove) break;
  }
  // The space a marker needs after it is not indentation: discount one column per marker.
  return { nesting: markers === 0 ? 0 : markers + Math.floor(Math.max(0, spaces - markers) / 2), listItem };
}

/**
 * Checks the Markdown before it is parsed: list and quote nesting, and the lines and
 * markup characters of each paragraph and of the file (see {@link INPUT_LIMITS}).
 * @throws ContentError naming the file and quoting the line or paragraph at fault.
 */
export function checkMarkdownLimits(markdown: string, file: string): void {
  const lines = markdown.split('\n');
  let total = 0;
  let blocks = 0;
  let inParagraph = false;
  let paragraphStart = 0;
  let paragraphLines = 0;
  let paragraphMarkup = 0;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    if (line === undefined || line.trim() === '') {
      inParagraph = false;
      paragraphLines = 0;
      paragraphMarkup = 0;
      paragraphStart = index + 1;
      continue;
    }
    const { nesting, listItem } = scanLine(line, INPUT_LIMITS.nesting);
    if (listItem) {
      // A list item's text is a paragraph of its own for the parser.
      paragraphLines = 0;
      paragraphMarkup = 0;
      paragraphStart = index;
    }
    if (listItem || !inParagraph) {
      inParagraph = true;
      if (++blocks > INPUT_LIMITS.blocks) {
        throw new ContentError(
          file,
          `the text holds over ${number(INPUT_LIMITS.blocks)} paragraphs, headings and list items (the first one over begins ` +
            `"${excerpt(line, QUOTED)}"); a policy holds a few hundred. Is it the right file? Split it, or remove the repeated lines.`,
        );
      }
    }
    if (nesting > INPUT_LIMITS.nesting) {
      throw new ContentError(
        file,
        `the line "${excerpt(line, QUOTED)}" nests lists or quotes more than ${INPUT_LIMITS.nesting} levels deep; ` +
          'flatten it (a policy needs two or three levels).',
      );
    }
    const markup = line.match(MARKUP)?.length ?? 0;
    paragraphLines++;
    paragraphMarkup += markup;
    total += markup;
    if (paragraphLines > INPUT_LIMITS.paragraphLines) {
      throw new ContentError(
        file,
        `the paragraph beginning "${excerpt(at(lines, paragraphStart), QUOTED)}" runs over ${number(INPUT_LIMITS.paragraphLines)} lines ` +
          'without a blank line. Separate its paragraphs with blank lines.',
      );
    }
    if (paragraphMarkup > INPUT_LIMITS.paragraphMarkup) {
      throw new ContentError(
        file,
        `the paragraph beginning "${excerpt(at(lines, paragraphStart), QUOTED)}" holds over ${number(INPUT_LIMITS.paragraphMarkup)} ` +
          'markup characters (* _ ~ [ ] ` <). Is it the right file? Remove the stray markup.',
      );
    }
    if (total > INPUT_LIMITS.fileMarkup) {
      throw new ContentError(
        file,
        `the text holds over ${number(INPUT_LIMITS.fileMarkup)} markup characters (* _ ~ [ ] \` <); ` +
          'a policy holds a few dozen. Is it the right file? Remove the stray markup.',
      );
    }
  }
}

/**
 * Checks the parsed tree is no deeper than {@link INPUT_LIMITS.markupDepth}, without
 * recursion, before any recursive step (HTML conversion) walks it.
 * @throws ContentError quoting the line where the nesting gets too deep.
 */
export function checkTreeDepth(tree: Root, markdown: string, file: string): void {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > INPUT_LIMITS.markupDepth) {
      const line = node.position ? (markdown.split('\n')[node.position.start.line - 1] ?? '') : '';
      throw new ContentError(
        file,
        `markup is nested more than ${INPUT_LIMITS.markupDepth} levels deep (emphasis, links, lists or quotes inside one another)` +
          `${line ? ` in the line "${excerpt(line, QUOTED)}"` : ''}. Remove the stray markup.`,
      );
    }
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
}
