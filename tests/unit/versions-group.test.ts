/**
 * Versions as content: files of one domain become one company's versions (groupVersions.ts), on
 * small inputs and on the real policies (a folder dropped in: tests/integration/versions-content.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { companySlugOf, groupVersions, mainVersion } from '../../src/lib/versions/groupVersions.ts';
import { versionId } from '../../src/lib/versions/versionIds.ts';
import { realPolicies, realVersions } from '../support/policies.ts';

const file = (over: Partial<Parameters<typeof groupVersions>[0][number]>) => ({
  file: 'x.md',
  fileSlug: 'x',
  domain: 'x.com',
  archivedOn: '2010-01-01',
  reviewed: false,
  ...over,
});

describe('groupVersions', () => {
  it('names a company after its files without their dates, the shortest slug first', () => {
    expect(companySlugOf('mimecast-2016-12-03')).toBe('mimecast');
    expect(companySlugOf('mimecast')).toBe('mimecast');
    expect(companySlugOf('2016-12-03')).toBe('2016-12-03');
    const [company] = groupVersions([
      file({ file: 'acme-new.md', fileSlug: 'acme-new', archivedOn: '2012-01-01' }),
      file({ file: 'acme.md', fileSlug: 'acme', archivedOn: '2010-01-01' }),
    ]);
    expect(company!.slug).toBe('acme');
    expect(company!.versions.map((v) => v.archivedOn)).toEqual(['2010-01-01', '2012-01-01']);
  });

  it('shows the newest reviewed version, else the newest', () => {
    const v = (archivedOn: string, reviewed: boolean) => ({ archivedOn, reviewed });
    expect(mainVersion([v('2010', true), v('2012', false), v('2014', true), v('2016', false)]).archivedOn).toBe('2014');
    expect(mainVersion([v('2010', false), v('2012', false)]).archivedOn).toBe('2012');
  });

  it('refuses two files of one domain and date, and two domains with one company slug', () => {
    expect(() =>
      groupVersions([file({ file: 'a.md', fileSlug: 'a' }), file({ file: 'a-copy.md', fileSlug: 'a-copy' })]),
    ).toThrow(/^a\.md: archives x\.com on 2010-01-01, as a-copy\.md does: .*remove one of the two files\.$/);
    expect(() =>
      groupVersions([
        file({ file: 'a.md', fileSlug: 'a', domain: 'a.com' }),
        file({ file: 'a-2011-01-01.md', fileSlug: 'a-2011-01-01', domain: 'b.com', archivedOn: '2011-01-01' }),
      ]),
    ).toThrow(/would be the company "a" \(archived from (a|b)\.com\), as .* is/);
  });

  it('keys a version as slug@date', () => {
    expect(versionId('mimecast', '2016-12-03')).toBe('mimecast@2016-12-03');
  });
});

describe('the real policies and their versions', () => {
  it('are five companies, each shown at its reviewed version, with twelve versions in all', () => {
    expect(Object.keys(realPolicies).sort()).toEqual(['corero', 'cyberdefender', 'ironport', 'mimecast', 'threatpost']);
    expect(Object.values(realPolicies).every((p) => p.reviewed)).toBe(true);
    expect(Object.keys(realVersions).sort()).toEqual([
      'corero@2009-06-21',
      'corero@2014-12-01',
      'cyberdefender@2006-10-30',
      'cyberdefender@2007-05-27',
      'ironport@2006-06-15',
      'ironport@2006-08-20',
      'ironport@2018-12-17',
      'mimecast@2010-08-13',
      'mimecast@2014-04-03',
      'mimecast@2016-12-03',
      'threatpost@2011-05-29',
      'threatpost@2019-06-10',
    ]);
    const mimecast = realVersions['mimecast@2016-12-03']!;
    expect(mimecast.file).toBe('content/policies/mimecast-2016-12-03.md');
    expect(mimecast.main).toBe(true);
    expect(mimecast.data.slug).toBe('mimecast');
    // Every version is reviewed, so each company shows its newest.
    expect(Object.values(realVersions).every((v) => v.data.reviewed)).toBe(true);
    expect(
      Object.entries(realVersions)
        .filter(([, v]) => v.main)
        .map(([key]) => key)
        .sort(),
    ).toEqual([
      'corero@2014-12-01',
      'cyberdefender@2007-05-27',
      'ironport@2018-12-17',
      'mimecast@2016-12-03',
      'threatpost@2019-06-10',
    ]);
    expect(mimecast.data.name).toBe(realPolicies['mimecast']!.name);
    // Cisco's statement, archived from senderbase.org, is a version of IronPort's, under its name.
    expect(realVersions['ironport@2018-12-17']!.data.name).toBe(realPolicies['ironport']!.name);
  });
});

describe('a version’s own quirks', () => {
  it('Cisco’s 2018 statement: a link with no words (its seal image lost) is not kept as an empty link', () => {
    const cisco = realVersions['ironport@2018-12-17']!.data;
    const html = JSON.stringify(cisco.blocks);
    expect(html).toContain('by clicking on the TRUSTe seal.');
    expect(html).not.toMatch(/<a [^>]*><\/a>/);
    expect(html).not.toContain('privacy.truste.com');
  });
});
