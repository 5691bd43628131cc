import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/analysis/graph.js';
import { lookup } from '../../src/catalog/index.js';
import type { AssessedChange, Report } from '../../src/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { headline, inFormat, vocabulary } from '../../src/report/words.js';
import { readPlanFile } from '../../src/sources/load.js';
import { analyzeFiles, corpusDir, corpusPlan, hasCorpus, jsonReport } from '../helpers.js';

// Real plans from public projects (../shared/corpus/terraform, described in its SOURCES.md).
const files = hasCorpus ? readdirSync(join(corpusDir, 'terraform')).filter((f) => f.endsWith('.json')).sort() : [];

function change(report: Report, address: string): AssessedChange {
  const found = report.changes.find((a) => a.change.address === address);
  if (!found) throw new Error(`${address} not in report (have ${report.changes.map((a) => a.change.address).join(', ')})`);
  return found;
}

describe.skipIf(!hasCorpus)('every corpus plan', () => {
  it('there are plans of every format_version from 0.1 to 1.2', () => {
    const versions = new Set(files.map((f) => (JSON.parse(readFileSync(corpusPlan(f), 'utf8')) as { format_version?: string }).format_version));
    for (const v of ['0.1', '0.2', '1.0', '1.1', '1.2']) expect(versions).toContain(v);
  });

  it.each(files)('%s is read, analysed and rendered, and its report matches the schema', (file) => {
    const report = analyzeFiles([corpusPlan(file)]);
    const json = jsonReport(report);
    expect(json['changes']).toHaveLength(report.changes.length);
    expect(renderText(report)).toContain(inFormat(headline(report), vocabulary(report)));
    expect(renderMarkdown(report)).toContain('Blastgate');
  });

  it('every managed type that appears resolves to a catalog entry', () => {
    const missing = new Set<string>();
    for (const file of files) {
      const input = readPlanFile(corpusPlan(file));
      for (const c of [...input.changes, ...input.drift]) {
        if (c.mode === 'managed' && lookup(c.type).matched !== 'exact') missing.add(c.type);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)('what SOURCES.md says each plan shows', () => {
  it('replace_paths into lists, sets, maps and objects become dotted paths with their cause', () => {
    const cases: [string, string, string[]][] = [
      ['tf-eq-replace-within-list.json', 'tfcoremock_list.list', ['list[1].id']],
      ['tf-eq-replace-within-set.json', 'tfcoremock_set.set', ['set']],
      ['tf-eq-replace-within-map.json', 'tfcoremock_map.map', ['map.key_two.id']],
      ['tf-eq-simple-object-replace.json', 'tfcoremock_object.object', ['id']],
      ['tofu-eq-replace-within-object.json', 'tfcoremock_object.object', ['object.id']],
    ];
    for (const [file, address, paths] of cases) {
      const c = change(analyzeFiles([corpusPlan(file)]), address);
      expect(c.change.action).toBe('replace');
      expect(c.change.replaceOrder).toBe('destroy-before-create');
      expect(c.change.replacePaths).toEqual(paths);
      expect(c.change.causes).toContain('attributes');
    }
  });

  it('a local_file replaced for its content is a helper: reported, never gated', () => {
    const report = analyzeFiles([corpusPlan('tf-eq-local-file-replace.json')]);
    const c = change(report, 'local_file.local_file');
    expect(c.change).toMatchObject({ action: 'replace', replacePaths: ['content'] });
    expect(c.change.causes).toEqual(expect.arrayContaining(['cannot-update', 'attributes']));
    expect(c.resourceClass).toBe('ephemeral');
    expect(report.decision.gate).toBe('open');
  });

  it('a moved block is a move, not a destroy', () => {
    const report = analyzeFiles([corpusPlan('tf-eq-moved-simple.json')]);
    const c = change(report, 'tfcoremock_simple_resource.second');
    expect(c.change).toMatchObject({ action: 'move', previousAddress: 'tfcoremock_simple_resource.first' });
    expect(c.score).toBe(0);
    expect(report.decision.verdict).toBe('pass');
    const updated = change(analyzeFiles([corpusPlan('tf-eq-moved-with-update.json')]), 'tfcoremock_simple_resource.moved');
    expect(updated.change).toMatchObject({ action: 'update', previousAddress: 'tfcoremock_simple_resource.base' });
    const block = change(analyzeFiles([corpusPlan('tfjson-moved-block.json')]), 'random_id.test2');
    expect(block.change).toMatchObject({ action: 'move', previousAddress: 'random_id.test' });
  });

  it('drift is reported apart and never scored', () => {
    for (const file of ['tf-eq-moved-with-drift.json', 'tfsummarize-github-modules.json', 'tofu-eq-drift-refresh-only.json', 'tfcompliance-delete-with-drift.json']) {
      const report = analyzeFiles([corpusPlan(file)]);
      const input = readPlanFile(corpusPlan(file));
      expect(input.drift.length).toBeGreaterThan(0);
      const driftAddresses = new Set(report.drift.map((d) => d.address));
      const changed = new Set(input.changes.map((c) => c.address));
      for (const a of report.changes) expect(changed).toContain(a.change.address);
      for (const d of report.drift) expect(input.drift.map((c) => c.address)).toContain(d.address);
      expect(report.changes.map((a) => a.change)).not.toEqual(expect.arrayContaining(report.drift));
      if (file === 'tofu-eq-drift-refresh-only.json') {
        expect(report.changes).toHaveLength(0);
        expect(report.decision.verdict).toBe('pass');
        expect(driftAddresses.size).toBeGreaterThan(0);
      }
    }
    const summarize = analyzeFiles([corpusPlan('tfsummarize-github-modules.json')]);
    expect(summarize.drift.filter((d) => d.action === 'delete')).toHaveLength(3);
  });

  it('deletes say why: no configuration, count index; format 0.1 has no reason', () => {
    expect(change(analyzeFiles([corpusPlan('tf-show-basic-delete.json')]), 'test_instance.test-delete').change.causes).toEqual(['no-config']);
    expect(change(analyzeFiles([corpusPlan('tf-show-basic-delete-fv0.1.json')]), 'test_instance.test-delete').change.causes).toEqual(['unknown']);
    const drift = analyzeFiles([corpusPlan('tfcompliance-delete-with-drift.json')]);
    const deletes = drift.changes.filter((a) => a.change.action === 'delete');
    expect(deletes).toHaveLength(2);
    expect(deletes.every((a) => a.change.address.endsWith('[0]'))).toBe(true);
  });

  it('a tainted null_resource is replaced for that reason and is not gated', () => {
    const report = analyzeFiles([corpusPlan('tfjson-tainted-replace.json')]);
    const c = report.changes.find((a) => a.change.action === 'replace');
    expect(c?.change.causes).toEqual(['tainted']);
    expect(c?.resourceClass).toBe('ephemeral');
    expect(report.decision.gate).toBe('open');
  });

  it('imports are imports, not creates', () => {
    for (const file of ['tf-cloud-import-generated-config.json', 'tfjson-identity-import.json']) {
      const report = analyzeFiles([corpusPlan(file)]);
      expect(report.changes.map((a) => a.change.action)).toContain('import');
      expect(report.decision.verdict).toBe('pass');
    }
  });

  it('data-source reads are not listed', () => {
    const report = analyzeFiles([corpusPlan('tf-eq-data-read-modules.json')]);
    const input = readPlanFile(corpusPlan('tf-eq-data-read-modules.json'));
    expect(input.changes.some((c) => c.action === 'read')).toBe(true);
    expect(report.changes.some((a) => a.change.action === 'read')).toBe(false);
  });

  it('module instance keys are kept in addresses and stripped in configuration addresses', () => {
    const keyed = readPlanFile(corpusPlan('tfsummarize-github-modules.json')).changes.find((c) => c.address.startsWith('module.github["'));
    expect(keyed?.module).toBe('module.github');
    expect(keyed?.configAddress).toMatch(/^module\.github\.github_[a-z_]+\.[a-z_]+$/);
    const counted = readPlanFile(corpusPlan('tf-show-modules.json')).changes.find((c) => c.address === 'module.module_test_foo.test_instance.test[2]');
    expect(counted).toMatchObject({ index: 2, module: 'module.module_test_foo', configAddress: 'module.module_test_foo.test_instance.test' });
  });

  it('sensitive values never reach any output', () => {
    for (const [file, secret] of [
      ['tf-show-sensitive-values.json', 'boop'],
      ['tfjson-110-sensitive-values.json', undefined],
    ] as const) {
      const doc = JSON.parse(readFileSync(corpusPlan(file), 'utf8')) as { variables?: Record<string, { value: unknown }> };
      const secrets = secret ? [secret] : Object.values(doc.variables ?? {}).map((v) => v.value).filter((v): v is string => typeof v === 'string' && v.length > 3);
      const report = analyzeFiles([corpusPlan(file)]);
      const outputs = [JSON.stringify(jsonReport(report)), renderText(report), renderMarkdown(report), JSON.stringify(readPlanFile(corpusPlan(file)).changes)];
      for (const s of secrets) for (const out of outputs) expect(out).not.toContain(s);
    }
  });

  it('a plan without format_version (overmind) is still read', () => {
    const report = analyzeFiles([corpusPlan('overmind-aws-kubernetes-large.json')]);
    expect(change(report, 'kubernetes_deployment.nats_box').change.causes).toEqual(['no-config']);
  });

  it('real AWS S3 bucket replacement and deletion: tagged Dev, a warning; named production, gated', () => {
    const dev = analyzeFiles([corpusPlan('tfvisual-aws-s3-replace-0.12.json')]);
    expect(dev.environments[0]).toMatchObject({ name: 'Dev', production: false });
    expect(dev.decision.verdict).toBe('warn');
    const report = analyzeFiles([corpusPlan('tfvisual-aws-s3-replace-0.12.json')], { environment: 'production' });
    expect(report.decision.verdict).toBe('review');
    expect(report.changes.filter((a) => a.change.type === 'aws_s3_bucket' && a.change.action !== 'create').every((a) => a.severity === 'critical')).toBe(true);
    const snyk = analyzeFiles([corpusPlan('snyk-aws-create-update-delete.json')]);
    expect(snyk.decision.verdict).toBe('review');
    expect(snyk.changes.find((a) => a.change.action === 'delete')?.findings.map((f) => f.code)).toContain('stateful-destroy');
  });

  it('deleting a GCP project and folder is gated', () => {
    const report = analyzeFiles([corpusPlan('tfvalidator-google-delete-resources.json')]);
    expect(['review', 'fail']).toContain(report.decision.verdict);
    expect(report.decision.gatedAddresses.some((a) => a.startsWith('google_project.'))).toBe(true);
  });

  it('creates and in-place updates only: pass', () => {
    for (const file of ['conftest-gke-0.12-beta.json', 'kyverno-ecs-cluster.json', 'checkov-aws-null-55-resources.json', 'rover-random-noop.json', 'tfcompliance-datadog-updates.json', 'infracost-targeted-update.json']) {
      expect(analyzeFiles([corpusPlan(file)]).decision.verdict, file).toBe('pass');
    }
  });

  it('configuration references give dependents, across modules too', () => {
    const azure = buildGraph(readPlanFile(corpusPlan('checkov-azurerm-references.json')));
    expect(azure.known).toBe(true);
    const input = readPlanFile(corpusPlan('checkov-azurerm-references.json'));
    const group = input.changes.find((c) => c.type === 'azurerm_resource_group');
    expect(group && azure.dependentsOf(group.configAddress).count).toBeGreaterThan(0);

    const nested = readPlanFile(corpusPlan('checkov-nested-modules-connections.json'));
    const graph = buildGraph(nested);
    const root = graph.dependentsOf('aws_s3_bucket.root_bucket');
    expect(root.addresses.map((a) => a.address)).toContain('aws_s3_bucket_public_access_block.root');
  });

  it('a deleted GCP folder counts what prior state says depended on it', () => {
    const report = analyzeFiles([corpusPlan('tfvalidator-google-delete-resources.json')]);
    const folder = report.changes.find((a) => a.change.type === 'google_folder');
    expect(folder?.dependents.addresses.map((a) => a.address)).toEqual(expect.arrayContaining(['google_project.example_tf_project']));
  });

  it('a plan without configuration says dependents are unknown', () => {
    const report = analyzeFiles([corpusPlan('tfvisual-aws-s3-replace-0.12.json')]);
    const destroyed = report.changes.find((a) => a.change.action === 'delete');
    expect(destroyed?.factors.find((f) => f.name === 'dependents')?.detail).toContain('unknown');
  });
});
