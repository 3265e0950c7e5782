import type { z } from 'astro/zod';

/** Turns zod issues into lines a content editor understands: `review.practices.cookies.stance: …`. */
export function formatZodIssues(error: z.ZodError, _input?: unknown): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : 'the file';
      if (issue.code === 'unrecognized_keys') {
        return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the documented fields)`;
      }
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
