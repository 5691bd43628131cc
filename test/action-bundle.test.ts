import { bundleSmoke } from './action/scenarios.js';

// The committed bundle, spawned as the runner spawns it, once per runtime (every scenario: npm run test:e2e).
bundleSmoke();
