import path from 'node:path';
import { ContentError } from './errors.ts';

/**
 * How a folder is shown in messages: relative to the project root when inside it, else absolute.
 * `dir` may be absolute or relative to `root`; an empty `dir` (`POLICIES_DIR=`) is refused, never
 * read as the project root.
 */
export function shownPath(root: string, dir: string): { absolute: string; shown: string } {
  if (dir.trim() === '')
    throw new ContentError(
      'POLICIES_DIR',
      'is set but empty; name the folder of policies, or unset it for content/policies.',
    );
  const absolute = path.resolve(root, dir);
  const relative = path.relative(root, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return { absolute, shown: inside ? relative.split(path.sep).join('/') : absolute };
}
