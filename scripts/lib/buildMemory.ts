/**
 * The Node options of the process that runs `astro build` (the safe build, the benchmark): how
 * much memory its JavaScript heap may take. Without a limit V8 sizes the heap for the machine
 * (4 GB and more) and collects garbage late, so a build of thousands of policies held gigabytes
 * of dead objects (6.0 GB at 5,000 policies); with one, it collects before growing past it. The
 * live data of a build is far smaller (its content store, the matrix, the search index).
 * BUILD_HEAP_MB sets another limit, for a corpus far larger than the benchmark's 5,000.
 */

/** The heap limit, in MB, when BUILD_HEAP_MB does not set one. */
const DEFAULT_HEAP_MB = 2560;

/** The Node arguments that set the build's heap limit. */
export function buildNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const asked = Number(env['BUILD_HEAP_MB']);
  const mb = Number.isInteger(asked) && asked > 0 ? asked : DEFAULT_HEAP_MB;
  return [`--max-old-space-size=${mb}`];
}
