import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import { buildMatrix } from '../../src/lib/matrix/buildMatrix.ts';
import { openCompanySchema, openMatrixSchema } from '../../src/lib/matrix/openData.ts';
import { toOpenCompany, toOpenMatrix, type VersionUrls } from '../../src/lib/matrix/toOpenData.ts';
import { realVersions, taxonomy } from '../support/policies.ts';

/** The main version's page is the company page; the others have their own, as on the site. */
const urls: VersionUrls = {
  page: (slug, date, main) => (main ? `/companies/${slug}/` : `/companies/${slug}/${date}/`),
  clause: (slug, date, main, id) => (main ? `/companies/${slug}/#${id}` : `/companies/${slug}/${date}/#${id}`),
};
const versionsOf = (slug: string) => Object.values(realVersions).filter((v) => v.data.slug === slug);
const fileOf = (slug: string) => {
  const versions = versionsOf(slug);
  const main = versions.find((v) => v.main)!.data;
  return toOpenCompany(
    { slug, name: main.name, domain: main.domain, url: `/companies/${slug}/` },
    versions,
    taxonomy,
    urls,
  );
};

describe('toOpenCompany: /data/companies/<slug>.json', () => {
  const mimecast = fileOf('mimecast');

  it('fits its contract (the schema the build parses it with)', () => {
    expect(() => openCompanySchema.parse(mimecast)).not.toThrow();
    for (const slug of ['corero', 'cyberdefender', 'ironport', 'threatpost'])
      expect(() => openCompanySchema.parse(fileOf(slug))).not.toThrow();
  });

  it('names the company once and holds the main version’s answers exactly as matrix.json’s cells', () => {
    expect(mimecast.company).toEqual({
      slug: 'mimecast',
      name: 'Mimecast',
      domain: 'mimecast.com',
      url: '/companies/mimecast/',
    });
    const main = versionsOf('mimecast').find((v) => v.main)!.data;
    const cells = toOpenMatrix(buildMatrix([main], taxonomy, (s, id) => `/companies/${s}/#${id}`)).cells;
    expect(mimecast.answers).toEqual(cells.map(({ company: _c, ...answer }) => answer));
    expect(mimecast.answers.map((a) => a.practice)).toEqual(taxonomy.map((p) => p.id));
    const cookies = mimecast.answers.find((a) => a.practice === 'cookies')!;
    expect(cookies.stance).toBe('yes');
    expect(cookies.quotes.length).toBeGreaterThan(0);
  });

  it('lists every version oldest first, with its archive date, snapshot, SHA-256, page and own answers', () => {
    const versions = versionsOf('mimecast')
      .map((v) => v.data)
      .sort((a, b) => a.archivedOn.localeCompare(b.archivedOn));
    expect(mimecast.versions.map((v) => v.archivedOn)).toEqual(versions.map((v) => v.archivedOn));
    expect(mimecast.versions.map((v) => v.sha256)).toEqual(versions.map((v) => v.sha256));
    expect(mimecast.versions.map((v) => v.snapshotUrl)).toEqual(versions.map((v) => v.snapshotUrl));
    expect(mimecast.versions.filter((v) => v.main)).toHaveLength(1);
    for (const v of mimecast.versions) {
      expect(v.answers).toHaveLength(taxonomy.length);
      expect(v.url).toBe(v.main ? '/companies/mimecast/' : `/companies/mimecast/${v.archivedOn}/`);
      // Each version's quotes link to that version's own clauses.
      for (const a of v.answers)
        for (const q of [...a.quotes, ...(a.suggestion?.quotes ?? [])]) expect(q.url.startsWith(v.url)).toBe(true);
    }
    expect(mimecast.versions.find((v) => v.main)!.answers).toEqual(mimecast.answers);
  });

  it('gives an unreviewed version’s answers as suggestions with their confidence, never as reviewed answers', () => {
    // Every real version is reviewed: Mimecast's 2014 text as dropped in, without its review.
    const file = 'content/policies/mimecast-2014-04-03.md';
    const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const dropped = { ...parsePolicy(text, file, taxonomy), slug: 'mimecast', name: 'Mimecast' };
    const versions = versionsOf('mimecast').map((v) =>
      v.data.archivedOn === dropped.archivedOn ? { ...v, data: dropped } : v,
    );
    const company = toOpenCompany(
      { slug: 'mimecast', name: 'Mimecast', domain: 'mimecast.com', url: '/companies/mimecast/' },
      versions,
      taxonomy,
      urls,
    );
    const unreviewed = company.versions.find((v) => !v.reviewed)!;
    expect(unreviewed.archivedOn).toBe('2014-04-03');
    for (const a of unreviewed.answers) {
      expect(a.stance).toBe('not-reviewed');
      expect(a.suggestion?.confidence).toMatch(/cue$/);
    }
  });

  it('keeps a single-version company to one version, the main one', () => {
    const only = toOpenCompany(
      { slug: 'x', name: 'X', domain: 'x.example', url: '/companies/x/' },
      [{ main: false, data: { ...versionsOf('corero')[0]!.data, slug: 'x' } }],
      taxonomy,
      urls,
    );
    expect(only.versions).toHaveLength(1);
    expect(only.versions[0]!.main).toBe(true);
    expect(only.answers).toEqual(only.versions[0]!.answers);
  });

  it('accepts a version page’s clause links in the contract, and nothing else', () => {
    const quote = (url: string) => ({
      ...mimecast,
      answers: [{ ...mimecast.answers[0]!, quotes: [{ text: 'x', url }] }],
    });
    expect(() => openCompanySchema.parse(quote('/companies/mimecast/2014-04-03/#c-0123abcd'))).not.toThrow();
    expect(() => openCompanySchema.parse(quote('/policy-atlas/companies/mimecast/#c-0123abcd'))).not.toThrow();
    expect(() => openCompanySchema.parse(quote('/companies/mimecast/page/2/#c-0123abcd'))).toThrow();
    expect(() =>
      openMatrixSchema.shape.cells.parse([
        {
          company: 'mimecast',
          practice: 'cookies',
          stance: 'yes',
          summary: '',
          quotes: [{ text: 'x', url: 'https://evil.example/' }],
        },
      ]),
    ).toThrow();
  });
});
