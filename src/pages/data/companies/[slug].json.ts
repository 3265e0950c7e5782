import type { APIRoute, GetStaticPaths } from 'astro';
import { getTaxonomy } from '../../../data/atlas.ts';
import { getTimelines, type CompanyTimeline } from '../../../data/versions.ts';
import { openCompanySchema } from '../../../lib/matrix/openData.ts';
import { toOpenCompany } from '../../../lib/matrix/toOpenData.ts';
import { companyPath, versionPath } from '../../../lib/site/paths.ts';

/**
 * `/data/companies/<slug>.json`: one company, its answers and every archived version
 * (`openCompanySchema`), checked against its schema at build. One small file per company, so a
 * reader or a script never needs the whole corpus's download for one company.
 */
export const getStaticPaths = (async () =>
  [...(await getTimelines()).values()].map((timeline) => ({
    params: { slug: timeline.slug },
    props: { timeline },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ timeline: CompanyTimeline }> = async ({ props: { timeline } }) => {
  const several = timeline.versions.length > 1;
  // A version has its own page only when the company has several (src/pages/companies/[slug]/[date].astro).
  const onOwnPage = (main: boolean): boolean => several && !main;
  const data = openCompanySchema.parse(
    toOpenCompany(
      { slug: timeline.slug, name: timeline.name, domain: timeline.main.data.domain, url: companyPath(timeline.slug) },
      timeline.versions,
      await getTaxonomy(),
      {
        page: (slug, archivedOn, main) => (onOwnPage(main) ? versionPath(slug, archivedOn) : companyPath(slug)),
        clause: (slug, archivedOn, main, clauseId) =>
          onOwnPage(main) ? versionPath(slug, archivedOn, clauseId) : companyPath(slug, clauseId),
      },
    ),
  );
  return new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
