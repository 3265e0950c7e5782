/**
 * What every copy control needs before it is used: whether this browser can copy, and the
 * page's one polite status region that announces copies (made when the first control is).
 */

/** Whether this browser can copy (the Clipboard API needs a secure context). */
export const canCopy = (): boolean => Boolean(navigator.clipboard);

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
