/** The page types the benchmark measures, found in a built site. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface PageType {
  /** home, company, compare, compare-quotes, practice, search, about */
  type: string;
  /** Site-relative path, e.g. /companies/mimecast/ */
  path: string;
  /** Whether the build has it (some page types may not exist yet). */
  built: boolean;
}

const subfolders = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')))
        .map((e) => e.name)
        .sort()
    : [];

/** Every HTML file of a build, relative to its folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** Every company page's path. */
export function companyPaths(distDir: string): string[] {
  return subfolders(path.join(distDir, 'companies')).map((slug) => `/companies/${slug}/`);
}

/**
 * One page of each type. `company` is the given path (the heaviest company page, chosen by the
 * caller); `practice` is /practices/cookies/ when it exists, else the first practice.
 */
export function pageTypes(distDir: string, company: string | undefined): PageType[] {
  const practices = subfolders(path.join(distDir, 'practices'));
  const practice = practices.includes('cookies') ? 'cookies' : practices[0];
  const candidates: [string, string | undefined][] = [
    ['home', '/'],
    ['company', company],
    ['compare', '/compare/'],
    // The same page in its quotes view: every summary and quote shown (the view is CSS, set before first paint).
    ['compare-quotes', '/compare/?view=quotes'],
    ['practice', practice ? `/practices/${practice}/` : undefined],
    ['search', '/search/'],
    ['about', '/about/'],
  ];
  return candidates.map(([type, p]) => ({
    type,
    path: p ?? `/${type}/`,
    built: p !== undefined && existsSync(path.join(distDir, p.split('?')[0]!, 'index.html')),
  }));
}
