/**
 * What every copy control needs before it is used: whether this browser can copy, and the
 * page's one polite status region that announces copies (made when the first control is).
 */

/**
 * Whether this browser can copy: the page's first script (ThemeScript.astro) marks `<html>` with
 * `data-can-copy`, so the controls and the CSS drawn for them agree.
 */
export const canCopy = (): boolean => document.documentElement.hasAttribute('data-can-copy');

/** The page's one polite status region that announces copies. */
export function statusRegion(): HTMLElement {
  let region = document.getElementById('copy-link-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'copy-link-status';
    region.setAttribute('role', 'status');
    region.className = 'sr-only';
    document.body.append(region);
  }
  return region;
}
