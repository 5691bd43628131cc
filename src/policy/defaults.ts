import { DEFAULT_PROVENANCE_SETTINGS } from '../provenance/settings.js';
import { GUARD_CLASSES, type GuardClass, type GuardPolicy, type GuardRule, type Policy } from './types.js';

/** Destructive operations are denied in production (and where nothing names the environment) and allowed elsewhere,
 * as the PR gate lets non-production destroys through; an apply without a saved plan is denied everywhere, since
 * nothing can score it; a saved plan the analysis lets through is allowed. */
const RULE_DEFAULTS: Partial<Record<GuardClass, GuardRule>> = {
  apply: { production: 'deny', nonProduction: 'deny' },
  // A saved plan reaches this rule only when its analysis leaves the gate open.
  'saved-plan': { production: 'allow', nonProduction: 'allow' },
};

export const DEFAULT_GUARD: GuardPolicy = {
  rules: Object.fromEntries(
    GUARD_CLASSES.map((c): [GuardClass, GuardRule] => [c, RULE_DEFAULTS[c] ?? { production: 'deny', nonProduction: 'allow' }]),
  ) as Record<GuardClass, GuardRule>,
  wrappers: [],
  planTimeoutSeconds: 40,
};

/** Where teams keep the policy; the CLI reads it when no --config is given and it exists. */
export const DEFAULT_POLICY_PATH = '.github/blastgate.yml';

export const DEFAULT_POLICY: Policy = {
  gate: 'ai-authored',
  thresholds: { warn: 'medium', review: 'high', manyDependents: 5 },
  approvals: 1,
  reviewers: [],
  teams: [],
  // One approval for high, two for critical; a delay only where a policy asks for one.
  requirements: { critical: { approvals: 2 } },
  label: 'blastgate: second review',
  environments: { unknown: 'production', production: [], nonProduction: [], rules: [] },
  overrides: [],
  circuitBreakers: [
    {
      name: 'key-deletion',
      types: [
        'aws_kms_key',
        'aws_kms_replica_key',
        'aws_kms_external_key',
        'google_kms_crypto_key',
        'azurerm_key_vault_key',
        'azurerm_key_vault',
        'azurerm_key_vault_managed_hardware_security_module',
        'AWS::KMS::Key',
        'AWS::KMS::ReplicaKey',
      ],
      reason: 'destroying an encryption key makes every piece of data encrypted with it unreadable',
    },
    {
      name: 'environment-destroy',
      minDestroyed: 5,
      destroyedFraction: 0.5,
      reason: 'the plan destroys most of an environment',
    },
  ],
  provenance: DEFAULT_PROVENANCE_SETTINGS,
  guard: DEFAULT_GUARD,
  origin: 'defaults',
};
