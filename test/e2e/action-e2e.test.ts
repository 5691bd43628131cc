import { actionScenarios } from '../action/scenarios.js';

// Every Action scenario through the bundle (dist/index.js) spawned as the runner spawns it: `npm run test:e2e`.
actionScenarios('bundle');
