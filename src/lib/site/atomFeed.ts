/**
 * An Atom 1.0 feed (RFC 4287) as text: the few elements a feed reader needs, every text and
 * attribute escaped, every URL absolute. Built with strings rather than a library: the format
 * is small, and escaping is the one thing to get right. Pure: no Astro.
 */

/** A link of an entry or the feed: `rel` defaults to `alternate` (the page it stands for). */
export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'related' | 'self';
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** A permanent, absolute IRI: the entry's page URL serves. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  links: readonly AtomLink[];
  /** Plain text. */
  summary: string;
}

export interface AtomFeedInput {
  /** A permanent, absolute IRI: the feed's own URL serves. */
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own absolute URL (`rel="self"`). */
  selfUrl: string;
  /** The absolute URL of the page the feed stands for (`rel="alternate"`). */
  siteUrl: string;
  author: string;
  /** RFC 3339; when absent, the newest entry's `updated`, else the Unix epoch. */
  updated?: string;
  /** In the order the feed lists them. */
  entries: readonly AtomEntry[];
}

/** The feed's media type. */
export const ATOM_TYPE = 'application/atom+xml';

/**
 * Escapes text for XML element content and double-quoted attributes; drops characters XML 1.0 forbids.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An ISO date (`2016-12-03`) as an RFC 3339 date-time at midnight UTC. */
export function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/** Throws unless `url` is absolute (a relative one would resolve against the reader's feed URL, not the site). */
function absolute(url: string): string {
  if (!URL.canParse(url)) throw new Error(`atomFeed: not an absolute URL: ${url}`);
  return url;
}

function link(l: AtomLink): string {
  const attrs = [
    `rel="${l.rel ?? 'alternate'}"`,
    l.type && `type="${escapeXml(l.type)}"`,
    `href="${escapeXml(absolute(l.href))}"`,
    l.title && `title="${escapeXml(l.title)}"`,
  ].filter(Boolean);
  return `<link ${attrs.join(' ')}/>`;
}

/** The feed as an XML document. */
export function atomFeed(feed: AtomFeedInput): string {
  const updated =
    feed.updated ??
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ??
    '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(absolute(feed.id))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  ${link({ rel: 'self', type: ATOM_TYPE, href: feed.selfUrl })}`,
    `  ${link({ rel: 'alternate', type: 'text/html', href: feed.siteUrl })}`,
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    <id>${escapeXml(absolute(e.id))}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${escapeXml(e.updated)}</updated>`,
      ...e.links.map((l) => `    ${link(l)}`),
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
