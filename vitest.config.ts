import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The default tier (`npm test`): everything but the corpus suite and the spawned end-to-end suites (test/e2e,
// `npm run test:e2e`), which .ci/run runs too.
export default defineConfig({
  define: { BLASTGATE_VERSION: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/e2e/**', '**/node_modules/**'],
    testTimeout: 60_000,
    // Builds the bundle from the current sources into a temp dir: tests get its path with inject('bundleDir').
    globalSetup: ['test/bundle-setup.ts'],
  },
});
