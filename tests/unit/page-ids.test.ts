/**
 * The layout's namespace (src/lib/site/pageIds.ts): the ids a policy heading may not take.
 * That the pages write no other id is checked on built pages, in tests/integration/edge-builds.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isLayoutId, LAYOUT_IDS } from '../../src/lib/site/pageIds.ts';
import { taxonomy } from '../support/policies.ts';

describe('isLayoutId', () => {
  it("owns the layout's single ids and families", () => {
    expect(isLayoutId('main')).toBe(true);
    expect(isLayoutId('site-search')).toBe(true);
    expect(isLayoutId('site-search-option-3')).toBe(true);
    expect(isLayoutId('answer-cookies')).toBe(true);
  });

  it("leaves a policy's own headings and every practice id to the policy", () => {
    expect(isLayoutId('cookies-section')).toBe(false);
    expect(isLayoutId('section-main')).toBe(false);
    expect(taxonomy.map((p) => p.id).filter(isLayoutId)).toEqual([]);
  });

  it('reserves nothing twice', () => {
    expect(new Set(LAYOUT_IDS).size).toBe(LAYOUT_IDS.length);
  });
});
