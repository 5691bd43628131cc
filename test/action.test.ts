import { actionScenarios } from './action/scenarios.js';

// Every Action scenario in this process against the local GitHub server: the default tier.
actionScenarios('in-process');
