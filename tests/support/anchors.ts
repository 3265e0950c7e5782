import { expect, type Locator, type Page } from '@playwright/test';

/** Whitespace and U+00A0 folded, as the site folds them when it compares text. */
export const fold = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The element an anchor `#id` points at. */
export const targetOf = (page: Page, id: string): Locator => page.locator(`[id="${id}"]`);

/**
 * Asserts that arriving at `#id` left its target where a reader sees it: matched by `:target`,
 * in the viewport, its top edge below the sticky site header, and highlighted with the mark colour.
 * Each look is one round trip to the page (they are many: a company page has 46 anchors).
 */
export async function expectLandedOn(page: Page, id: string): Promise<void> {
  await expect(targetOf(page, id)).toHaveCount(1);
  await expect
    .poll(
      () =>
        page.evaluate((targetId) => {
          const el = document.getElementById(targetId);
          const header = document.querySelector('body > header');
          if (!el || !header) return 'not on the page';
          if (!el.matches(':target')) return 'not the :target';
          const box = el.getBoundingClientRect();
          const headerBottom = header.getBoundingClientRect().bottom;
          if (box.width === 0 && box.height === 0) return 'not laid out';
          if (box.top < headerBottom - 1)
            return `top ${Math.round(box.top)} hidden under the header (bottom ${Math.round(headerBottom)})`;
          if (box.top > innerHeight - 40) return `top ${Math.round(box.top)} below the fold`;
          const probe = document.createElement('div');
          probe.style.backgroundColor = 'var(--color-mark)';
          document.body.append(probe);
          const mark = getComputedStyle(probe).backgroundColor;
          probe.remove();
          const own = getComputedStyle(el).backgroundColor;
          return own === mark ? 'landed' : `not highlighted (${own}, the mark is ${mark})`;
        }, id),
      { message: `#${id} is the :target, below the sticky header, in view and highlighted` },
    )
    .toBe('landed');
}
