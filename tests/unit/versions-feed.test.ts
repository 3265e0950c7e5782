import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, escapeXml } from '../../src/lib/site/atomFeed.ts';
import { movedAnswers, versionFeedEntries } from '../../src/lib/views/versionFeed.ts';
import { realVersions, taxonomy } from '../support/policies.ts';

const urls = {
  company: (slug: string) => `https://atlas.example/sub/companies/${slug}/`,
  version: (slug: string, date: string) => `https://atlas.example/sub/companies/${slug}/${date}/`,
  changes: (slug: string, from: string, to: string) =>
    `https://atlas.example/sub/companies/${slug}/changes/${from}-to-${to}/`,
};

/** The real companies' versions, oldest first, as src/data/versions.ts gives them. */
const timelines = ['corero', 'cyberdefender', 'ironport', 'mimecast', 'threatpost'].map((slug) => {
  const versions = Object.values(realVersions)
    .filter((v) => v.data.slug === slug)
    .sort((a, b) => a.data.archivedOn.localeCompare(b.data.archivedOn));
  return { slug, name: versions[0]!.data.name, versions };
});

describe('escapeXml', () => {
  it('escapes markup and quotes, and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(escapeXml('a\u0000b\u0008c\td\u{1F600}')).toBe('abc\td\u{1F600}');
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    id: 'https://atlas.example/versions.xml',
    title: 'Versions & <changes>',
    selfUrl: 'https://atlas.example/versions.xml',
    siteUrl: 'https://atlas.example/',
    author: 'Policy Atlas',
    entries: [
      {
        id: 'https://atlas.example/a/',
        title: 'A "quoted" title',
        updated: atomDate('2016-12-03'),
        links: [
          { href: 'https://atlas.example/a/?x=1&y=2' },
          { rel: 'related', href: 'https://atlas.example/b/', title: 'What changed' },
        ],
        summary: 'Cookies: Not mentioned → Yes',
      },
    ],
  });

  it('writes the required elements, escaped, the feed dated by its newest entry', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      true,
    );
    expect(xml).toContain('<title>Versions &amp; &lt;changes&gt;</title>');
    expect(xml).toContain('<updated>2016-12-03T00:00:00Z</updated>');
    expect(xml).toContain('<author><name>Policy Atlas</name></author>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://atlas.example/versions.xml"/>');
    expect(xml).toContain('<link rel="alternate" href="https://atlas.example/a/?x=1&amp;y=2"/>');
    expect(xml).toContain('<link rel="related" href="https://atlas.example/b/" title="What changed"/>');
    expect(xml).toContain('<title>A &quot;quoted&quot; title</title>');
    expect(xml).toContain('<summary>Cookies: Not mentioned → Yes</summary>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });

  it('refuses a relative URL, which a reader would resolve against the feed and not the site', () => {
    expect(() =>
      atomFeed({ id: '/versions.xml', title: 't', selfUrl: '/versions.xml', siteUrl: '/', author: 'a', entries: [] }),
    ).toThrow(/not an absolute URL: \/versions.xml/);
  });
});

describe('the versions feed', () => {
  const entries = versionFeedEntries(timelines, taxonomy, urls);

  it('lists every version, newest first', () => {
    expect(entries).toHaveLength(Object.keys(realVersions).length);
    expect(entries.map((e) => e.updated.slice(0, 10))).toEqual(
      Object.values(realVersions)
        .map((v) => v.data.archivedOn)
        .sort()
        .reverse(),
    );
    expect(entries[0]!.title).toBe('Threatpost: the policy archived on 10 June 2019');
  });

  it('links each version’s page and what changed since the one before, and names the answers that moved', () => {
    const mimecast = entries.find((e) => e.id === urls.version('mimecast', '2016-12-03'))!;
    expect(mimecast.links).toEqual([
      { href: 'https://atlas.example/sub/companies/mimecast/2016-12-03/', type: 'text/html' },
      {
        rel: 'related',
        type: 'text/html',
        href: 'https://atlas.example/sub/companies/mimecast/changes/2014-04-03-to-2016-12-03/',
        title: 'What changed since 3 April 2014',
      },
    ]);
    expect(mimecast.summary).toMatch(
      /^Mimecast’s privacy policy \(mimecast\.com\) as archived on 3 December 2016, reviewed\./,
    );
    expect(mimecast.summary).toContain('Since the version of 3 April 2014,');
    expect(mimecast.summary).toContain('Tracking cookies: Partial → Yes');
    expect(mimecast.summary).toContain('Do Not Track: Not mentioned → No');
    const oldest = entries.find((e) => e.id === urls.version('mimecast', '2010-08-13'))!;
    expect(oldest.links).toHaveLength(1);
    expect(oldest.summary).toContain('The oldest archived version of Mimecast’s policy.');
  });

  it('says an unreviewed version’s answers are suggested, and a company with one version links its page', () => {
    const [before, after] = timelines.find((t) => t.slug === 'threatpost')!.versions;
    const unreviewed = { ...after!.data, reviewed: false, practices: {} };
    const [entry] = versionFeedEntries(
      [{ slug: 'threatpost', name: 'Threatpost', versions: [before!, { data: unreviewed }] }],
      taxonomy,
      urls,
    );
    expect(entry!.summary).toContain('not reviewed: its answers are suggested from the text');
    const [single] = versionFeedEntries([{ slug: 'acme', name: 'Acme', versions: [before!] }], taxonomy, urls);
    expect(single!.id).toBe(urls.company('acme'));
    expect(single!.summary).toContain('The only archived version of Acme’s policy.');
  });

  it('says a suggestion is one, in the moved answers', () => {
    const before = realVersions['threatpost@2011-05-29']!.data;
    const after = realVersions['threatpost@2019-06-10']!.data;
    const retention = taxonomy.filter((p) => p.id === 'retention');
    expect(movedAnswers(before, after, retention)).toEqual(['Retention: Not mentioned → Yes']);
    const suggested = {
      practices: {
        retention: {
          ...after.practices['retention']!,
          stance: 'not-reviewed' as const,
          suggestion: { stance: 'yes' as const, confidence: 'strong cue' as const, quotes: [], reason: 'r', rule: 'x' },
        },
      },
    };
    expect(movedAnswers(before, suggested, retention)).toEqual(['Retention: Not mentioned → Suggested: Yes']);
  });
});
