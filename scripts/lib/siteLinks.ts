/**
 * The link and fragment check of a built site (pure; unit-tested): every internal link of
 * every page, stylesheet, sitemap and open-data file must resolve to a file of the build,
 * under the base path, and every `#fragment` to an element with that id on the target page.
 * External links are collected to be listed, never fetched.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface SiteOptions {
  /** The base path the site was built for: `/`, or `/policy-atlas/` for a sub-path. */
  base: string;
  /** The origin the site's absolute links use (SITE_URL), e.g. `http://localhost:4321`. */
  site: string;
}

/** A link found in a file of the build. */
export interface FoundLink {
  /** The file holding it, relative to the output folder. */
  from: string;
  /** Line in that file, when known. */
  line: number | null;
  /** Where it was found: `a[href]`, `img[src]`, `css url()`, `json`… */
  where: string;
  /** The link as written. */
  url: string;
}

export interface LinkProblem extends FoundLink {
  problem: string;
}

export interface LinkReport {
  /** HTML pages read. */
  pages: number;
  /** Internal links checked (to a file of the build). */
  internal: number;
  /** Of those, links with a `#fragment` checked against the target's ids. */
  fragments: number;
  /** External links by URL, with the files that hold them. */
  external: Map<string, Set<string>>;
  problems: LinkProblem[];
}

/** The files of a build: path (relative, `/`-separated) → text for HTML, CSS, JSON and XML, null for others. */
export type SiteFiles = Map<string, string | null>;

/** Whether a file's text is read for links. */
export function isReadForLinks(file: string): boolean {
  return /\.(html|css|json|xml|webmanifest)$/i.test(file);
}

/** Normalises a base path to `/…/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

/**
 * The URL path a file is served at: `companies/x/index.html` → `<base>companies/x/`.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function urlPathOf(file: string, base: string): string {
  return normaliseBase(base) + file.replace(/(^|\/)index\.html$/, '$1');
}

interface HtmlFacts {
  ids: Set<string>;
  /** ids given to more than one element, with the line of each repeat. */
  duplicates: { id: string; line: number | null }[];
  links: FoundLink[];
  baseHref: string | null;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  input: ['src', 'formAction'],
  button: ['formAction'],
  form: ['action'],
  object: ['data'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
};

/** Meta elements whose `content` is a URL (link previews). */
const URL_META = /^(og:url|og:image|og:image:url|og:image:secure_url|og:audio|og:video|twitter:image)$/i;

function walk(node: Nodes | Root, visit: (el: Element) => void): void {
  if (node.type === 'element') {
    visit(node);
    if (node.tagName === 'template' && node.content) walk(node.content, visit);
  }
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/**
 * The ids of a page and the links it holds.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function readHtml(html: string, file: string): HtmlFacts {
  const ids = new Set<string>();
  const duplicates: HtmlFacts['duplicates'] = [];
  const links: FoundLink[] = [];
  let baseHref: string | null = null;
  walk(fromHtml(html), (el) => {
    const line = el.position?.start.line ?? null;
    const id = el.properties['id'];
    if (typeof id === 'string' && id !== '') {
      if (ids.has(id)) duplicates.push({ id, line });
      ids.add(id);
    }
    if (el.tagName === 'a' && typeof el.properties['name'] === 'string') ids.add(el.properties['name']);
    if (el.tagName === 'base' && typeof el.properties['href'] === 'string') baseHref ??= el.properties['href'];
    for (const attribute of LINK_ATTRIBUTES[el.tagName] ?? []) {
      const value = el.properties[attribute];
      if (value === undefined || value === null || value === false) continue;
      const name =
        attribute === 'srcSet' ? 'srcset' : attribute === 'xLinkHref' ? 'xlink:href' : attribute.toLowerCase();
      const urls = attribute === 'srcSet' ? srcsetUrls(value) : [String(value)];
      for (const url of urls) links.push({ from: file, line, where: `${el.tagName}[${name}]`, url });
    }
    if (el.tagName === 'meta') {
      const key = String(el.properties['property'] ?? el.properties['name'] ?? '');
      const content = el.properties['content'];
      if (URL_META.test(key) && typeof content === 'string')
        links.push({ from: file, line, where: `meta[${key}]`, url: content });
      if (String(el.properties['httpEquiv'] ?? '').toLowerCase() === 'refresh' && typeof content === 'string') {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
        if (target) links.push({ from: file, line, where: 'meta[refresh]', url: target.trim() });
      }
    }
  });
  return { ids, duplicates, links, baseHref };
}

function srcsetUrls(value: unknown): string[] {
  const candidates = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return candidates.map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/**
 * Links in a stylesheet: `url(…)` and `@import`.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function readCss(css: string, file: string): FoundLink[] {
  const links: FoundLink[] = [];
  const lineAt = (index: number): number => css.slice(0, index).split('\n').length;
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi))
    links.push({ from: file, line: lineAt(m.index), where: 'css url()', url: m[2]! });
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi))
    links.push({ from: file, line: lineAt(m.index), where: 'css @import', url: m[2]! });
  return links;
}

/**
 * Links in JSON (open data, search index, web manifest): every string that is an absolute
 * http(s) URL or a site path (`/companies/mimecast/#c-…`). Site paths are read from the root.
 * @returns the links, or the parse error when the file is not JSON.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function readJson(json: string, file: string): { links: FoundLink[]; error: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { links: [], error: `is not valid JSON: ${(error as Error).message}` };
  }
  const links: FoundLink[] = [];
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (/^https?:\/\/\S+$/i.test(value) || /^\/[^/\s]\S*$/.test(value))
        links.push({ from: file, line: null, where: 'json', url: value });
    } else if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (value && typeof value === 'object') stack.push(...Object.values(value as Record<string, unknown>));
  }
  return { links, error: null };
}

/** Links in XML (sitemaps): `<loc>` and `href="…"`. */
function readXml(xml: string, file: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g))
    links.push({ from: file, line: null, where: 'xml <loc>', url: decodeXml(m[1]!) });
  for (const m of xml.matchAll(/\shref="([^"]+)"/g))
    links.push({ from: file, line: null, where: 'xml href', url: decodeXml(m[1]!) });
  return links;
}

const decodeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/**
 * Checks every link of a build. `files` lists every file of the output folder; HTML, CSS,
 * JSON and XML files come with their text.
 */
export function checkSiteLinks(files: SiteFiles, options: SiteOptions): LinkReport {
  const base = normaliseBase(options.base);
  const origin = new URL(options.site).origin;
  const report: LinkReport = { pages: 0, internal: 0, fragments: 0, external: new Map(), problems: [] };
  const ids = new Map<string, Set<string>>();
  const found: { link: FoundLink; pageUrl: string }[] = [];

  for (const [file, text] of files) {
    if (text === null) continue;
    const fileUrl = origin + urlPathOf(file, base);
    if (/\.html$/i.test(file)) {
      report.pages++;
      const facts = readHtml(text, file);
      ids.set(file, facts.ids);
      for (const { id, line } of facts.duplicates)
        report.problems.push({
          from: file,
          line,
          where: 'id',
          url: `#${id}`,
          problem: `gives the id "${id}" to a second element: ids must be unique in a page (a link to #${id} lands on the first)`,
        });
      const pageUrl = facts.baseHref ? new URL(facts.baseHref, fileUrl).href : fileUrl;
      for (const link of facts.links) found.push({ link, pageUrl });
    } else if (/\.css$/i.test(file)) {
      for (const link of readCss(text, file)) found.push({ link, pageUrl: fileUrl });
    } else if (/\.(json|webmanifest)$/i.test(file)) {
      const { links, error } = readJson(text, file);
      if (error) report.problems.push({ from: file, line: null, where: 'json', url: '', problem: error });
      for (const link of links) found.push({ link, pageUrl: `${origin}/` });
    } else if (/\.xml$/i.test(file)) {
      for (const link of readXml(text, file)) found.push({ link, pageUrl: `${origin}/` });
    }
  }

  const fail = (link: FoundLink, problem: string): void => {
    report.problems.push({ ...link, problem });
  };
  for (const { link, pageUrl } of found) {
    const raw = link.url.trim();
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      fail(link, 'is not a valid URL');
      continue;
    }
    if (url.protocol === 'javascript:') {
      fail(link, 'is a javascript: URL');
      continue;
    }
    if (['data:', 'mailto:', 'tel:', 'blob:'].includes(url.protocol)) continue;
    if (url.origin !== origin) {
      const pages = report.external.get(url.href) ?? new Set<string>();
      pages.add(link.from);
      report.external.set(url.href, pages);
      continue;
    }
    report.internal++;
    const pathname = url.pathname === base.slice(0, -1) ? base : url.pathname;
    if (!pathname.startsWith(base)) {
      fail(link, `is outside the base path ${base} (build it with href() from src/lib/site/paths.ts)`);
      continue;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      fail(link, 'has a malformed %-escape');
      continue;
    }
    const candidates =
      relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
    const target = candidates.find((c) => files.has(c));
    if (!target) {
      fail(link, `points to ${pathname}, but the build has no ${candidates.join(' or ')}`);
      continue;
    }
    if (url.hash.length > 1 && /\.html$/i.test(target)) {
      report.fragments++;
      let fragment: string;
      try {
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        fail(link, 'has a malformed %-escape in its fragment');
        continue;
      }
      if (fragment === 'top' || fragment.startsWith(':~:')) continue; // both scroll without an element
      if (!ids.get(target)?.has(fragment))
        fail(link, `points to #${fragment}, but ${target} has no element with id "${fragment}"`);
    }
  }
  return report;
}
