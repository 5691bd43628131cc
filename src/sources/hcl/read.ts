import { statSync } from 'node:fs';
import { posix } from 'node:path';
import { InputError } from '../../errors.js';
import type { EnvironmentSignal, InputFinding, PlanInput } from '../../model.js';
import { loadConfig, type TerraformConfig } from './config.js';
import { gitTree, locateInRepository, resolveRange } from './git.js';
import { addedRemovals, droppedMoves } from './moves.js';
import { planTimeCode } from './plan-time-code.js';
import { guardsSwitchedOff, preventDestroyRemoved } from './protections.js';
import { directoryTree, type SourceTree } from './tree.js';
import { hclParser } from './wasm.js';

/** The Terraform configuration of a PR's base and head, as an input: findings about the edit, signals of the head. */
export interface ConfigInput extends PlanInput {
  base: TerraformConfig;
  head: TerraformConfig;
}

/** Everything the edit from base to head does to protections, moves, removals and code run at plan or apply. Pure. */
function compareConfigs(base: TerraformConfig, head: TerraformConfig): InputFinding[] {
  return [
    ...preventDestroyRemoved(base, head),
    ...droppedMoves(base, head),
    ...addedRemovals(base, head),
    ...guardsSwitchedOff(base, head),
    ...planTimeCode(base, head),
  ];
}

/** Root variables the head sets to a string (tfvars over defaults): they may name the environment. */
function signalsOf(head: TerraformConfig): EnvironmentSignal[] {
  return [...head.rootValues]
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([key, value]) => ({ kind: 'variable', key, value }));
}

async function read(baseTree: SourceTree, headTree: SourceTree, path: string, baseMayBeMissing: boolean): Promise<ConfigInput> {
  const parser = await hclParser();
  const head = loadConfig(headTree, parser);
  if (!head.exists) throw new InputError(head.name, 'no such directory');
  if (head.rootFiles === 0) throw new InputError(head.name, 'holds no .tf files (is it the root module of a Terraform configuration?)');
  const base = loadConfig(baseTree, parser);
  if (!base.exists && !baseMayBeMissing) throw new InputError(base.name, 'no such directory');
  return {
    source: { path, format: 'terraform-config' },
    changes: [],
    drift: [],
    references: new Map(),
    renameFix: 'moved-block',
    signals: signalsOf(head),
    findings: compareConfigs(base, head),
    base,
    head,
  };
}

function assertDirectory(dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new InputError(dir, 'no such directory');
  if (!stat.isDirectory()) throw new InputError(dir, 'is not a directory');
}

/** --tf-base DIR --tf-head DIR: two checkouts of the root module. Locations are relative to `headDir`. */
export async function readTerraformConfig(baseDir: string, headDir: string): Promise<ConfigInput> {
  assertDirectory(baseDir);
  assertDirectory(headDir);
  return read(directoryTree(baseDir), directoryTree(headDir), headDir, false);
}

/**
 * --tf-diff BASE..HEAD (or BASE...HEAD, from the merge base as a PR does) in the repository that holds `repoDir`,
 * read with git and never checked out. `subdir` is the root module's directory, relative to `repoDir`; locations
 * are relative to it, and the input's source path is the root module's path in the repository (what annotations
 * need as their root). A root module that the base revision does not have yet is a new configuration, not an error.
 */
export async function readTerraformConfigFromGit(repoDir: string, range: string, subdir = ''): Promise<ConfigInput> {
  const { top, prefix } = locateInRepository(repoDir);
  const { base, head } = resolveRange(top, range);
  const dir = posix.normalize(posix.join(prefix || '.', subdir || '.')).replace(/\/$/, '');
  if (dir === '..' || dir.startsWith('../')) throw new InputError(subdir, `is outside the repository at ${top}`);
  const root = dir === '.' ? '' : dir;
  return read(gitTree(top, base, root), gitTree(top, head, root), root || '.', true);
}
