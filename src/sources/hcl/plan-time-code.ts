import type { InputFinding } from '../../model.js';
import type { TerraformConfig } from './config.js';
import { counterparts } from './moves.js';

// Code the PR makes Terraform run: data "external" runs a program while Terraform plans (in CI, before
// anyone reviews), local-exec at apply on the runner, remote-exec on a host over the runner's connection.
// Each can do anything the runner's credentials allow, whatever the resource it hangs off.

const RUNS_WHERE: Record<string, string> = {
  'local-exec': 'on the runner at apply time, with its credentials',
  'remote-exec': "on the target host at apply time, over the runner's connection credentials",
};

function brief(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

export function planTimeCode(base: TerraformConfig, head: TerraformConfig): InputFinding[] {
  const findings: InputFinding[] = [];
  const before = counterparts(base, head);
  let externalData = false;

  for (const now of head.resources.values()) {
    const was = before.get(now.configAddress);
    if (now.mode === 'data' && now.type === 'external') {
      const program = now.attributes.get('program')?.value.text ?? '';
      const old = was?.attributes.get('program')?.value.text;
      if (old !== undefined && old.replace(/\s+/g, '') === program.replace(/\s+/g, '')) continue;
      externalData = true;
      findings.push({
        code: 'plan-time-code',
        stake: { kind: 'code' },
        address: now.configAddress,
        location: now.location,
        message: `${now.configAddress} ${was ? 'now runs' : 'is new and runs'} a program while Terraform plans (in CI, before any review), with the runner's credentials: program = ${brief(program)}`,
      });
    }
    const known = new Set(was?.provisioners.map((p) => p.text) ?? []);
    for (const provisioner of now.provisioners) {
      const where = RUNS_WHERE[provisioner.type];
      if (!where || known.has(provisioner.text)) continue;
      findings.push({
        code: 'plan-time-code',
        stake: { kind: 'code' },
        address: now.configAddress,
        location: provisioner.location,
        message: `${now.configAddress}: a ${was?.provisioners.some((p) => p.type === provisioner.type) ? 'changed' : 'new'} ${provisioner.type} provisioner runs ${brief(provisioner.runs) || 'a command'} ${where}`,
      });
    }
  }

  // The external provider required without a data source we can see: it is used inside a module we cannot read.
  if (!externalData) {
    const requires = (config: TerraformConfig) =>
      [...config.modules.values()].flatMap((node) =>
        [...node.config.requiredProviders.entries()]
          .filter(([, p]) => /(^|\/)external$/.test(p.source))
          .map(([name, p]) => ({ name, location: p.location })),
      );
    if (requires(base).length === 0) {
      for (const required of requires(head)) {
        findings.push({
          code: 'plan-time-code',
          stake: { kind: 'code' },
          address: `provider.${required.name}`,
          location: required.location,
          message: `the external provider is now required: its data source runs arbitrary programs while Terraform plans, with the runner's credentials`,
        });
      }
    }
  }
  return findings;
}
