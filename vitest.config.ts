import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    // one Neo4j Community holds one user database: test files that reset it must take turns
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
