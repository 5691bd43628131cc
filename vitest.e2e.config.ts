import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The spawned end-to-end tier (`npm run test:e2e`): the committed bundle run as GitHub's runner runs it, every
// scenario. Slow by nature (one process per run, GitHub's pacing of writes); .ci/run runs it after the default tier.
export default defineConfig({ ...base, test: { ...base.test, include: ['test/e2e/**/*.test.ts'], exclude: ['**/node_modules/**'] } });
