import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The LSP and CLI tests spawn dist/ bundles; `npm test` builds them first.
    testTimeout: 20_000,
  },
});
