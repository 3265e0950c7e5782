/**
 * The checks `npm run check:csp` runs on every built page (pure; unit-tested): one strict
 * policy per page, and nothing on the page that the policy would block or fail to cover.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { CSP_DIRECTIVES, DATA_SCRIPT, cspHash } from './cspConfig.ts';

/** A policy as a map of directive name → source expressions. */
export type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function elements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, found);
  if (node.type === 'element' && node.tagName === 'template' && node.content) elements(node.content, found);
  return found;
}

const textOf = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/**
 * What is wrong with one built page's CSP: no policy, a policy after a script or style it should
 * govern, a weak directive, an inline script or
 * style whose hash the policy lacks, or markup a strict policy blocks (event-handler and
 * `style` attributes, `javascript:` URLs, scripts from another origin).
 */
export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  const all = elements(fromHtml(html));
  const metas = all.filter(
    (el) =>
      el.tagName === 'meta' && String(el.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`has ${metas.length} Content-Security-Policy <meta> elements, not one`];
  const policy = parsePolicy(String(metas[0]!.properties['content'] ?? ''));
  // A policy in a <meta> governs only what comes after it: nothing it guards may come first.
  const first = all.find(
    (el) =>
      el.tagName === 'script' ||
      el.tagName === 'style' ||
      (el.tagName === 'link' && /stylesheet|preload/i.test(String(el.properties['rel'] ?? ''))),
  );
  if (first && all.indexOf(first) < all.indexOf(metas[0]!))
    problems.push(`a <${first.tagName}> comes before the Content-Security-Policy <meta>, which does not govern it`);

  for (const expected of CSP_DIRECTIVES) {
    const [name, ...sources] = expected.split(' ');
    const actual = policy.get(name!);
    if (!actual || sources.some((s) => !actual.includes(s))) problems.push(`lacks "${expected}"`);
  }
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name);
    if (!sources) problems.push(`has no ${name}`);
    else
      for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
        if (sources.includes(weak)) problems.push(`${name} allows ${weak}`);
  }

  const scriptSources = new Set(policy.get('script-src') ?? []);
  const styleSources = new Set(policy.get('style-src') ?? []);
  for (const el of all) {
    if (el.tagName === 'script' && el.properties['src'] === undefined) {
      const type = String(el.properties['type'] ?? '');
      if (!DATA_SCRIPT.test(type) && !scriptSources.has(`'${cspHash(textOf(el))}'`)) {
        problems.push(
          `an inline <script> (${JSON.stringify(textOf(el).trim().slice(0, 60))}…) has no hash in script-src`,
        );
      }
    }
    if (
      el.tagName === 'script' &&
      typeof el.properties['src'] === 'string' &&
      /^(https?:)?\/\//i.test(el.properties['src'])
    ) {
      problems.push(`loads a script from another origin: ${el.properties['src']}`);
    }
    if (el.tagName === 'style' && !styleSources.has(`'${cspHash(textOf(el))}'`)) {
      problems.push(`an inline <style> (${JSON.stringify(textOf(el).trim().slice(0, 60))}…) has no hash in style-src`);
    }
    for (const [property, value] of Object.entries(el.properties)) {
      if (/^on[A-Z]/.test(property))
        problems.push(
          `<${el.tagName}> has an inline event handler (${property.toLowerCase()}), which the policy blocks`,
        );
      if (property === 'style') problems.push(`<${el.tagName}> has a style attribute, which the policy blocks`);
      if (typeof value === 'string' && /^\s*javascript:/i.test(value))
        problems.push(`<${el.tagName}> has a javascript: URL`);
    }
  }
  return [...new Set(problems)];
}

/** The security headers public/_headers must give every response (name → a test of the value). */
const REQUIRED_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  'permissions-policy': /\S/,
};

/**
 * What is wrong with a `_headers` file (Netlify / Cloudflare Pages format): the `/*` rule must
 * carry the security headers, and its CSP must not name script-src, style-src or default-src —
 * both policies would apply, and a header policy without the pages' hashes would block them.
 */
export function headersProblems(text: string): string[] {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const at = line.indexOf(':');
      if (at > 0) current.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  const all = rules.get('/*');
  if (!all) return ['has no "/*" rule for every response'];
  const problems: string[] = [];
  for (const [name, test] of Object.entries(REQUIRED_HEADERS)) {
    const value = all.get(name);
    if (value === undefined) problems.push(`"/*" lacks ${name}`);
    else if (!test.test(value)) problems.push(`"/*" has ${name}: ${value}, which does not match ${test}`);
  }
  const csp = parsePolicy(all.get('content-security-policy') ?? '');
  for (const name of ['script-src', 'style-src', 'default-src', 'script-src-elem', 'style-src-elem']) {
    if (csp.has(name)) problems.push(`the header CSP names ${name}, which would override the pages' own hashes`);
  }
  return problems;
}
