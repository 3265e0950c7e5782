/**
 * Every archived version of every company, from the policies collection: a company's main
 * version (the one its page shows) has its slug as id, every other `<slug>@<date>`
 * (src/lib/versions/versionIds.ts). Pages never re-parse Markdown.
 */
import { getCollection } from 'astro:content';
import type { PolicyData } from '../lib/policy/policySchema.ts';
import { isMainEntryId, versionId } from '../lib/versions/versionIds.ts';
import { once } from './atlas.ts';

/** One version of a company's policy. */
export interface PolicyVersion {
  /** `mimecast@2016-12-03`. */
  key: string;
  /** Whether the company page shows this version. */
  main: boolean;
  /** The file it was read from, relative to the project root. */
  filePath: string;
  data: PolicyData;
}

/** A company's versions, oldest first. */
export interface CompanyTimeline {
  slug: string;
  name: string;
  versions: PolicyVersion[];
  main: PolicyVersion;
}

const timelinesOnce = once(async () => {
  const entries = await getCollection('policies');
  const bySlug = new Map<string, PolicyVersion[]>();
  for (const e of entries) {
    const version: PolicyVersion = {
      key: versionId(e.data.slug, e.data.archivedOn),
      main: isMainEntryId(e.id),
      filePath: e.filePath ?? '',
      data: e.data,
    };
    bySlug.set(e.data.slug, [...(bySlug.get(e.data.slug) ?? []), version]);
  }
  const timelines = new Map<string, CompanyTimeline>();
  for (const [slug, list] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const versions = list.sort((a, b) => a.data.archivedOn.localeCompare(b.data.archivedOn));
    const main = versions.find((v) => v.main) ?? versions.at(-1)!;
    timelines.set(slug, { slug, name: main.data.name, versions, main });
  }
  return timelines;
});

/** Every company's timeline, by slug (companies in slug order). */
export async function getTimelines(): Promise<Map<string, CompanyTimeline>> {
  return timelinesOnce();
}

/** One company's timeline. Throws for an unknown slug (a page asks only for companies it lists). */
export async function getTimeline(slug: string): Promise<CompanyTimeline> {
  const timeline = (await timelinesOnce()).get(slug);
  if (!timeline) throw new Error(`getTimeline: no company “${slug}”`);
  return timeline;
}

/** Every archived version's date, of every company: the span of years the site's texts cover. */
export async function getArchiveDates(): Promise<string[]> {
  return [...(await timelinesOnce()).values()].flatMap((t) => t.versions.map((v) => v.data.archivedOn));
}
