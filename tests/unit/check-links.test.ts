import { describe, expect, it } from 'vitest';
import {
  checkSiteLinks,
  normaliseBase,
  readCss,
  readJson,
  urlPathOf,
  type SiteFiles,
} from '../../scripts/lib/siteLinks.ts';

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

/** A small built site at base `base`: a home, a company page with clause ids, data and assets. */
function site(base = '/'): SiteFiles {
  const b = normaliseBase(base);
  return new Map<string, string | null>([
    [
      'index.html',
      page(
        `<a href="#main">skip</a><main id="main"><a href="${b}companies/mimecast/#c-1a2b3c4d">clause</a><a href="${b}companies/mimecast/#cookies">cookies</a></main>`,
      ),
    ],
    [
      'companies/mimecast/index.html',
      page(
        `<h2 id="cookies">Cookies</h2><p id="c-1a2b3c4d">We use cookies.</p><a href="../../">home</a><img src="${b}logo.svg" alt="">`,
      ),
    ],
    ['404.html', page(`<a href="${b}">home</a>`)],
    ['logo.svg', null],
    [
      'data/matrix.json',
      JSON.stringify({
        cells: [{ quotes: [{ url: `${b}companies/mimecast/#c-1a2b3c4d` }] }],
        companies: [{ snapshotUrl: 'https://web.archive.org/web/2010/x' }],
      }),
    ],
    ['_astro/site.css', `body{background:url(${b}logo.svg)}`],
    ['sitemap-0.xml', `<urlset><url><loc>http://localhost:4321${b}companies/mimecast/</loc></url></urlset>`],
  ]);
}

const check = (files: SiteFiles, base = '/') => checkSiteLinks(files, { base, site: 'http://localhost:4321' });
const problemsOf = (files: SiteFiles, base = '/') =>
  check(files, base).problems.map((p) => `${p.from} ${p.url}: ${p.problem}`);

describe('paths', () => {
  it('normalises the base and maps files to the URLs they are served at', () => {
    expect(normaliseBase('policy-atlas')).toBe('/policy-atlas/');
    expect(normaliseBase('/')).toBe('/');
    expect(urlPathOf('companies/x/index.html', '/')).toBe('/companies/x/');
    expect(urlPathOf('index.html', '/policy-atlas/')).toBe('/policy-atlas/');
    expect(urlPathOf('404.html', '/')).toBe('/404.html');
  });
});

describe('checkSiteLinks', () => {
  it('accepts a sound site, at the root and under a sub-path', () => {
    expect(problemsOf(site())).toEqual([]);
    expect(problemsOf(site('/policy-atlas/'), '/policy-atlas/')).toEqual([]);
    const report = check(site());
    expect(report.pages).toBe(3);
    expect(report.fragments).toBe(4); // #main, two clause links and the quote link in matrix.json
  });

  it('finds a link to a page that does not exist', () => {
    const files = site();
    files.set('404.html', page('<a href="/compare/">compare</a>'));
    expect(problemsOf(files)).toEqual([
      '404.html /compare/: points to /compare/, but the build has no compare/index.html',
    ]);
  });

  it('finds a #fragment with no element of that id on the target page', () => {
    const files = site();
    files.set('404.html', page('<a href="/companies/mimecast/#c-deadbeef">x</a><a href="#nowhere">y</a>'));
    expect(problemsOf(files)).toEqual([
      '404.html /companies/mimecast/#c-deadbeef: points to #c-deadbeef, but companies/mimecast/index.html has no element with id "c-deadbeef"',
      '404.html #nowhere: points to #nowhere, but 404.html has no element with id "nowhere"',
    ]);
  });

  it('checks links in open data, stylesheets and sitemaps', () => {
    const files = site();
    files.set('data/matrix.json', JSON.stringify({ url: '/companies/mimecast/#c-00000000' }));
    files.set('_astro/site.css', 'a{background:url("../missing.png")}');
    files.set('sitemap-0.xml', '<urlset><url><loc>http://localhost:4321/companies/corero/</loc></url></urlset>');
    expect(problemsOf(files)).toEqual([
      'data/matrix.json /companies/mimecast/#c-00000000: points to #c-00000000, but companies/mimecast/index.html has no element with id "c-00000000"',
      '_astro/site.css ../missing.png: points to /missing.png, but the build has no missing.png or missing.png/index.html',
      'sitemap-0.xml http://localhost:4321/companies/corero/: points to /companies/corero/, but the build has no companies/corero/index.html',
    ]);
  });

  it('finds links that escape a sub-path base (a link not built with href())', () => {
    const files = site('/policy-atlas/');
    files.set('404.html', page('<a href="/companies/mimecast/">x</a>'));
    files.set('data/matrix.json', JSON.stringify({ url: '/companies/mimecast/#c-1a2b3c4d' }));
    const problems = problemsOf(files, '/policy-atlas/');
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.includes('is outside the base path /policy-atlas/'))).toBe(true);
  });

  it('lists external links without checking them, and refuses javascript: URLs', () => {
    const files = site();
    files.set(
      '404.html',
      page(
        '<a href="https://web.archive.org/web/2010/x">a</a><a href="mailto:a@b.example">m</a><a href="javascript:alert(1)">j</a>',
      ),
    );
    const report = check(files);
    expect([...report.external.keys()]).toEqual(['https://web.archive.org/web/2010/x']);
    expect([...report.external.get('https://web.archive.org/web/2010/x')!].sort()).toEqual([
      '404.html',
      'data/matrix.json',
    ]);
    expect(report.problems.map((p) => p.problem)).toEqual(['is a javascript: URL']);
  });

  it('reads srcset, forms, meta refresh, canonical URLs, %-escapes and <base>', () => {
    const files = site();
    files.set(
      '404.html',
      page(
        '<img srcset="/logo.svg 1x, /missing@2x.svg 2x" alt=""><form action="/search/"></form><a href="/companies/mimecast/#%63ookies">c</a>',
        '<link rel="canonical" href="http://localhost:4321/404.html"><meta http-equiv="refresh" content="5; url=/gone/">',
      ),
    );
    expect(problemsOf(files).map((p) => p.split(':')[0])).toEqual([
      '404.html /gone/',
      '404.html /missing@2x.svg',
      '404.html /search/',
    ]);
    files.set('404.html', page('<a href="x/">x</a>', '<base href="/companies/">'));
    expect(problemsOf(files)).toEqual([
      '404.html x/: points to /companies/x/, but the build has no companies/x/index.html',
    ]);
  });

  it('accepts #top and text fragments without an element, and a folder without its slash', () => {
    const files = site();
    files.set(
      '404.html',
      page(
        '<a href="#top">top</a><a href="/companies/mimecast/#:~:text=cookies">t</a><a href="/companies/mimecast">m</a>',
      ),
    );
    expect(problemsOf(files)).toEqual([]);
  });
});

describe('readers', () => {
  it('reads url() and @import from CSS, with line numbers', () => {
    expect(readCss('@import "a.css";\nb{background:url( \'x.png\' )}', 's.css').map((l) => [l.url, l.line])).toEqual([
      ['x.png', 2],
      ['a.css', 1],
    ]);
  });

  it('reads site paths and http(s) URLs from JSON, nothing else', () => {
    const { links } = readJson(
      JSON.stringify({ a: '/companies/x/', b: 'https://e.example/', c: 'plain text / with a slash', d: '/', e: 12 }),
      'x.json',
    );
    expect(links.map((l) => l.url).sort()).toEqual(['/companies/x/', 'https://e.example/']);
    expect(readJson('{', 'x.json').error).toMatch(/^is not valid JSON/);
  });
});

describe('duplicate ids', () => {
  it('fail the check, naming the page, the line and the id', () => {
    const files = site();
    files.set(
      'companies/dup/index.html',
      page('<h2 id="atlas-text">The policy text</h2>\n<h3 id="atlas-text">Atlas text</h3>'),
    );
    const { problems } = checkSiteLinks(files, { base: '/', site: 'http://localhost:4321' });
    expect(problems).toEqual([
      {
        from: 'companies/dup/index.html',
        line: 2,
        where: 'id',
        url: '#atlas-text',
        problem:
          'gives the id "atlas-text" to a second element: ids must be unique in a page (a link to #atlas-text lands on the first)',
      },
    ]);
  });
});
