/**
 * Which practice anchor the About page shows as its example link (`/companies/<slug>/#cookies`):
 * one that lands in the build at hand, never a company named in the page's source. Pure; takes
 * the few fields it reads, so it depends on no other module.
 */

/** The fields of a policy the example reads. */
export interface AnchorPolicy {
  slug: string;
  name: string;
  reviewed: boolean;
  practices: Record<string, { anchor: string | null }>;
}

/** The example: a company page and the practice whose anchor lands on one of its clauses. */
export interface AnchorExample {
  slug: string;
  name: string;
  practiceId: string;
  practiceLabel: string;
}

/**
 * The example link: the first practice of `preferred` (cookies first), then of the taxonomy's
 * order, that a reviewed policy anchors on a clause; else one an unreviewed policy's
 * suggestions anchor; null when no policy anchors any practice.
 */
export function anchorExample(
  policies: readonly AnchorPolicy[],
  taxonomy: readonly { id: string; label: string }[],
  preferred: readonly string[] = ['cookies'],
): AnchorExample | null {
  const order = [
    ...preferred.flatMap((id) => taxonomy.filter((p) => p.id === id)),
    ...taxonomy.filter((p) => !preferred.includes(p.id)),
  ];
  for (const reviewed of [true, false]) {
    for (const practice of order) {
      const policy = policies.find((p) => p.reviewed === reviewed && p.practices[practice.id]?.anchor);
      if (policy)
        return { slug: policy.slug, name: policy.name, practiceId: practice.id, practiceLabel: practice.label };
    }
  }
  return null;
}
