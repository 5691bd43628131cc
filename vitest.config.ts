import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { BLASTGATE_VERSION: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**'],
    testTimeout: 60_000,
    // Builds the bundle from the current sources into a temp dir: tests get its path with inject('bundleDir').
    globalSetup: ['test/bundle-setup.ts'],
  },
});
