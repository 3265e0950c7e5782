/** Reading `astro build`'s error output for the safe build (pure; unit-tested). */

// eslint-disable-next-line no-control-regex -- an ANSI escape sequence starts with ESC
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const CONTENT_ERROR = 'Policy Atlas content error in ';

/**
 * The message to show for a failed build, without stack frames or colour codes:
 * the loader's content error (`Policy Atlas content error in <file>: <problem>`) when
 * there is one, else Astro's own error text with its stack trace dropped.
 */
export function buildErrorMessage(stderr: string): string {
  const lines = stderr.replace(ANSI, '').replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.includes(CONTENT_ERROR));
  if (start !== -1) {
    const first = lines[start]!.slice(lines[start]!.indexOf(CONTENT_ERROR));
    const rest: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim() === '' || /^\s*(Stack trace:|at\s)/.test(line)) break;
      rest.push(line);
    }
    return [first, ...rest].join('\n').trim();
  }
  const kept = lines.filter((l) => !/^\s+at\s/.test(l) && !/^\s*Stack trace:\s*$/.test(l));
  const text = kept.join('\n').trim();
  return text === '' ? 'astro build failed without an error message.' : text;
}
