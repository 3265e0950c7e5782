/**
 * The one error type content problems are reported with. Its message names the
 * file and says what to fix; the build prints it and stops.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  /** The content file, relative to the project root. */
  readonly file: string;
  /** What is wrong and how to fix it, in a sentence or two. */
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
  }
}
