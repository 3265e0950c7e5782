import { expect, type Locator, type Page } from '@playwright/test';

/** Whitespace and U+00A0 folded, as the site folds them when it compares text. */
export const fold = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The element an anchor `#id` points at. */
export const targetOf = (page: Page, id: string): Locator => page.locator(`[id="${id}"]`);

/**
 * Asserts that arriving at `#id` left its target where a reader sees it: matched by `:target`,
 * in the viewport, its top edge below the sticky site header, and highlighted with the mark colour.
 */
export async function expectLandedOn(page: Page, id: string): Promise<void> {
  const target = targetOf(page, id);
  await expect(target).toHaveCount(1);
  expect(await target.evaluate((el) => el.matches(':target')), `#${id} is the :target`).toBe(true);
  await expect(target).toBeInViewport();
  await expect
    .poll(
      async () => {
        const header = await page.locator('header[role="banner"]').boundingBox();
        const box = await target.boundingBox();
        const viewport = page.viewportSize();
        if (!header || !box || !viewport) return 'not laid out';
        const headerBottom = header.y + header.height;
        if (box.y < headerBottom - 1)
          return `top ${Math.round(box.y)} hidden under the header (bottom ${Math.round(headerBottom)})`;
        if (box.y > viewport.height - 40) return `top ${Math.round(box.y)} below the fold`;
        return 'visible';
      },
      { message: `#${id} lands below the sticky header, in view` },
    )
    .toBe('visible');
  const colours = await target.evaluate((el) => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--color-mark)';
    document.body.append(probe);
    const mark = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return { mark, own: getComputedStyle(el).backgroundColor };
  });
  expect(colours.own, `#${id} is highlighted`).toBe(colours.mark);
}
