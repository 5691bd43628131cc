import type { Dependents, PlanInput } from '../model.js';

/** Who depends on whom, built once per plan from its configuration references. */
export interface DependencyGraph {
  /** Resource nodes (configuration addresses) that depend on `configAddress`, transitively, with depth. */
  dependentsOf(configAddress: string): Dependents;
  /** False when the plan carries no configuration: dependents are unknown, not zero. */
  known: boolean;
}

export function buildGraph(input: PlanInput): DependencyGraph {
  // The reader says which nodes are not resources; a data source read is a resource on the way, never a dependent.
  const kinds = input.nodeKinds ?? new Map<string, 'value' | 'data'>();
  const isResourceNode = (node: string) => kinds.get(node) !== 'value';
  // Reverse the edges: for each node, who refers to it.
  const referrers = new Map<string, string[]>();
  for (const [from, targets] of input.references) {
    for (const to of targets) {
      const list = referrers.get(to);
      if (list) list.push(from);
      else referrers.set(to, [from]);
    }
  }
  // A configuration resource stands for every instance the plan has of it (count/for_each).
  const instances = new Map<string, string[]>();
  for (const change of input.changes) {
    if (change.mode !== 'managed') continue;
    const list = instances.get(change.configAddress);
    if (list) list.push(change.address);
    else instances.set(change.configAddress, [change.address]);
  }

  const cache = new Map<string, Dependents>();
  return {
    known: input.references.size > 0,
    dependentsOf(configAddress) {
      const cached = cache.get(configAddress);
      if (cached) return cached;
      // 0-1 breadth-first search: a hop through a resource costs 1, a hop through a variable/output/module costs 0.
      const depth = new Map<string, number>([[configAddress, 0]]);
      const queue: string[] = [configAddress];
      while (queue.length > 0) {
        const node = queue.shift() as string;
        const d = depth.get(node) ?? 0;
        for (const referrer of referrers.get(node) ?? []) {
          const step = isResourceNode(referrer) ? 1 : 0;
          const next = d + step;
          const seen = depth.get(referrer);
          if (seen !== undefined && seen <= next) continue;
          depth.set(referrer, next);
          if (step === 0) queue.unshift(referrer);
          else queue.push(referrer);
        }
      }
      const addresses: Dependents['addresses'] = [];
      for (const [node, d] of depth) {
        if (node === configAddress || kinds.has(node)) continue;
        for (const address of instances.get(node) ?? [node]) addresses.push({ address, depth: d });
      }
      addresses.sort((a, b) => a.depth - b.depth || a.address.localeCompare(b.address));
      const result = { count: addresses.length, addresses };
      cache.set(configAddress, result);
      return result;
    },
  };
}
