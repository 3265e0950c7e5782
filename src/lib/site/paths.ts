/**
 * Site-relative links that honour Astro's `base`, so the site works at a domain root
 * or under a sub-path. Every internal link goes through `href()`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/companies/mimecast/#cookies` → `<base>companies/mimecast/#cookies`. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** The company page of a policy. */
export const companyPath = (slug: string, fragment?: string): string =>
  href(`/companies/${slug}/${fragment ? `#${fragment}` : ''}`);

/** The page of a practice. */
export const practicePath = (id: string): string => href(`/practices/${id}/`);
