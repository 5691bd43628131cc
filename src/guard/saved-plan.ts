import { spawnSync } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import type { Report } from '../model.js';
import type { Policy } from '../policy/types.js';

// A saved plan is scored the way the PR gate scores it: `terraform show -json PLAN` (the binary on PATH, in the
// configuration's directory), read by the Terraform reader, analysed as AI-authored.

export type SavedPlanResult = { ok: true; report: Report } | { ok: false; problem: string };

export interface SavedPlanRequest {
  binary: string;
  dir: string;
  planFile: string;
  env: NodeJS.ProcessEnv;
  workspace?: string;
  timeoutMs: number;
  policy: Policy;
}

export async function scoreSavedPlan(request: SavedPlanRequest): Promise<SavedPlanResult> {
  const binary = request.binary === 'terragrunt' ? 'terraform' : request.binary;
  const shown = spawnSync(binary, ['show', '-json', '-no-color', request.planFile], {
    cwd: request.dir,
    env: { ...request.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' },
    encoding: 'utf8',
    timeout: request.timeoutMs,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (shown.error) {
    const code = (shown.error as NodeJS.ErrnoException).code;
    if (code === 'ETIMEDOUT') return { ok: false, problem: `\`${binary} show -json ${request.planFile}\` took longer than ${Math.round(request.timeoutMs / 1000)} s` };
    if (code === 'ENOENT') return { ok: false, problem: `\`${binary}\` is not on PATH, so the saved plan cannot be read` };
    return { ok: false, problem: `\`${binary} show -json\` could not run (${code ?? shown.error.message})` };
  }
  if (shown.status !== 0) {
    const why = (shown.stderr || shown.stdout).trim().split('\n').find((l) => l.trim()) ?? `exit ${String(shown.status)}`;
    return { ok: false, problem: `\`${binary} show -json ${request.planFile}\` failed: ${why.trim()}` };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(shown.stdout);
  } catch {
    return { ok: false, problem: `\`${binary} show -json ${request.planFile}\` did not print JSON` };
  }
  const [{ looksLikeTerraformPlan, readTerraformPlan }, { analyzePlans }] = await Promise.all([
    import('../sources/terraform/plan.js'),
    import('../pipeline.js'),
  ]);
  if (!looksLikeTerraformPlan(doc)) return { ok: false, problem: `${request.planFile} is not a saved Terraform plan` };
  const path = isAbsolute(request.planFile) ? request.planFile : join(request.dir, request.planFile);
  const input = readTerraformPlan(doc, { path, format: 'terraform-plan' });
  const report = analyzePlans([input], {
    policy: request.policy,
    aiAuthored: true,
    aiAuthoredBecause: 'an agent runs this apply (blastgate guard)',
    ...(request.workspace ? { workspace: request.workspace } : {}),
  });
  return { ok: true, report };
}
