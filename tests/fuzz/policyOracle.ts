/**
 * What must hold of every policy the loader accepts, whatever its input: the HTML it will
 * insert is inert, and every id and anchor a page and a link rely on is unique and exists.
 * Returns the violations found (empty when the data is sound).
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { walkTargets } from '../../src/lib/policy/blocks.ts';
import type { Block, PolicyData } from '../../src/lib/policy/policySchema.ts';
import { isLayoutId } from '../../src/lib/site/pageIds.ts';

/** Elements that run code, load something or change the page: never in policy HTML. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'template',
  'noscript',
  'canvas',
  'dialog',
  'details',
  'portal',
  'slot',
]);
/** Attributes that fetch something or carry code. */
const FORBIDDEN_ATTRIBUTES = /^(on.*|style|src|srcset|srcdoc|formaction|action|background|poster|xlink:href|ping)$/i;
/** The only link schemes a policy may keep (relative links are resolved against the original URL). */
const SAFE_HREF = /^(https?:|mailto:|tel:|#)/i;
/** The clause id format: `c-` + 8 hex digits, `-n` for a repeat. */
const CLAUSE_ID = /^c-[0-9a-f]{8}(-\d+)?$/;

/** Element and attribute names in a fragment of HTML, as a browser would parse it. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

/** Attribute names as written in HTML (hast's `onMouseOver` is `onmouseover`, `srcSet` is `srcset`). */
function attributeName(property: string): string {
  return property === 'xLinkHref' ? 'xlink:href' : property.toLowerCase();
}

/** Violations in one piece of HTML that a page inserts with `set:html`. */
export function unsafeHtml(html: string, where: string): string[] {
  const problems: string[] = [];
  if (/<\s*\/?\s*script/i.test(html)) problems.push(`${where}: contains a <script tag`);
  for (const el of elementsOf(html)) {
    if (FORBIDDEN_ELEMENTS.has(el.tagName)) problems.push(`${where}: has a <${el.tagName}> element`);
    for (const [property, value] of Object.entries(el.properties)) {
      const name = attributeName(property);
      if (FORBIDDEN_ATTRIBUTES.test(name) || /^on/i.test(property))
        problems.push(`${where}: <${el.tagName}> has a ${name} attribute`);
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^\s*(javascript|vbscript|data):/i.test(text))
        problems.push(`${where}: <${el.tagName} ${name}> is a ${text.split(':')[0]}: URL`);
      if (name === 'href' && !SAFE_HREF.test(text.trim()))
        problems.push(`${where}: <a href="${text}"> is not http(s), mailto, tel or #`);
    }
  }
  return problems;
}

/** Every piece of HTML of a block tree, with a label for messages. */
function* htmlPieces(blocks: readonly Block[]): Generator<[string, string]> {
  for (const target of walkTargets(blocks)) yield [target.html, `#${target.id}`];
}

/** ids and fragment links inside the policy's HTML (footnote markup, for one). */
function idsAndFragments(html: string): { ids: string[]; fragments: string[] } {
  const ids: string[] = [];
  const fragments: string[] = [];
  for (const el of elementsOf(html)) {
    if (typeof el.properties['id'] === 'string') ids.push(el.properties['id']);
    const href = el.properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1)
      fragments.push(decodeURIComponent(href.slice(1)));
  }
  return { ids, fragments };
}

/**
 * Checks a parsed policy.
 * @param reservedIds ids the page layout itself uses (a policy heading must not take them).
 */
const CONTROL_OR_NONCHARACTER =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function policyViolations(data: PolicyData, reservedIds: readonly string[] = []): string[] {
  const problems: string[] = [];
  // No control character, noncharacter or lone surrogate in anything the site publishes.
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      const bad = CONTROL_OR_NONCHARACTER.exec(value);
      if (bad) problems.push(`${where} holds U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
    }
  };
  walk(data, 'data');
  for (const [html, where] of htmlPieces(data.blocks)) problems.push(...unsafeHtml(html, where));

  // Every id the page will carry: headings, clauses, practice anchors, ids inside the HTML.
  const owners = new Map<string, number>();
  const add = (id: string): void => {
    owners.set(id, (owners.get(id) ?? 0) + 1);
  };
  reservedIds.forEach(add);
  const fragments: string[] = [];
  for (const target of walkTargets(data.blocks)) {
    add(target.id);
    const isHeading = 'type' in target && target.type === 'heading';
    for (const anchor of target.anchors) if (!(isHeading && anchor === target.id)) add(anchor);
    const inner = idsAndFragments(target.html);
    inner.ids.forEach(add);
    fragments.push(...inner.fragments);
    if (!isHeading && !CLAUSE_ID.test(target.id)) problems.push(`clause id "${target.id}" is not c-xxxxxxxx`);
    if (isLayoutId(target.id)) problems.push(`#${target.id} takes an id of the page layout's`);
    if (target.text.trim() === '') problems.push(`#${target.id} has no text`);
  }
  for (const [id, count] of owners) if (count > 1) problems.push(`id "${id}" is used ${count} times on the page`);
  for (const f of fragments)
    if (!owners.has(f)) problems.push(`a link in the policy points to #${f}, which is not on the page`);

  const clauseIds = new Set(data.clauses.map((c) => c.id));
  const sectionIds = new Set(data.sections.map((s) => s.id));
  if (clauseIds.size !== data.clauses.length) problems.push('two clauses share an id');
  for (const c of data.clauses) {
    if (c.sectionId !== null && !sectionIds.has(c.sectionId))
      problems.push(`clause ${c.id} is in section "${c.sectionId}", which does not exist`);
  }
  for (const [practice, finding] of Object.entries(data.practices)) {
    if (finding.anchor !== null && !owners.has(finding.anchor))
      problems.push(`#${finding.anchor} (${practice}) lands nowhere`);
    for (const q of finding.quotes)
      if (!clauseIds.has(q.clauseId)) problems.push(`a quote of ${practice} cites ${q.clauseId}, which does not exist`);
    for (const id of finding.detectedIn)
      if (!clauseIds.has(id)) problems.push(`${practice} is detected in ${id}, which does not exist`);
  }
  return problems;
}
