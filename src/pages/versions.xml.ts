import type { APIRoute } from 'astro';
import { getTaxonomy } from '../data/atlas.ts';
import { getTimelines } from '../data/versions.ts';
import { atomFeed, ATOM_TYPE } from '../lib/site/atomFeed.ts';
import { changesPath, companyPath, href, versionPath, versionsFeedPath } from '../lib/site/paths.ts';
import { versionFeedEntries } from '../lib/views/versionFeed.ts';

/**
 * `/versions.xml`: an Atom feed of every archived version, newest first, each with its page,
 * what changed since the version before and the answers that moved (src/lib/views/versionFeed.ts).
 * Its URLs are absolute, from SITE_URL and the base path.
 */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const abs = (path: string) => new URL(path, origin).href;
  const [timelines, taxonomy] = await Promise.all([getTimelines(), getTaxonomy()]);
  const entries = versionFeedEntries(
    [...timelines.values()].map((t) => ({ slug: t.slug, name: t.name, versions: t.versions })),
    taxonomy,
    {
      company: (slug) => abs(companyPath(slug)),
      version: (slug, date) => abs(versionPath(slug, date)),
      changes: (slug, from, to) => abs(changesPath(slug, from, to)),
    },
  );
  const xml = atomFeed({
    id: abs(versionsFeedPath()),
    title: 'Policy Atlas: archived privacy policy versions',
    subtitle:
      'Every archived version of every policy, newest first, with the answers that moved since the version before.',
    selfUrl: abs(versionsFeedPath()),
    siteUrl: abs(href('/companies/')),
    author: 'Policy Atlas',
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': `${ATOM_TYPE}; charset=utf-8` } });
};
