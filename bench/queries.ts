/**
 * The fixed queries of the latency benchmark: what readers ask of privacy policies, with typos,
 * phrases, prefixes and single words, from the product brief's examples.
 */
export const QUERIES = [
  'cookies',
  'cokies',
  'sell my data',
  'unsubscribe',
  'opt out',
  'third parties',
  'children',
  'ip address',
  'security',
  'email',
  'do not track',
  'retention',
  'delete my information',
  'credit card',
  'law enforcement',
  'aggregate',
  'transfer abroad',
  'changes to this policy',
  'marketing',
  'contact us',
] as const;

/** Cold queries: each the first query of a fresh page. */
export const COLD_QUERIES = ['cookies', 'sell my data', 'unsubscribe', 'cokies', 'children'] as const;

/** Every prefix of every query, as typed one key at a time (the whole query last). */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}
