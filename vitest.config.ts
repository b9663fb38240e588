import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node gives Apollo and graphql-armor graphql's CommonJS entry; Vite would give our sources its
  // ESM one, and two graphql realms refuse each other's schema and error objects
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    // one Neo4j Community holds one user database: test files that reset it must take turns
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
