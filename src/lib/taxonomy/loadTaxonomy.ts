import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ContentError } from '../base/errors.ts';
import { shownPath } from '../base/shownPath.ts';
import { formatZodIssues } from '../base/zodMessage.ts';
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

/** Reads the taxonomy file. @throws ContentError when it is missing or invalid. */
export function readTaxonomy(root: string, taxonomy: string): Practice[] {
  const { absolute, shown } = shownPath(root, taxonomy);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new ContentError(shown, 'the practice taxonomy cannot be read; restore the file.');
  }
  return parseTaxonomy(text, shown);
}
