import { describe, expect, it } from 'vitest';
import { anchorExample, type AnchorPolicy } from '../../src/lib/site/anchorExample.ts';

const taxonomy = [
  { id: 'personal-info', label: 'Personal information' },
  { id: 'cookies', label: 'Cookies' },
];
const policy = (slug: string, reviewed: boolean, anchors: Record<string, string | null>): AnchorPolicy => ({
  slug,
  name: slug.toUpperCase(),
  reviewed,
  practices: Object.fromEntries(Object.entries(anchors).map(([id, anchor]) => [id, { anchor }])),
});

describe("About's example anchor", () => {
  it('is a reviewed policy’s cookies clause when there is one, whichever company it is', () => {
    expect(
      anchorExample(
        [
          policy('acme', true, { 'personal-info': 'personal-info', cookies: null }),
          policy('zeta', true, { 'personal-info': null, cookies: 'cookies' }),
        ],
        taxonomy,
      ),
    ).toEqual({ slug: 'zeta', name: 'ZETA', practiceId: 'cookies', practiceLabel: 'Cookies' });
  });

  it('says nothing of cookies when no policy anchors them', () => {
    expect(
      anchorExample([policy('acme', true, { 'personal-info': 'personal-info', cookies: null })], taxonomy),
    ).toEqual({ slug: 'acme', name: 'ACME', practiceId: 'personal-info', practiceLabel: 'Personal information' });
  });

  it('falls back to a suggestion of an unreviewed policy, then to none', () => {
    expect(anchorExample([policy('raw', false, { cookies: 'cookies' })], taxonomy)?.slug).toBe('raw');
    expect(anchorExample([policy('raw', false, { cookies: null, 'personal-info': null })], taxonomy)).toBeNull();
  });
});
