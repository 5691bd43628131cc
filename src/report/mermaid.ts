import type { AssessedChange } from '../model.js';
import { escapeFenced } from './escape.js';
import { plural } from './words.js';

// A picture of the blast radius for GitHub's Mermaid renderer: the change and what depends on it, by distance.
// Node ids are generated (n0, n1, …): an address never becomes syntax. Labels are quoted with Mermaid's entity
// codes for the characters that could end them, and the graph is capped so it stays readable.

const MAX_PER_DEPTH = 8;
const MAX_DEPTH = 3;

/** A label inside `["…"]`: quotes, angle brackets, backticks and pipes as entity codes, one line. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
    .replace(/[[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`)
    .replace(/\s+/g, ' ');
}

const LEVEL = ['', 'uses it directly', 'two steps away', 'three steps away'];

/** The lines of a ```mermaid block, or undefined when nothing depends on the change. */
export function blastRadius(a: AssessedChange): string[] | undefined {
  if (a.dependents.count === 0) return undefined;
  const lines = ['flowchart LR', `  n0["${mermaidLabel(a.change.address)}"]`, '  style n0 stroke:#d00,stroke-width:3px'];
  let next = 1;
  let previous = 'n0';
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    const at = a.dependents.addresses.filter((d) => d.depth === depth);
    if (at.length === 0) break;
    lines.push(`  subgraph d${depth}["${mermaidLabel(`${at.length} ${LEVEL[depth] ?? ''}`)}"]`);
    for (const d of at.slice(0, MAX_PER_DEPTH)) lines.push(`    n${next++}["${mermaidLabel(d.address)}"]`);
    if (at.length > MAX_PER_DEPTH) lines.push(`    n${next++}["${mermaidLabel(`… ${at.length - MAX_PER_DEPTH} more`)}"]`);
    lines.push('  end');
    // A level depends on the one before it: which member on which is in the JSON report's dependentAddresses.
    lines.push(`  ${previous} --> d${depth}`);
    previous = `d${depth}`;
  }
  const deeper = a.dependents.addresses.filter((d) => d.depth > MAX_DEPTH).length;
  if (deeper > 0) lines.push(`  n${next}["${mermaidLabel(`${plural(deeper, 'resource')} further away`)}"]`, `  ${previous} -.-> n${next}`);
  return lines.map(escapeFenced);
}
