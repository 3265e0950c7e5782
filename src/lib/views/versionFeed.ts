/**
 * The versions feed (`/versions.xml`): every archived version of every company, newest first,
 * each naming the company and the archive date, linking its page and what changed since the
 * version before, and saying which answers moved ("Cookies: Not mentioned → Yes"). Shaped here,
 * written as Atom by src/lib/site/atomFeed.ts. Pure: no Astro.
 */
import type { PolicyData } from '../policy/policySchema.ts';
import { atomDate, type AtomEntry } from '../site/atomFeed.ts';
import { formatDate } from '../site/labels.ts';
import type { Practice } from '../taxonomy/schema.ts';
import { answerMoves } from '../versions/versionChanges.ts';
import { versionAnswerLook } from './versionAnswerLook.ts';

/** A company's versions, oldest first, as the feed reads them. */
export interface FeedTimeline {
  slug: string;
  name: string;
  versions: readonly { data: Pick<PolicyData, 'archivedOn' | 'domain' | 'reviewed' | 'practices'> }[];
}

/** The feed's absolute URLs. */
export interface FeedUrls {
  /** A company's page. */
  company(slug: string): string;
  /** One version's own page (companies with several versions). */
  version(slug: string, archivedOn: string): string;
  /** What changed between two versions, older first. */
  changes(slug: string, from: string, to: string): string;
}

/**
 * The answers that moved from `before` to `after`, in taxonomy order: `Cookies: Not mentioned → Yes`.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function movedAnswers(
  before: Pick<PolicyData, 'practices'>,
  after: Pick<PolicyData, 'practices'>,
  practices: readonly Pick<Practice, 'id' | 'label' | 'friendly'>[],
): string[] {
  const byId = new Map(practices.map((p) => [p.id, p]));
  return answerMoves(
    before,
    after,
    practices.map((p) => p.id),
  ).flatMap((move) => {
    const p = byId.get(move.practice);
    if (!p) return [];
    // As the summary says it: `Yes`, or `Suggested: Yes` for an unreviewed version's.
    const said = (a: typeof move.before) => versionAnswerLook(a, p.friendly).word;
    return [`${p.label}: ${said(move.before)} → ${said(move.after)}`];
  });
}

/** One entry per version of every company, newest archive date first (then by company name). */
export function versionFeedEntries(
  timelines: readonly FeedTimeline[],
  practices: readonly Pick<Practice, 'id' | 'label' | 'friendly'>[],
  urls: FeedUrls,
): AtomEntry[] {
  const entries = timelines.flatMap((t) =>
    t.versions.map((v, i) => {
      const { archivedOn, domain, reviewed } = v.data;
      const page = t.versions.length > 1 ? urls.version(t.slug, archivedOn) : urls.company(t.slug);
      const previous = t.versions[i - 1]?.data;
      const state = reviewed ? 'reviewed' : 'not reviewed: its answers are suggested from the text';
      const opening = `${t.name}’s privacy policy (${domain}) as archived on ${formatDate(archivedOn)}, ${state}.`;
      let since = ` The only archived version of ${t.name}’s policy.`;
      if (previous) {
        const moved = movedAnswers(previous, v.data, practices);
        const when = `Since the version of ${formatDate(previous.archivedOn)}`;
        since =
          moved.length === 0
            ? ` ${when}, no answer moved.`
            : ` ${when}, ${moved.length === 1 ? 'one answer' : `${moved.length} answers`} moved: ${moved.join('; ')}.`;
      } else if (t.versions.length > 1) {
        since = ` The oldest archived version of ${t.name}’s policy.`;
      }
      const entry: AtomEntry & { company: string } = {
        company: t.name,
        id: page,
        title: `${t.name}: the policy archived on ${formatDate(archivedOn)}`,
        updated: atomDate(archivedOn),
        links: [
          { href: page, type: 'text/html' },
          ...(previous
            ? [
                {
                  rel: 'related' as const,
                  type: 'text/html',
                  href: urls.changes(t.slug, previous.archivedOn, archivedOn),
                  title: `What changed since ${formatDate(previous.archivedOn)}`,
                },
              ]
            : []),
        ],
        summary: `${opening}${since}`,
      };
      return entry;
    }),
  );
  return entries
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.company.localeCompare(b.company))
    .map(({ company: _company, ...entry }) => entry);
}
