import { parse } from 'yaml';
import { ContentError } from '../policy/errors.ts';
import { formatZodIssues } from '../policy/zodMessage.ts';
import { isLayoutId } from '../site/pageIds.ts';
import { taxonomySchema, type Practice } from './schema.ts';

/**
 * Parses and validates `content/practices.yaml`.
 * @throws ContentError naming the file and each problem.
 */
export function parseTaxonomy(yamlText: string, file = 'content/practices.yaml'): Practice[] {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    throw new ContentError(file, `is not valid YAML: ${(error as Error).message}`);
  }
  const result = taxonomySchema.safeParse(raw);
  if (!result.success) throw new ContentError(file, formatZodIssues(result.error, raw));
  const seen = new Set<string>();
  for (const practice of result.data) {
    if (seen.has(practice.id)) throw new ContentError(file, `the practice id "${practice.id}" appears twice.`);
    if (isLayoutId(practice.id))
      throw new ContentError(
        file,
        `the practice id "${practice.id}" is an id the page layout uses (src/lib/site/pageIds.ts); choose another.`,
      );
    seen.add(practice.id);
  }
  return result.data;
}
