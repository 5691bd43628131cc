import { movedBlock } from './renames.js';
import type { Change } from '../model.js';
import { formatAddress, parseAddress, type ResourcePart } from '../util/terraform-address.js';

// Where the moved {} block for a rename belongs. A rename inside one module instance is written in that
// module's source, with addresses relative to it, so that it holds for every instance; anything else (across
// modules, or between instances of one module) only the root module can say, with full instance addresses.

export interface MovedFix {
  /** The module whose source gets the block ('' for the root), as in Change.module. */
  module: string;
  /** The file to add it to (relative to the root module's directory): where the renamed resource is declared. */
  file?: string;
  line?: number;
  block: string;
}

function resourceText(r: ResourcePart, withKey: boolean): string {
  return `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}${withKey && r.key !== undefined ? `[${r.key}]` : ''}`;
}

export function placeMovedBlock(from: Change, to: Change): MovedFix {
  const f = parseAddress(from.address);
  const t = parseAddress(to.address);
  const sameInstance = f && t && formatAddress({ modules: f.modules }) === formatAddress({ modules: t.modules });
  if (f?.resource && t?.resource && sameInstance && from.module === to.module) {
    // Same keys on both sides: the whole resource moved, every instance with it.
    const keys = f.resource.key !== t.resource.key;
    return {
      module: to.module,
      ...(to.location ? { file: to.location.file, line: to.location.line } : {}),
      block: movedBlock(resourceText(f.resource, keys), resourceText(t.resource, keys)),
    };
  }
  return {
    module: '',
    ...(to.module === '' && to.location ? { file: to.location.file, line: to.location.line } : {}),
    block: movedBlock(from.address, to.address),
  };
}

/**
 * "Add:" and the block to paste, for a finding's message, with where it goes as an HCL comment above it
 * (`# in modules/site/main.tf (module.site)`). A rename in the root with no location known reads as the core
 * has always written it.
 */
export function movedAdvice(from: Change, to: Change): string {
  const fix = placeMovedBlock(from, to);
  const module = fix.module ? ` (${fix.module})` : '';
  const where = fix.file
    ? `# in ${fix.file}${module}\n`
    : fix.module
      ? `# in the source of ${fix.module}\n`
      : from.module || to.module
        ? '# in the root module\n'
        : '';
  return `Add:\n${where}${fix.block}`;
}
