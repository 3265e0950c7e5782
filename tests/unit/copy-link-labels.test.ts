import { describe, expect, it } from 'vitest';
import { asCopyLabel, linkSubject } from '../../src/components/policy/copyLinkLabels.ts';

describe('copy-link labels', () => {
  it('name a link as a copy control, and give back what either name links to', () => {
    const link = 'Link to the clause “We do not sell…”';
    const copy = asCopyLabel(link);
    expect(copy).toBe('Copy link to the clause “We do not sell…”');
    expect(linkSubject(link)).toBe('the clause “We do not sell…”');
    expect(linkSubject(copy)).toBe('the clause “We do not sell…”');
    expect(linkSubject('the section “Cookies”')).toBe('the section “Cookies”');
  });
});
