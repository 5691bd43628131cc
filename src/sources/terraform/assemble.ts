import { InputError } from '../../errors.js';
import type { Change, EnvironmentSignal, PlanInput, SourceRef } from '../../model.js';
import { readChange } from './change.js';
import { nodeKindsOf, readConfiguration, sensitiveVariables, StateDependencies } from './config.js';
import { compactUpdate, cutDownElement, SharedParts } from './unchanged.js';
import { collectSensitive, secretRedactor } from './values.js';
import { isRecord } from '../../util/record.js';

// Builds a PlanInput from a plan's parts given one at a time, in any order: the whole-document reader and the
// streaming reader feed the same assembly, so both give the same input and the same errors.
// A secret can be marked anywhere in a plan (even in the configuration, after every change), so unmarked copies
// of secrets are redacted at the end, once every secret is known.



const SUPPORTED_MAJOR = 1;

export type PlanList = 'resource_changes' | 'deferred_changes' | 'resource_drift';

/** The order of the checks: when a plan has several problems, the first in this order is the one reported. */
const RANK = {
  list: { resource_changes: 1, deferred_changes: 2, resource_drift: 4 } as Record<PlanList, number>,
  deferredShape: 3,
  change: 5,
  deferred: 6,
  drift: 7,
};

/** Every value the change's masks mark sensitive. */
function collectChangeSecrets(rc: unknown, out: Set<string>): void {
  const change = isRecord(rc) ? rc['change'] : undefined;
  if (!isRecord(change)) return;
  collectSensitive(change['before'], change['before_sensitive'], out);
  collectSensitive(change['after'], change['after_sensitive'], out);
}

export class PlanAssembly {
  private formatVersion: unknown;
  private toolVersion: unknown;
  private variables: unknown;
  private configuration: unknown;
  private readonly state = new StateDependencies();
  private readonly changes: Change[] = [];
  private readonly deferred: Change[] = [];
  private readonly drift: Change[] = [];
  /** Per list, so that their union has the order the secrets were always found in. */
  private readonly secrets = { changes: new Set<string>(), deferred: new Set<string>(), drift: new Set<string>() };
  private failure: { rank: number; error: InputError } | undefined;
  private readonly shared = new SharedParts();

  constructor(private readonly source: SourceRef) {}

  private fail(rank: number, error: unknown): void {
    if (!(error instanceof InputError)) throw error;
    if (!this.failure || rank < this.failure.rank) this.failure = { rank, error };
  }

  header(formatVersion: unknown, toolVersion: unknown): void {
    this.formatVersion = formatVersion;
    this.toolVersion = toolVersion;
  }

  setVariables(variables: unknown): void {
    this.variables = variables;
  }

  setConfiguration(configuration: unknown): void {
    this.configuration = configuration;
  }

  /** A resource of prior state (only its address and depends_on are read), in prior state's module order. */
  addStateResource(resource: unknown): void {
    this.state.add(resource);
  }

  /** A top-level list's value: the elements when it is an array; missing or null is empty, anything else bad input. */
  list(key: PlanList, value: unknown): unknown[] {
    if (Array.isArray(value)) return value;
    if (value !== undefined && value !== null) this.fail(RANK.list[key], new InputError(this.source.path, `"${key}" is not an array`));
    return [];
  }

  /**
   * One resource_changes element. `whole` keeps every change as read; `cut` keeps a plain no-op cut down and an
   * in-place update compacted (unchanged.ts); `plain-no-op-only` takes an element partly cut down (element.ts), and only if it reads as a
   * plain no-op: otherwise (also on an error) it returns false, and the caller gives the whole element instead.
   */
  addResourceChange(rc: unknown, index: number, keep: 'whole' | 'cut' | 'plain-no-op-only' = 'whole'): boolean {
    const where = `resource_changes[${index}]`;
    try {
      if (keep !== 'whole') {
        // Cut first: a plain no-op's before and after are not even cleaned.
        const cut = readChange(cutDownElement(rc), where, this.source);
        if (cut.action === 'no-op') {
          collectChangeSecrets(rc, this.secrets.changes);
          this.changes.push(this.shared.share(cut));
          return true;
        }
        if (keep === 'plain-no-op-only') return false;
      }
      const change = readChange(rc, where, this.source);
      this.changes.push(keep === 'cut' && change.action === 'update' ? compactUpdate(change) : change);
      collectChangeSecrets(rc, this.secrets.changes);
    } catch (error) {
      if (keep === 'plain-no-op-only') return false;
      this.fail(RANK.change, error);
    }
    return true;
  }

  addDeferredChange(entry: unknown, index: number): void {
    if (!isRecord(entry)) {
      this.fail(RANK.deferredShape, new InputError(this.source.path, `deferred_changes[${index}] is not an object`));
      return;
    }
    const rc = entry['resource_change'];
    const reason = typeof entry['reason'] === 'string' ? entry['reason'] : 'unknown';
    try {
      this.deferred.push(readChange(rc, `deferred_changes[${index}].resource_change`, this.source, reason));
      collectChangeSecrets(rc, this.secrets.deferred);
    } catch (error) {
      this.fail(RANK.deferred, error);
    }
  }

  addDrift(rc: unknown, index: number): void {
    try {
      this.drift.push(readChange(rc, `resource_drift[${index}]`, this.source));
      collectChangeSecrets(rc, this.secrets.drift);
    } catch (error) {
      this.fail(RANK.drift, error);
    }
  }

  /** The input, or the first problem found. The caller has checked that the document is a plan. */
  finish(): PlanInput {
    const { source } = this;
    const formatVersion = typeof this.formatVersion === 'string' ? this.formatVersion : undefined;
    if (formatVersion !== undefined) {
      const major = Number(formatVersion.split('.')[0]);
      if (!Number.isInteger(major) || major > SUPPORTED_MAJOR) {
        throw new InputError(source.path, `unsupported plan format_version "${formatVersion}" (supported: 0.1 to 1.x)`);
      }
    }
    if (this.failure) throw this.failure.error;

    const variables = isRecord(this.variables) ? this.variables : {};
    const sensitive = sensitiveVariables(this.configuration);
    const secrets = new Set([...this.secrets.changes, ...this.secrets.deferred, ...this.secrets.drift]);
    for (const name of sensitive) {
      const v = variables[name];
      collectSensitive(isRecord(v) ? v['value'] : undefined, true, secrets);
    }
    const changes = [...this.changes, ...this.deferred];
    if (secrets.size > 0) {
      const redact = secretRedactor(secrets);
      for (const change of [...changes, ...this.drift]) {
        change.before = redact(change.before);
        change.after = redact(change.after);
      }
    }

    // A sensitive variable's value is in the plan JSON in plain text: it never leaves the reader.
    const plain: Record<string, string> = {};
    for (const [key, v] of Object.entries(variables)) {
      if (sensitive.has(key) || !isRecord(v) || typeof v['value'] !== 'string' || secrets.has(v['value'])) continue;
      plain[key] = v['value'];
    }
    const config = readConfiguration(this.configuration, this.state, plain);
    const hasConfiguration = isRecord(this.configuration) && isRecord(this.configuration['root_module']);
    const signals: EnvironmentSignal[] = Object.entries(plain).map(([key, value]) => ({
      kind: 'variable',
      key,
      value,
      ...(hasConfiguration && !config.referencedVariables.has(key) ? { unreferenced: true } : {}),
    }));
    for (const m of config.moduleInputs) {
      if (m.eachKey) signals.push({ kind: 'module-input', key: `${m.module}.var.${m.input}`, value: 'each.key', module: m.module, eachKey: true });
      else if (m.value !== undefined && !secrets.has(m.value)) signals.push({ kind: 'module-input', key: `${m.module}.var.${m.input}`, value: m.value, module: m.module });
    }

    return {
      source,
      ...(formatVersion !== undefined ? { formatVersion } : {}),
      ...(typeof this.toolVersion === 'string' ? { toolVersion: this.toolVersion } : {}),
      changes,
      drift: this.drift,
      references: config.references,
      nodeKinds: nodeKindsOf(config.references),
      renameFix: 'moved-block',
      signals,
    };
  }
}
