import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspProblems, headersProblems } from '../../scripts/lib/cspCheck.ts';
import { CSP_DIRECTIVES, cspHash, inlineScriptHashes, inlineScriptsOfAstro } from '../../scripts/lib/cspConfig.ts';
import { keepOwnHashes, moveCspMetaFirst } from '../../scripts/lib/cspMetaFirst.ts';

const THEME = '\n  document.documentElement.dataset.theme = "dark";\n';

/** A page as Astro builds it: the meta policy, an inline theme script, a bundled script and style. */
function builtPage({ extraScript = '', policy }: { extraScript?: string; policy?: string } = {}): string {
  const meta =
    policy ?? `${CSP_DIRECTIVES.join('; ')}; script-src 'self' '${cspHash(THEME)}'; style-src 'self' '${cspHash('')}'`;
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${meta}">
<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script></head>
<body><script>${THEME}</script><main>${extraScript}<a href="/about/">About</a></main></body></html>`;
}

describe('the policy given to Astro', () => {
  it('hashes exactly the is:inline scripts of a component, as written', () => {
    const source = `---\nconst x = '<script is:inline>not this</script>';\n---\n<script is:inline>${THEME}</script>\n<script>bundled()</script>\n<script is:inline src="/x.js"></script>\n<script is:inline type="application/ld+json">{}</script>\n<script is:inline define:vars={{ a }}>a</script>`;
    expect(inlineScriptsOfAstro(source)).toEqual([THEME]);
  });

  it('covers the theme script of the layout', () => {
    const hashes = inlineScriptHashes(new URL('../../src/', import.meta.url));
    const themeScript = readFileSync('src/components/layout/ThemeScript.astro', 'utf8');
    for (const body of inlineScriptsOfAstro(themeScript)) expect(hashes).toContain(cspHash(body));
    expect(hashes.length).toBeGreaterThan(0);
  });

  it('computes CSP hashes the way browsers do (SHA-256, base64)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('cspProblems: one built page', () => {
  it('accepts a page whose inline scripts and styles are all hashed', () => {
    expect(cspProblems(builtPage())).toEqual([]);
  });

  it('finds a script before the policy, which a <meta> policy does not govern', () => {
    const page = builtPage().replace('<head>', `<head><script>${THEME}</script>`);
    expect(cspProblems(page)).toContain(
      'a <script> comes before the Content-Security-Policy <meta>, which does not govern it',
    );
  });

  it('finds an inline script without a hash, an event handler, a style attribute and a javascript: URL', () => {
    const page = builtPage({
      extraScript:
        '<script>track()</script><button onclick="go()" style="color:red">x</button><a href="javascript:void(0)">j</a>',
    });
    expect(cspProblems(page)).toEqual([
      'an inline <script> ("track()"…) has no hash in script-src',
      '<button> has an inline event handler (onclick), which the policy blocks',
      '<button> has a style attribute, which the policy blocks',
      '<a> has a javascript: URL',
    ]);
  });

  it("finds a weak policy: 'unsafe-inline', a missing directive, no policy at all", () => {
    const weak = builtPage({
      policy: `default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'`,
    });
    const problems = cspProblems(weak);
    expect(problems).toContain(`script-src allows 'unsafe-inline'`);
    expect(problems).toContain(`style-src allows 'unsafe-inline'`);
    expect(problems).toContain(`lacks "object-src 'none'"`);
    expect(cspProblems('<!doctype html><html><head></head><body></body></html>')).toEqual([
      'has 0 Content-Security-Policy <meta> elements, not one',
    ]);
  });

  it('finds a script from another origin', () => {
    expect(cspProblems(builtPage({ extraScript: '<script src="https://cdn.example/x.js"></script>' }))).toEqual([
      'loads a script from another origin: https://cdn.example/x.js',
    ]);
  });
});

describe('_headers', () => {
  it('public/_headers gives every response the security headers, and leaves scripts to the pages', () => {
    expect(headersProblems(readFileSync('public/_headers', 'utf8'))).toEqual([]);
  });

  it('refuses a header policy that would override the pages’ hashes, and missing headers', () => {
    const bad = "/*\n  Content-Security-Policy: frame-ancestors 'none'; script-src 'self'\n  X-Frame-Options: DENY\n";
    expect(headersProblems(bad)).toEqual([
      '"/*" lacks x-content-type-options',
      '"/*" lacks referrer-policy',
      '"/*" lacks permissions-policy',
      "the header CSP names script-src, which would override the pages' own hashes",
    ]);
    expect(headersProblems('/data/*\n  Access-Control-Allow-Origin: *\n')).toEqual([
      'has no "/*" rule for every response',
    ]);
  });
});

describe('moveCspMetaFirst: the policy ahead of the theme script', () => {
  const meta = `<meta http-equiv="content-security-policy" content="script-src 'self' '${cspHash(THEME)}'">`;
  const asAstroWritesIt = `<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>${THEME}</script>${meta}<link rel="stylesheet" href="/_astro/site.css"></head><body></body></html>`;
  it('moves the policy to just after <meta charset>, leaving everything else as it was', () => {
    const moved = moveCspMetaFirst(asAstroWritesIt);
    expect(moved).toBe(
      `<!doctype html><html><head><meta charset="utf-8">${meta}<title>t</title><script>${THEME}</script><link rel="stylesheet" href="/_astro/site.css"></head><body></body></html>`,
    );
    expect(cspProblems(asAstroWritesIt).join()).toMatch(/comes before the Content-Security-Policy/);
    expect(cspProblems(moved).join()).not.toMatch(/comes before/);
  });
  it('leaves a page without a policy unchanged', () => {
    const page = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
    expect(moveCspMetaFirst(page)).toBe(page);
  });
});

describe('keepOwnHashes: each page lists only its own inline scripts and styles', () => {
  const STYLE = '.a{color:red}';
  const others = [cspHash('elsewhere()'), cspHash('another()'), cspHash('.b{}')];
  const policy = `${CSP_DIRECTIVES.join(';')}; script-src 'self' '${cspHash(THEME)}' '${others[0]}' '${others[1]}'; style-src 'self' '${others[2]}' '${cspHash(STYLE)}'`;
  const page = builtPage({
    policy,
    extraScript: `<style>${STYLE}</style><script type="module" src="/_astro/x.js"></script>`,
  });
  it('drops the hashes of scripts and styles the page does not hold, and keeps its own', () => {
    const kept = keepOwnHashes(page);
    for (const hash of others) expect(kept).not.toContain(hash);
    expect(kept).toContain(`script-src 'self' '${cspHash(THEME)}';`);
    expect(kept).toContain(`style-src 'self' '${cspHash(STYLE)}'">`);
    expect(cspProblems(kept)).toEqual(cspProblems(page));
    expect(kept.replace(/<meta http-equiv[^>]*>/, '')).toBe(page.replace(/<meta http-equiv[^>]*>/, ''));
  });
  it('leaves a page whose policy lists only its own hashes, or that has no policy, unchanged', () => {
    const own = keepOwnHashes(page);
    expect(keepOwnHashes(own)).toBe(own);
    const bare = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
    expect(keepOwnHashes(bare)).toBe(bare);
  });
});
