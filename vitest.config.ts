import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` (npm run test:unit, the loop to run while working): the pure modules,
 * no Astro build, no browser, no child process. `integration` (npm run test:integration, part
 * of npm test): real builds and content checks run as commands, and the loader fuzz.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The pure modules share one module graph across files: parsed once, not per file.
          isolate: false,
          // A hang detector, not a speed test: the corpus-wide tests take seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // A real build takes 10–30 s on two busy cores.
          testTimeout: 300_000,
          // Concurrent tests (describe.concurrent) each wait on a child process: two at once
          // keep both cores busy without queueing processes behind each other.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
