import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hookAnswer, readHookCall } from '../src/guard/agents.js';
import { decide } from '../src/guard/decide.js';
import { parseShell } from '../src/guard/shell.js';
import { makeRepo, write } from './guard-helpers.js';

// The generic hook contract, table-driven: {"command", "cwd"} in, {"decision", "reason", "operations"} out,
// exit 0 for allow and ask, 2 for deny. Each row is a command an agent could run; disguised forms included.

let repo: string;
const cleanEnv: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };

beforeAll(() => {
  repo = makeRepo();
});

interface GenericAnswer {
  decision: 'allow' | 'ask' | 'deny';
  reason: string;
  operations: { class: string; decision: string; environment?: { name: string; production: boolean } }[];
  exit: number;
}

async function generic(command: string, opts: { cwd?: string; env?: NodeJS.ProcessEnv; config?: string } = {}): Promise<GenericAnswer> {
  const call = readHookCall('generic', JSON.stringify({ command, cwd: opts.cwd ?? repo }));
  const result = await decide({ command: call.command ?? '', cwd: call.cwd, env: { ...cleanEnv, ...opts.env }, shell: call.shell, ...(opts.config ? { config: opts.config } : {}) });
  const answer = hookAnswer('generic', result);
  return { ...(JSON.parse(answer.stdout) as Omit<GenericAnswer, 'exit'>), exit: answer.exitCode };
}

const DENY: [string, string][] = [
  ['terraform destroy', 'nothing names the environment: production'],
  ['cd infra/prod && terraform destroy -auto-approve', 'cd into a production folder'],
  ['terraform -chdir=infra/prod destroy', '-chdir'],
  ['(cd infra/prod; terraform destroy)', 'a subshell'],
  ['cd infra/dev && terraform apply -auto-approve', 'apply without a saved plan, even in dev'],
  ['terraform apply', 'apply without a saved plan'],
  ['tofu apply -replace=aws_db_instance.orders', 'tofu -replace'],
  ['terraform apply -destroy -target=module.db', 'apply -destroy -target'],
  ['TF_CLI_ARGS_apply=-destroy terraform -chdir=infra/prod apply', 'TF_CLI_ARGS_apply'],
  ['terragrunt run-all destroy', 'terragrunt run-all'],
  ['terragrunt run --all -- apply', 'terragrunt run --all'],
  ['terraform state rm aws_db_instance.orders', 'state rm'],
  ['cd infra/dev && terraform workspace select prod && terraform destroy', 'workspace select then destroy'],
  ["bash -c 'terraform destroy -auto-approve'", 'bash -c'],
  ['sh -c "cd infra/prod; terraform destroy"', 'sh -c with cd'],
  ['env TF_LOG=debug terraform destroy', 'env'],
  ['time terraform destroy', 'time'],
  ['sudo -u deploy terraform destroy', 'sudo'],
  ['x=destroy; terraform $x', 'a variable set earlier'],
  ['CMD="terraform destroy"; bash -c "$CMD"', 'bash -c of a variable set earlier'],
  ["eval 'terraform destroy'", 'eval'],
  ["echo 'terraform destroy -auto-approve' | bash", 'a script piped into bash'],
  ["cat <<'EOF' | sh\nterraform destroy -auto-approve\nEOF", 'a here-document piped into sh'],
  ["bash <<'EOF'\ncd infra/prod\nterraform destroy\nEOF", 'a here-document script'],
  ['terraform destroy & sleep 1', 'in the background'],
  ["ssh bastion 'terraform destroy -auto-approve'", 'over ssh'],
  ['npx cdk deploy PaymentsProd --require-approval never', 'cdk deploy of a production stack'],
  ['cdk destroy --all --force', 'cdk destroy --all'],
  ['aws cloudformation delete-stack --stack-name payments-prod', 'delete-stack'],
  ['aws cloudformation execute-change-set --change-set-name cs1 --stack-name payments', 'execute-change-set, unnamed stack'],
  ['aws rds delete-db-instance --db-instance-identifier orders --skip-final-snapshot', 'rds delete, unnamed'],
  ['aws dynamodb delete-table --table-name orders-prod', 'dynamodb delete-table'],
  ['aws s3 rb s3://orders-prod --force', 's3 rb'],
  ['aws s3 rm s3://data-lake/raw --recursive', 's3 rm --recursive'],
  ['aws ec2 terminate-instances --instance-ids i-0abc', 'terminate-instances'],
  ['aws kms schedule-key-deletion --key-id alias/main --pending-window-in-days 7', 'kms schedule-key-deletion'],
  ['AWS_PROFILE=prod aws s3 rm s3://bucket/key', 'a production profile'],
  ['kubectl delete namespace payments', 'namespace'],
  ['kubectl -n prod delete pvc data-postgres-0', 'pvc in prod'],
  ['kubectl delete statefulset postgres -n prod', 'statefulset'],
  ['helm uninstall payments -n prod', 'helm uninstall'],
  ['gcloud sql instances delete orders-prod --quiet', 'gcloud delete'],
  ['az group delete --name rg-prod --yes', 'az delete'],
  ["psql -h db.prod.internal -c 'DROP TABLE users'", 'psql DROP'],
  ['psql "$DATABASE_URL" -c "TRUNCATE orders"', 'psql TRUNCATE'],
  ["mysql -e 'DROP DATABASE shop'", 'mysql DROP DATABASE'],
  ["mongosh mongodb://prod-db/app --eval 'db.dropDatabase()'", 'mongosh dropDatabase'],
  ["echo 'DROP TABLE users;' | psql", 'SQL piped into psql'],
  ["kubectl exec -it db-0 -- psql -c 'DROP TABLE orders'", 'psql inside kubectl exec'],
  ['redis-cli -h cache.prod FLUSHALL', 'redis FLUSHALL'],
  ['make destroy', 'a wrapper the reviewed policy lists'],
  ['make -C infra destroy ENV=prod', 'the same wrapper with options'],
  ['./scripts/recreate-env.sh prod', 'a listed script'],
  ['./scripts/nuke.sh', 'a script named for destruction'],
  ['pulumi destroy --stack prod --yes', 'pulumi destroy'],
  ['terraform plan -destroy -out=tfplan && terraform apply tfplan', 'the plan is written in the same command'],
  ['terraform apply "$PLAN"', 'a plan path only known at run time'],
  ['terraform apply missing.tfplan', 'a saved plan that cannot be read'],
  ["terraform destroy 'unclosed", 'not valid shell, names terraform'],
];

const ALLOW: [string, string][] = [
  ['terraform plan -out=tfplan', 'plan'],
  ['terraform init && terraform validate && terraform fmt -check', 'init, validate, fmt'],
  ['terraform show -json tfplan', 'show'],
  ['terraform plan -destroy -out=destroy.tfplan', 'planning a destroy is not a destroy'],
  ['terraform state list', 'state list'],
  ['terraform output -json', 'output'],
  ['cd infra/dev && terraform destroy -auto-approve', 'destroy in a dev folder'],
  ['TF_WORKSPACE=staging terraform destroy', 'a staging workspace'],
  ['terraform workspace select dev && terraform destroy', 'a dev workspace selected first'],
  ['cdk synth && cdk diff', 'synth and diff'],
  ['npx cdk deploy DevStack', 'a dev stack'],
  ['aws s3 ls s3://bucket', 's3 ls'],
  ['aws rds describe-db-instances', 'describe'],
  ['aws dynamodb delete-table --table-name orders-dev --profile dev', 'delete in dev'],
  ['aws ec2 delete-tags --resources i-0abc --tags Key=owner', 'deleting tags only'],
  ['aws cloudformation describe-stacks --stack-name payments-prod', 'describe a production stack'],
  ['kubectl delete pod web-7d9f -n prod', 'a pod its controller recreates'],
  ['kubectl get pods -A', 'get'],
  ['kubectl delete namespace preview-123', 'a preview namespace'],
  ['helm list -n prod', 'helm list'],
  ['gcloud compute instances list', 'gcloud list'],
  ['az group list', 'az list'],
  ['echo "terraform destroy"', 'a mention in echo'],
  ['git commit -m "terraform destroy runs in CI now"', 'a mention in a commit message'],
  ['grep -rn "terraform destroy" docs/', 'a mention in grep'],
  ["git commit -m \"$(cat <<'EOF'\ndocs: explain terraform destroy -auto-approve\nEOF\n)\"", 'a here-document commit message'],
  ["psql -c 'SELECT count(*) FROM users'", 'a read query'],
  ["mysql -e 'SHOW TABLES'", 'a read statement'],
  ['ls -la && npm test', 'plain commands'],
  ['make build', 'a make target the policy does not list'],
];

describe('blastgate guard, generic contract', () => {
  it('has at least 50 commands in the table, both ways', () => {
    expect(DENY.length + ALLOW.length).toBeGreaterThanOrEqual(50);
  });

  it.each(DENY)('denies %j (%s)', async (command) => {
    const answer = await generic(command);
    expect(answer.decision, answer.reason).toBe('deny');
    expect(answer.exit).toBe(2);
    expect(answer.reason.length).toBeGreaterThan(20);
  });

  it.each(ALLOW)('allows %j (%s)', async (command) => {
    const answer = await generic(command);
    expect(answer.decision, answer.reason).toBe('allow');
    expect(answer.exit).toBe(0);
  });

  it('names the environment and why for each operation', async () => {
    const answer = await generic('cd infra/prod && terraform destroy');
    expect(answer.operations).toHaveLength(1);
    expect(answer.operations[0]).toMatchObject({ class: 'destroy', decision: 'deny', environment: { name: 'prod', production: true } });
  });

  it('gives the agent the instruction it can follow for an apply without a plan', async () => {
    const answer = await generic('terraform apply -auto-approve');
    expect(answer.reason).toContain('terraform plan -out=tfplan');
    expect(answer.reason).toContain('terraform apply tfplan');
  });

  it("takes TF_WORKSPACE from the agent's own environment", async () => {
    expect((await generic('terraform destroy', { env: { TF_WORKSPACE: 'prod' } })).decision).toBe('deny');
    expect((await generic('terraform destroy', { env: { TF_WORKSPACE: 'dev' } })).decision).toBe('allow');
  });

  it('trusts the configuration\'s own names only as the default branch has them', async () => {
    // Reviewed: infra/app says staging.
    expect((await generic('terraform -chdir=infra/app destroy')).decision).toBe('allow');
    // The agent edits the configuration to call production "dev": not reviewed, so it does not count.
    write(repo, 'infra/edited/variables.tf', 'variable "environment" {\n  default = "dev"\n}\n');
    expect((await generic('terraform -chdir=infra/edited destroy')).decision).toBe('deny');
  });

  it('ignores a policy the agent writes into the working tree', async () => {
    write(repo, '.github/blastgate.yml', 'guard:\n  rules:\n    destroy: allow\n');
    try {
      const answer = await generic('terraform destroy');
      expect(answer.decision).toBe('deny');
    } finally {
      write(repo, '.github/blastgate.yml', (await import('./guard-helpers.js')).REVIEWED_POLICY);
    }
  });

  it('refuses a --config inside the working tree, and uses one outside it', async () => {
    write(repo, 'local-policy.yml', 'guard:\n  rules:\n    destroy: allow\n');
    // decide() refuses; the hook's edge turns that into a deny (guard-agents.test.ts).
    await expect(generic('terraform destroy', { config: join(repo, 'local-policy.yml') })).rejects.toThrow(/inside the working tree/);
    const outsideDir = mkdtempSync(join(tmpdir(), 'blastgate-policy-'));
    const outside = join(outsideDir, 'policy.yml');
    writeFileSync(outside, 'guard:\n  rules:\n    destroy: { production: ask }\n    cloud-delete: allow\n');
    expect((await generic('terraform destroy', { config: outside })).decision).toBe('ask');
    expect((await generic('aws s3 rb s3://orders-prod --force', { config: outside })).decision).toBe('allow');
  });

  it('denies on a policy that does not validate (fail closed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastgate-policy-'));
    writeFileSync(join(dir, 'bad.yml'), 'guard:\n  rules:\n    destroy: maybe\n');
    await expect(generic('terraform destroy', { config: join(dir, 'bad.yml') })).rejects.toThrow(/guard/);
  });

  it('asks where the policy says so, and turns ask into deny for agents that cannot ask', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastgate-policy-'));
    writeFileSync(join(dir, 'p.yml'), 'guard:\n  rules:\n    kubernetes-delete: ask\n');
    const result = await decide({ command: 'kubectl delete ns payments', cwd: repo, env: cleanEnv, config: join(dir, 'p.yml') });
    expect(result.decision).toBe('ask');
    const claude = JSON.parse(hookAnswer('claude', result).stdout) as { hookSpecificOutput: { permissionDecision: string } };
    expect(claude.hookSpecificOutput.permissionDecision).toBe('ask');
    const kiro = hookAnswer('kiro', result);
    expect(kiro.exitCode).toBe(2);
    expect(kiro.stderr).toContain('cannot ask a person');
  });

  it('reads PowerShell only for the tools it names', async () => {
    expect((await decide({ command: 'Get-ChildItem | Select-Object Name', cwd: repo, env: cleanEnv, shell: 'powershell' })).decision).toBe('allow');
    expect((await decide({ command: 'terraform destroy -auto-approve', cwd: repo, env: cleanEnv, shell: 'powershell' })).decision).toBe('deny');
  });
});

describe('the shell parser', () => {
  it('reads a newline as a separator and a here-document as data', () => {
    expect(parseShell('echo hi\nterraform destroy').items).toHaveLength(2);
    const script = parseShell("cat <<'EOF' > notes.md\nterraform destroy\nEOF\nls");
    expect(script.items).toHaveLength(2);
  });

  it('rejects what is not shell', () => {
    expect(() => parseShell('echo "unclosed')).toThrow(/not closed/);
    expect(() => parseShell('a | ')).toThrow();
  });
});
