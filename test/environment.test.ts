import { describe, expect, it } from 'vitest';
import { classifyName, detectEnvironment } from '../src/analysis/environment.js';
import type { Change, EnvironmentSignal, PlanInput } from '../src/model.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import type { EnvironmentPolicy } from '../src/policy/types.js';

const policy = DEFAULT_POLICY.environments;

function plan(path: string, signals: EnvironmentSignal[] = [], tags?: Record<string, string>): PlanInput {
  const source = { path, format: 'terraform-plan' as const };
  const changes: Change[] = tags
    ? [
        {
          address: 'aws_s3_bucket.b',
          configAddress: 'aws_s3_bucket.b',
          type: 'aws_s3_bucket',
          provider: 'registry.terraform.io/hashicorp/aws',
          mode: 'managed',
          module: '',
          name: 'b',
          source,
          action: 'update',
          causes: [],
          replacePaths: [],
          before: { tags },
          after: { tags },
        },
      ]
    : [];
  return { source, changes, drift: [], references: new Map(), signals };
}

describe('environment names (DESIGN.md section 5)', () => {
  it.each(['prod', 'production', 'PRD', 'live', 'payments-prod-eu', 'prod2'])('%s is production', (name) => {
    expect(classifyName(name, policy)).toBe('production');
  });
  it.each(['dev', 'development', 'test', 'qa', 'staging', 'stage', 'sandbox', 'preview', 'ephemeral', 'dev-eu-1', 'qa3'])(
    '%s is not production',
    (name) => {
      expect(classifyName(name, policy)).toBe('non-production');
    },
  );
  it('any other name is unnamed, and counts as production by default', () => {
    expect(classifyName('blue', policy)).toBe('unnamed');
    const env = detectEnvironment(plan('plan.json'), { explicit: 'blue', policy });
    expect(env).toMatchObject({ name: 'blue', production: true });
    expect(env.because).toContain('not a known environment name');
  });
  it('the policy adds names and changes the default for unknown ones', () => {
    const custom: EnvironmentPolicy = { ...policy, nonProduction: ['perf'], unknown: 'non-production' };
    expect(classifyName('perf', custom)).toBe('non-production');
    expect(detectEnvironment(plan('plan.json'), { policy: custom })).toMatchObject({ name: 'unknown', production: false });
  });
});

describe('detectEnvironment precedence', () => {
  const variable = (value: string): EnvironmentSignal => ({ kind: 'variable', key: 'environment', value });

  it('nothing known = production (fail safe)', () => {
    const env = detectEnvironment(plan('plan.json'), { policy });
    expect(env).toMatchObject({ name: 'unknown', production: true });
    expect(env.because).toContain('fail safe');
  });

  it('explicit beats everything', () => {
    const env = detectEnvironment(plan('envs/prod/plan.json', [variable('prod')]), { explicit: 'dev', policy });
    expect(env).toMatchObject({ name: 'dev', production: false });
  });

  it('policy rules beat signals in the plan', () => {
    const rules: EnvironmentPolicy = { ...policy, rules: [{ path: 'envs/sbx-*/**', name: 'sandbox' }] };
    const env = detectEnvironment(plan('envs/sbx-42/plan.json', [variable('prod')]), { policy: rules });
    expect(env).toMatchObject({ name: 'sandbox', production: false });
    expect(env.because).toContain('policy rule');
  });

  it('a rule can say production outright, and match a variable', () => {
    const rules: EnvironmentPolicy = {
      ...policy,
      rules: [{ variable: { name: 'account', value: '1111*' }, name: 'shared-services', production: true }],
    };
    const input = plan('plan.json', [{ kind: 'variable', key: 'account', value: '111122223333' }, variable('dev')]);
    expect(detectEnvironment(input, { policy: rules })).toMatchObject({ name: 'shared-services', production: true });
  });

  it('any production evidence wins, whatever its kind: variable, tag, workspace or path', () => {
    expect(detectEnvironment(plan('prod/plan.json', [variable('staging')], { Environment: 'dev' }), { policy })).toMatchObject({
      name: 'prod',
      production: true,
    });
    expect(detectEnvironment(plan('plan.json', [variable('staging')], { Environment: 'prod' }), { policy })).toMatchObject({ name: 'prod' });
    expect(detectEnvironment(plan('dev/plan.json', [variable('dev')]), { workspace: 'prod', policy })).toMatchObject({ name: 'prod', production: true });
    expect(detectEnvironment(plan('infra/envs/staging/plan.json'), { policy })).toMatchObject({ name: 'staging', production: false });
  });

  it('without production evidence, the non-production evidence names it', () => {
    const env = detectEnvironment(plan('plan.json', [variable('staging')], { Environment: 'dev' }), { workspace: 'qa', policy });
    expect(env.production).toBe(false);
  });

  it('a variable nothing references is no evidence', () => {
    const env = detectEnvironment(plan('plan.json', [{ ...variable('staging'), unreferenced: true }]), { policy });
    expect(env).toMatchObject({ name: 'unknown', production: true });
    expect(env.because).toContain('nothing references it');
  });

  it('variables not named like an environment are not signals', () => {
    const env = detectEnvironment(plan('plan.json', [{ kind: 'variable', key: 'bucket_name', value: 'dev-assets' }]), { policy });
    expect(env.name).toBe('unknown');
  });

  it('one production tag among non-production ones makes the plan production', () => {
    const input = plan('plan.json', [], { Environment: 'dev' });
    const second = { ...input.changes[0]!, address: 'aws_s3_bucket.c', before: { tags: { env: 'production' } }, after: { tags: { env: 'production' } } };
    input.changes.push(second);
    expect(detectEnvironment(input, { policy })).toMatchObject({ name: 'production', production: true });
  });

  it('the default workspace says nothing', () => {
    expect(detectEnvironment(plan('plan.json'), { workspace: 'default', policy }).name).toBe('unknown');
  });
});
