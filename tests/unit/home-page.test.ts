import { describe, expect, it } from 'vitest';
import { comparedCompanies, HOME_QUESTIONS, recentCompanies } from '../../src/lib/views/homePage.ts';
import { taxonomy } from '../support/policies.ts';

const company = (slug: string, reviewed: boolean, archivedOn: string) => ({ slug, reviewed, archivedOn });

describe('the home page', () => {
  it('asks questions the taxonomy answers, each once', () => {
    const ids = new Set(taxonomy.map((p) => p.id));
    for (const q of HOME_QUESTIONS) expect(ids.has(q.practice), q.practice).toBe(true);
    expect(new Set(HOME_QUESTIONS.map((q) => q.practice)).size).toBe(HOME_QUESTIONS.length);
  });

  it('compares the reviewed companies, at most six, the most recently archived, in the given order', () => {
    const all = [
      company('a', true, '2006-01-01'),
      company('b', false, '2019-01-01'),
      ...Array.from({ length: 8 }, (_, i) => company(`r${i}`, true, `201${i}-01-01`)),
    ];
    expect(comparedCompanies(all).map((c) => c.slug)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(comparedCompanies(all.slice(0, 2)).map((c) => c.slug)).toEqual(['a']);
  });

  it('compares the first few when none is reviewed', () => {
    const all = Array.from({ length: 1000 }, (_, i) => company(`s${i}`, false, '2010-01-01'));
    expect(comparedCompanies(all)).toHaveLength(6);
  });

  it('lists the most recently archived of the others, bounded', () => {
    const all = Array.from({ length: 500 }, (_, i) =>
      company(`s${String(i).padStart(3, '0')}`, false, `${2000 + (i % 20)}-01-01`),
    );
    const recent = recentCompanies(all, new Set(['s019']));
    expect(recent).toHaveLength(8);
    expect(recent.every((c) => c.archivedOn === '2019-01-01')).toBe(true);
    expect(recent.map((c) => c.slug)).not.toContain('s019');
  });
});
