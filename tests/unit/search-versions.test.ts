/** Search over every archived version: the main ones by default, all on request, a shared clause once. */
import { describe, expect, it } from 'vitest';
import { versionNote, versionOpened } from '../../src/lib/search/hitVersions.ts';
import { shardSearchIndex, type ShardManifest } from '../../src/lib/search/shardIndex.ts';
import { createShardedSearcher } from '../../src/lib/search/shardedSearcher.ts';
import { realVersions } from '../support/policies.ts';
import { searcher, versionedIndex, versionedSearcher } from '../support/search.ts';

const versionsOf = (slug: string) =>
  Object.values(realVersions)
    .filter((v) => v.data.slug === slug)
    .sort((a, b) => a.data.archivedOn.localeCompare(b.data.archivedOn));
const mainOf = (slug: string) => versionsOf(slug).find((v) => v.main)!.data;

describe('search over every version', () => {
  it('searches only the main versions by default, as an index of the main versions alone does', () => {
    for (const query of ['cookies', 'cokies', 'sell rent', 'retention', 'opt out', 'thrid party']) {
      const versioned = versionedSearcher.search(query, { limit: 50 });
      const plain = searcher.search(query, { limit: 50 });
      expect(versioned.total, query).toBe(plain.total);
      expect(versioned.byCompany, query).toEqual(plain.byCompany);
      expect(
        versioned.hits.map((h) => [h.company, h.clauseId]),
        query,
      ).toEqual(plain.hits.map((h) => [h.company, h.clauseId]));
      for (const hit of versioned.hits) expect(hit.inMain).toBe(true);
    }
  });

  it('each hit names the versions holding its clause; a clause several versions share is one hit', () => {
    const all = versionedSearcher.search('cookies', { versions: 'all', limit: 1000 });
    const main = versionedSearcher.search('cookies', { limit: 1000 });
    expect(all.total).toBeGreaterThan(main.total);
    const seen = new Set<string>();
    for (const hit of all.hits) {
      const versions = versionsOf(hit.company);
      expect(hit.companyVersions).toBe(versions.length);
      expect(hit.versions.length).toBeGreaterThan(0);
      expect(hit.versions).toEqual([...hit.versions].sort());
      // Exactly the versions whose text holds this clause.
      const holders = versions
        .filter((v) => v.data.clauses.some((c) => c.id === hit.clauseId && c.text === hit.text))
        .map((v) => v.data.archivedOn);
      expect(hit.versions, `${hit.company} ${hit.clauseId}`).toEqual(holders);
      expect(hit.inMain).toBe(hit.versions.includes(mainOf(hit.company).archivedOn));
      const key = `${hit.company}\n${hit.clauseId}\n${hit.text}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    expect(all.hits.some((h) => h.versions.length > 1)).toBe(true);
    expect(all.hits.some((h) => !h.inMain)).toBe(true);
  });

  it('filters by company over its versions, and lists every clause of every version without a query', () => {
    const slug = 'mimecast';
    const distinct = new Set(versionsOf(slug).flatMap((v) => v.data.clauses.map((c) => `${c.id}\n${c.text}`))).size;
    expect(versionedSearcher.search('', { company: slug, versions: 'all', limit: 1000 }).total).toBe(distinct);
    expect(versionedSearcher.search('', { company: slug, limit: 1000 }).total).toBe(mainOf(slug).clauses.length);
  });

  it('says which version a hit is from, and opens the version page only for a clause the main version lacks', () => {
    const hit = { versions: ['2014-04-03', '2016-12-03'], inMain: false, companyVersions: 3 };
    expect(versionNote(hit)).toBe('3 April 2014 and 3 December 2016 versions');
    expect(versionOpened(hit)).toBe('2016-12-03');
    expect(versionNote({ ...hit, versions: ['2010-08-13'] })).toBe('13 August 2010 version');
    expect(versionOpened({ ...hit, inMain: true })).toBeNull();
    expect(versionNote({ versions: ['2009-06-21'], inMain: true, companyVersions: 1 })).toBeNull();
  });

  it('the sharded index answers every version search as the whole index does', async () => {
    const files = shardSearchIndex(versionedIndex);
    const manifest = JSON.parse(files.get('manifest.json')!) as ShardManifest;
    const engine = createShardedSearcher(manifest, (path) =>
      Promise.resolve(JSON.parse(files.get(path.replace(/\?.*$/, ''))!)),
    );
    for (const query of ['cookies', 'cokies', 'sell rent', 'do not sell', 'retention', '', 'zzqx'])
      for (const options of [
        {},
        { versions: 'all' as const },
        { versions: 'all' as const, company: 'threatpost' },
        { versions: 'all' as const, practice: 'retention' },
        { company: 'ironport' },
      ])
        expect(await engine.search(query, options), `${query} ${JSON.stringify(options)}`).toEqual(
          versionedSearcher.search(query, options),
        );
    expect(engine.companies.map(([slug]) => slug)).toEqual(versionedIndex.companies.map(([slug]) => slug));
  });
});
