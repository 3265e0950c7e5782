import type { APIRoute } from 'astro';
import { href } from '../lib/site/paths.ts';

/** robots.txt: everything may be crawled; the sitemap's absolute URL honours SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? new URL(href('/sitemap-index.xml'), site).href : href('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
