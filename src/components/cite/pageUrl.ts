/**
 * This page's published address, for the absolute links the copy controls write: its canonical
 * URL, which carries SITE_URL and the base path. Used when a control is used, not before.
 */

/** This page's published address (its canonical URL: SITE_URL, base path, route); else the address it was loaded from. */
export function pageUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
}
