import { createHash } from 'node:crypto';
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, List, ListItem, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { visit, SKIP } from 'unist-util-visit';
import {
  CLAUSE_ID,
  type Block,
  type ClauseBlock,
  type HeadingBlock,
  type ListBlock,
  type ListItemBlock,
} from './policySchema.ts';
import { checkMarkdownLimits, checkTreeDepth } from './inputLimits.ts';
import { isLayoutId } from '../site/pageIds.ts';
import { foldWhitespace, tidyInlineHtml } from '../base/text.ts';
import { at } from '../base/at.ts';

/** What `parseDocument` finds in a policy's Markdown. */
export interface ParsedDocument {
  /** The first level-1 heading, folded; empty when there is none. */
  title: string;
  blocks: Block[];
}

/** Longest bold paragraph still read as a heading. */
const PSEUDO_HEADING_MAX = 100;
const PHONE = /\(?\b\d{3}\)?[-. ]\d{3}-\d{4}\b/g;
const SAFE_URL = /^(https?:|mailto:|tel:)/i;

/**
 * Parses policy Markdown into headings, clauses and lists, with stable clause ids,
 * section ids, and inline HTML that is safe to insert (raw HTML is kept as visible text).
 * `baseUrl` resolves the policy's relative links against its original address.
 * @param file path shown in errors about markup beyond the parser's limits (see inputLimits.ts).
 * @throws ContentError when the markup nests too deep or is too dense to parse safely.
 */
export function parseDocument(markdown: string, baseUrl: string, file = 'the policy text'): ParsedDocument {
  checkMarkdownLimits(markdown, file);
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  checkTreeDepth(tree, markdown, file);
  makeInert(tree, baseUrl);

  const slugger = new GithubSlugger();
  const clauseIds = new Map<string, number>();
  const realDepths = tree.children
    .filter((n): n is Heading => n.type === 'heading' && !isEmptyHeading(n))
    .map((h) => h.depth);
  let title = '';
  let titleTaken = false;
  const minDepth = Math.min(...realDepths.filter((d) => d > 1), 6);
  let sectionId: string | null = null;
  let lastLevel = 0;

  const heading = (node: { children: PhrasingContent[] }, level: number, pseudo: boolean): HeadingBlock => {
    const text = plainText(node);
    const block: HeadingBlock = {
      type: 'heading',
      id: headingId(slugger, text),
      level: Math.min(Math.max(level, 1), 4),
      text,
      html: inlineHtml(node.children),
      pseudo,
      detected: [],
      anchors: [],
    };
    sectionId = block.id;
    if (!pseudo) lastLevel = block.level;
    return block;
  };

  const clause = (
    children: PhrasingContent[] | RootContent[],
    html: string,
    element: ClauseBlock['element'],
  ): ClauseBlock | null => {
    const text = plainText({ children });
    if (text === '') return null;
    return { type: 'clause', id: clauseId(text, clauseIds), sectionId, text, html, detected: [], anchors: [], element };
  };

  const listBlock = (list: List): ListBlock => ({
    type: 'list',
    ordered: Boolean(list.ordered),
    start: list.ordered ? (list.start ?? 1) : null,
    items: list.children.map((item) => listItem(item)),
  });

  const listItem = (item: ListItem): ListItemBlock => {
    const own = item.children.filter((c) => c.type !== 'list');
    const lists = item.children.filter((c): c is List => c.type === 'list').map(listBlock);
    const phrasing: PhrasingContent[] = [];
    const htmlParts: string[] = [];
    for (const child of own) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        if (phrasing.length) phrasing.push({ type: 'text', value: ' ' });
        phrasing.push(...child.children);
        htmlParts.push(inlineHtml(child.children));
      } else {
        phrasing.push({ type: 'text', value: ' ' + plainText(child) });
        htmlParts.push(blockHtml(child));
      }
    }
    const c = clause(phrasing, htmlParts.join('<br>'), 'p');
    return {
      clause: c && { id: c.id, sectionId: c.sectionId, text: c.text, html: c.html, detected: [], anchors: [] },
      lists,
    };
  };

  const blocks: Block[] = [];
  const visitBlocks = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          if (isEmptyHeading(node)) break;
          if (node.depth === 1 && !titleTaken) {
            title = plainText(node);
            titleTaken = true;
          } else {
            blocks.push(heading(node, node.depth - minDepth + 1, false));
          }
          break;
        case 'paragraph': {
          const split = splitPseudoHeading(node);
          if (split) {
            blocks.push(heading(split.heading, lastLevel + 1, true));
            if (split.rest.length) {
              const c = clause(split.rest, inlineHtml(split.rest), 'p');
              if (c) blocks.push(c);
            }
          } else {
            const c = clause(node.children, inlineHtml(node.children), 'p');
            if (c) blocks.push(c);
          }
          break;
        }
        case 'list':
          blocks.push(listBlock(node));
          break;
        case 'blockquote':
          visitBlocks(node.children);
          break;
        case 'table': {
          const c = clause([node], blockHtml(node), 'table');
          if (c) blocks.push(c);
          break;
        }
        case 'code': {
          const c = clause([{ type: 'text', value: node.value }], blockHtml(node), 'pre');
          if (c) blocks.push(c);
          break;
        }
        default:
          break; // thematic breaks, definitions, footnote definitions: nothing to read
      }
    }
  };
  visitBlocks(tree.children);
  return { title, blocks };
}

/** A heading with no text ("## " alone on its line, at the top or in a quote) names nothing and gives no anchor: it is skipped. */
function isEmptyHeading(node: Heading): boolean {
  return plainText(node) === '';
}

/**
 * A heading's id: its GitHub-style slug, unique on the page. A heading whose slug would look
 * like a clause id (`## C-1a2b3c4d`) or is one of the layout's ids or families (`## Atlas text`,
 * `## Site search listbox`; see src/lib/site/pageIds.ts) is prefixed with `section-`, so it
 * cannot take a clause's id or the page's own.
 */
function headingId(slugger: GithubSlugger, text: string): string {
  const slug = slugOf(text);
  if (slug === '') return slugger.slug('section');
  const id = slugger.slug(CLAUSE_ID.test(slug) || isLayoutId(slug) ? `section-${slug}` : text);
  return isLayoutId(id) ? slugger.slug(`section-${id}`) : id; // "## Search" twice: search-1
}

/**
 * A stable clause id: the same text gives the same id on every build, whatever else changes.
 * A text that repeats within one policy gets `-2`, `-3`… in document order.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function clauseId(text: string, seen: Map<string, number>): string {
  const base = 'c-' + createHash('sha256').update(foldWhitespace(text).toLowerCase()).digest('hex').slice(0, 8);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

/**
 * A paragraph that is all bold (`**Cookies**`), or that opens with bold followed by a
 * line break (`**What we collect**  \nWe collect…`), reads as a heading when the bold
 * text is short and does not end like a sentence.
 */
function splitPseudoHeading(
  node: Paragraph,
): { heading: { children: PhrasingContent[] }; rest: PhrasingContent[] } | null {
  const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = children[0];
  if (!first || first.type !== 'strong') return null;
  const afterStrong = children.slice(1);
  if (afterStrong.length && at(afterStrong, 0).type !== 'break') return null;
  const text = plainText(first);
  if (text === '' || text.length > PSEUDO_HEADING_MAX || /[.,;:]$/.test(text)) return null;
  const index = node.children.indexOf(first);
  const rest = node.children.slice(index + 1);
  while (rest[0] && (rest[0].type === 'break' || (rest[0].type === 'text' && rest[0].value.trim() === '')))
    rest.shift();
  return { heading: first, rest };
}

/** Plain text of a node or of its children: text, inline code and image alt text, with line breaks as spaces. */
function plainText(node: Nodes | { children: readonly unknown[] }): string {
  const parts: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code' || n.type === 'html') parts.push(n.value);
    else if (n.type === 'break') parts.push(' ');
    else if (n.type === 'image') parts.push(n.alt ?? '');
    else if ('children' in n) {
      for (const child of n.children as Nodes[]) walk(child);
      if (n.type === 'tableCell' || n.type === 'tableRow' || n.type === 'paragraph') parts.push(' ');
    }
  };
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  else walk(node);
  return foldWhitespace(parts.join(''));
}

function inlineHtml(children: PhrasingContent[]): string {
  const hast = toHast({ type: 'paragraph', children });
  const inner = hast && 'children' in hast ? (hast.children as ElementContent[]) : [];
  return tidyInlineHtml(toHtml({ type: 'root', children: inner }).trim());
}

function blockHtml(node: RootContent): string {
  const hast = toHast(node);
  return hast ? tidyInlineHtml(toHtml(hast).trim()) : '';
}

/** Parents whose children are blocks: raw HTML there becomes a paragraph. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Replaces `count` children of `parent` at `index` with `nodes`. mdast types each parent's
 * children by what may stand there; the rewrites in {@link makeInert} keep to that (inline
 * nodes stay inline, block nodes in block parents), which the types cannot follow through a
 * visitor, so the children are handled as the array of nodes they are.
 */
function replaceChildren(parent: Parents, index: number, count: number, ...nodes: RootContent[]): void {
  const children: RootContent[] = parent.children;
  children.splice(index, count, ...nodes);
}

/**
 * Makes the tree safe and faithful to render: raw HTML becomes visible text, images become
 * their alt text (no third-party request), footnotes stay as written, links are resolved
 * against the original URL, unsafe schemes and wordless links dropped, external links marked, and
 * phone numbers linked.
 */
function makeInert(tree: Root, baseUrl: string): void {
  // Reference-style links (`[text][ref]`, `[ref]`) take their URL from the definition (`[ref]: url`).
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    const key = normalizeIdentifier(d.identifier);
    if (!definitions.has(key)) definitions.set(key, d.url);
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'linkReference') {
      const url = definitions.get(normalizeIdentifier(node.identifier));
      replaceChildren(
        parent,
        index,
        1,
        url === undefined
          ? { type: 'text', value: `[${plainText(node)}]` }
          : { type: 'link', url, children: node.children },
      );
      return index; // visit the link next: its URL is resolved and checked like any other
    }
    if (node.type === 'html') {
      // Raw HTML is shown as the text it is: inline where it stood, or as a paragraph of its own.
      const text = { type: 'text', value: node.value } as const;
      replaceChildren(
        parent,
        index,
        1,
        BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text,
      );
      return SKIP;
    }
    if (node.type === 'footnoteReference') {
      // Footnotes are kept as written (`[^1]`): the page has no footnote section to link to.
      replaceChildren(parent, index, 1, { type: 'text', value: `[^${node.label ?? node.identifier}]` });
      return SKIP;
    }
    if (node.type === 'footnoteDefinition') {
      const marker = { type: 'text', value: `[^${node.label ?? node.identifier}]: ` } as const;
      const [first, ...rest] = node.children;
      const content: RootContent[] =
        first?.type === 'paragraph'
          ? [{ ...first, children: [marker, ...first.children] }, ...rest]
          : [{ type: 'paragraph', children: [marker] }, ...node.children];
      replaceChildren(parent, index, 1, ...content);
      return index; // visit the footnote's own content next
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      replaceChildren(parent, index, 1, { type: 'text', value: node.alt ?? '' });
      return SKIP;
    }
    if (node.type === 'link') {
      const url = resolveUrl(node.url, baseUrl);
      // A link with no words (`[](url)`: its image was lost in the archive) names nothing: not kept.
      const wordless = node.children.every((c) => c.type === 'text' && c.value.trim() === '');
      if (!url || wordless) {
        replaceChildren(parent, index, 1, ...node.children);
        return [SKIP, index];
      }
      node.url = url;
      if (/^https?:/i.test(url)) {
        node.data = { hProperties: { rel: ['noopener', 'noreferrer'], className: ['external'] } };
      }
      node.title = null;
    }
    return undefined;
  });
  findAndReplace(
    tree,
    [
      PHONE,
      (value: string) => ({
        type: 'link',
        url: 'tel:' + value.replace(/[^\d]/g, ''),
        children: [{ type: 'text', value }],
        // The number stays as archived (no U+2011 hyphens); nowrap keeps it on one line.
        data: { hProperties: { className: ['whitespace-nowrap'] } },
      }),
    ],
    { ignore: ['link', 'linkReference', 'inlineCode'] },
  );
}

/** How Markdown matches a reference to its definition: case-insensitive, whitespace folded. */
function normalizeIdentifier(identifier: string): string {
  return identifier
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase();
}

function resolveUrl(url: string, baseUrl: string): string | null {
  try {
    const resolved = new URL(url.trim(), baseUrl);
    return SAFE_URL.test(resolved.href) ? resolved.href : null;
  } catch {
    return null;
  }
}
