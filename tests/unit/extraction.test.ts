import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { walkClauses } from '../../src/lib/policy/blocks.ts';
import { realPolicies, realVersions } from '../support/policies.ts';

/** One archived text, by version key: these tests pin the extraction of particular texts. */
function text(key: string) {
  const version = realVersions[key];
  if (!version) throw new Error(`no version ${key}`);
  return version.data;
}

// The five texts the site started with (each company's oldest but one, IronPort's middle one).
const corero = text('corero@2009-06-21');
const ironport = text('ironport@2006-08-20');
const threatpost = text('threatpost@2011-05-29');
const cyberdefender = text('cyberdefender@2006-10-30');
const mimecast = text('mimecast@2010-08-13');
/** Every archived text of the five companies. */
const everyText = Object.values(realVersions).map((v) => v.data);

describe('archive header', () => {
  it('reads domain, ISO date, snapshot and decoded original URL of all five', () => {
    expect(Object.keys(realPolicies).sort()).toEqual(['corero', 'cyberdefender', 'ironport', 'mimecast', 'threatpost']);
    expect(corero.archivedOn).toBe('2009-06-21');
    expect(corero.domain).toBe('corero.com');
    expect(corero.snapshotUrl).toBe(
      'https://web.archive.org/web/20090621040548id_/http%3A//www.corero.com/site-meta/privacy-statement',
    );
    expect(corero.originalUrl).toBe('http://www.corero.com/site-meta/privacy-statement');
    expect(ironport.domain).toBe('senderbase.org');
    expect(ironport.archivedOn).toBe('2006-08-20');
    expect(threatpost.originalUrl).toBe('http://threatpost.com/node/76');
    expect(cyberdefender.archivedOn).toBe('2006-10-30');
    expect(cyberdefender.originalUrl).toBe(
      'http://www.cyberdefender.com/internet-security-company/internet-security-privacy-policy.htm',
    );
    expect(mimecast.archivedOn).toBe('2010-08-13');
    expect(mimecast.originalUrl).toBe('http://www.mimecast.com/privacy');
  });

  it('reads the header of each company’s main text, the newest reviewed', () => {
    expect(Object.fromEntries(Object.values(realPolicies).map((p) => [p.slug, p.archivedOn]))).toEqual({
      corero: '2014-12-01',
      cyberdefender: '2007-05-27',
      ironport: '2018-12-17',
      mimecast: '2016-12-03',
      threatpost: '2019-06-10',
    });
    expect(realPolicies['ironport']!.domain).toBe('senderbase.org');
    expect(realPolicies['ironport']!.originalUrl).toBe('http://www.cisco.com/web/siteassets/legal/privacy_full.html');
    expect(realPolicies['threatpost']!.originalUrl).toBe('https://threatpost.com/privacy-policy');
  });
});

describe('title, counts and hash', () => {
  it('takes the first H1 as the title', () => {
    expect(corero.title).toBe('Corero.com - Privacy');
    expect(mimecast.title).toBe('Privacy - Mimecast');
    expect(ironport.title).toBe('IronPort® Privacy');
  });

  it('hashes the archived text exactly: the file body below any frontmatter', () => {
    const raw = readFileSync('content/policies/mimecast.md', 'utf8');
    const body = raw.startsWith('---\n') ? raw.slice(raw.indexOf('\n---\n', 4) + 5) : raw;
    expect(mimecast.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(mimecast.sha256).toBe(
      createHash('sha256').update(readFileSync('tests/fixtures/seeds/mimecast.md')).digest('hex'),
    );
  });

  it('counts words and reading time', () => {
    expect(mimecast.wordCount).toBeGreaterThan(380);
    expect(mimecast.wordCount).toBeLessThan(440);
    expect(mimecast.readingMinutes).toBe(2);
    expect(ironport.readingMinutes).toBeGreaterThanOrEqual(7);
  });
});

describe('sections', () => {
  it('finds Markdown headings', () => {
    expect(corero.sections.map((s) => s.text)).toContain('What are cookies and how do we deal with them?');
    expect(ironport.sections.find((s) => s.text === 'Cookies')).toMatchObject({ pseudo: false });
  });

  it('finds bold pseudo-headings, including bold that spans a line break', () => {
    expect(mimecast.sections.map((s) => s.text)).toEqual([
      'Gathering information',
      'Using information gathered',
      'Disclosure of information to third parties',
      'Cookies',
    ]);
    expect(mimecast.sections.every((s) => s.pseudo)).toBe(true);
    expect(threatpost.sections[0]).toMatchObject({ text: 'Threatpost Privacy Policy', pseudo: true });
    expect(cyberdefender.sections.map((s) => s.text)).toContain('What information we collect');
  });
});

describe('clauses', () => {
  it('splits paragraphs and list items, with stable ids', () => {
    const items = mimecast.clauses.filter((c) => c.text.startsWith('General Enquiry'));
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toMatch(/^c-[0-9a-f]{8}$/);
    expect(
      mimecast.clauses.some(
        (c) => c.text === 'We do not sell, rent or loan personal information collected to third parties.',
      ),
    ).toBe(true);
  });

  it('gives every clause a unique id', () => {
    for (const policy of everyText) {
      const ids = policy.clauses.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('assigns each clause to its section', () => {
    const cookie = mimecast.clauses.find((c) => c.text.startsWith('A cookie is a text file'))!;
    const cookiesSection = mimecast.sections.find((s) => s.text === 'Cookies')!;
    expect(cookie.sectionId).toBe(cookiesSection.id);
  });

  it('folds U+00A0 where text is compared', () => {
    const raw = readFileSync('content/policies/mimecast.md', 'utf8');
    expect(raw).toContain('\u00a0');
    for (const c of mimecast.clauses) expect(c.text).not.toMatch(/\u00a0|\s{2,}/);
    expect(mimecast.clauses.some((c) => c.text.includes('Mimecast may use cookies'))).toBe(true);
  });

  it('keeps the Markdown inline: links, emphasis, e-mail and phone numbers', () => {
    const contact = [...walkClauses(cyberdefender.blocks)].find((c) => c.text.includes('310-826-1781'))!;
    expect(contact.html).toContain('<a href="mailto:privacy@CyberDefender.com">privacy@CyberDefender.com</a>');
    expect(contact.html).toContain('<a href="tel:3108261781" class="whitespace-nowrap">310-826-1781</a>');
    const doesNot = [...walkClauses(cyberdefender.blocks)].find((c) => c.text.includes('does not sell'))!;
    expect(doesNot.html).toContain('<strong>does not</strong>');
  });
});

describe('corrections', () => {
  it('corrects mojibake and lists it', () => {
    expect(corero.corrections).toContainEqual(
      expect.objectContaining({ original: 'Â©', corrected: '©', source: 'automatic', count: 1 }),
    );
    expect(corero.clauses.some((c) => c.text.startsWith('© 2007-2009 Corero'))).toBe(true);
  });

  it('removes stray table pipes and lists it', () => {
    expect(ironport.corrections).toContainEqual(
      expect.objectContaining({ original: '|', count: 2, source: 'automatic' }),
    );
    expect(ironport.clauses.some((c) => c.text === '|')).toBe(false);
  });
});

describe('automatic practice detection', () => {
  it("finds CyberDefender's cookie clause although it has no cookie heading", () => {
    expect(cyberdefender.sections.some((s) => /cookie/i.test(s.text))).toBe(false);
    const cookieClauses = cyberdefender.clauses.filter((c) => c.detected.includes('cookies'));
    // Tags are the clauses a suggestion rests on (its strongest evidence), not every mention.
    expect(cookieClauses.length).toBeGreaterThanOrEqual(1);
    expect(cookieClauses.every((c) => /cookie/i.test(c.text))).toBe(true);
  });

  it('finds cookies in every text that speaks of them, and the no-sale clause of Mimecast', () => {
    for (const policy of everyText) {
      expect(
        policy.clauses.some((c) => c.detected.includes('cookies')),
        `${policy.slug} ${policy.archivedOn}`,
      ).toBe(policy.clauses.some((c) => /cookie/i.test(c.text)));
    }
    // Corero's 2014 policy is the one text that never mentions cookies.
    expect(everyText.filter((p) => !p.clauses.some((c) => c.detected.includes('cookies'))).map((p) => p.slug)).toEqual([
      'corero',
    ]);
    const noSale = mimecast.clauses.find((c) => c.text.startsWith('We do not sell'))!;
    expect(noSale.detected).toContain('sells-data');
  });

  it('puts the #cookies anchor on a clause or heading about cookies, in every text that has one', () => {
    for (const policy of everyText.filter((p) => p.clauses.some((c) => /cookie/i.test(c.text)))) {
      const anchor = policy.practices['cookies']!.anchor;
      expect(anchor, policy.slug).toBe('cookies');
      const targets = [...walkClauses(policy.blocks)].filter((c) => c.anchors.includes('cookies'));
      const headings = policy.blocks.filter((b) => b.type === 'heading' && b.anchors.includes('cookies'));
      expect(targets.length + headings.length, policy.slug).toBe(1);
    }
  });
});
