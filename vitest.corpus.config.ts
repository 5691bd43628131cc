import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The corpus tests read ../shared/corpus (real plans from public projects); CI runs them when it exists.
export default defineConfig({ ...base, test: { ...base.test, include: ['test/corpus/**/*.test.ts'], exclude: [] } });
