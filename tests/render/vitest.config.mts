import { defineConfig } from 'vitest/config';

// The rendering test alone (npm run test:render): LibreOffice and poppler, installed by scripts/install-render.sh.
export default defineConfig({
  test: {
    include: ['tests/render/**/*.render.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
