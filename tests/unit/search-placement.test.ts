import { describe, expect, it } from 'vitest';
import { PAGE_SEARCH_MAX_CLAUSES, parsePlacement, searchPlacement } from '../../src/lib/search/placement.ts';
import { realPolicies } from '../support/policies.ts';

describe('where search runs', () => {
  it('runs the five real policies on the page', () => {
    const clauses = Object.values(realPolicies).reduce((sum, p) => sum + p.clauses.length, 0);
    expect(clauses).toBeGreaterThan(0);
    expect(searchPlacement(clauses)).toBe('page');
  });

  it('moves to a worker above the limit, not at it', () => {
    expect(searchPlacement(PAGE_SEARCH_MAX_CLAUSES)).toBe('page');
    expect(searchPlacement(PAGE_SEARCH_MAX_CLAUSES + 1)).toBe('worker');
    expect(searchPlacement(31_485)).toBe('worker'); // the 1,000-policy benchmark corpus
  });

  it('does as SEARCH_ON says, and names the variable when it says something else', () => {
    expect(searchPlacement(10, 'worker')).toBe('worker');
    expect(searchPlacement(1_000_000, 'page')).toBe('page');
    expect(searchPlacement(10, '')).toBe('page');
    expect(() => searchPlacement(10, 'gpu')).toThrow(/SEARCH_ON must be "page" or "worker".*not "gpu"/);
  });

  it('reads the attribute the pages carry; anything unknown means the worker', () => {
    expect(parsePlacement('page')).toBe('page');
    expect(parsePlacement('worker')).toBe('worker');
    expect(parsePlacement(undefined)).toBe('worker');
    expect(parsePlacement('PAGE')).toBe('worker');
  });
});
