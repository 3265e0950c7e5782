import { defineConfig } from 'vitest/config';

/** Unit tests of the pure modules under src/lib: no Astro, no browser. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
