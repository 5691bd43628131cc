import type { Action, Cause, ReplaceOrder, Retention } from '../../model.js';

// Terraform writes actions as arrays; there is no "replace" string.
interface ActionShape {
  action: Action;
  replaceOrder?: ReplaceOrder;
  retention?: Retention;
}

const ACTIONS: Record<string, ActionShape> = {
  'no-op': { action: 'no-op' },
  create: { action: 'create' },
  read: { action: 'read' },
  update: { action: 'update' },
  delete: { action: 'delete' },
  forget: { action: 'forget', retention: 'forget' },
  'delete,create': { action: 'replace', replaceOrder: 'destroy-before-create' },
  'create,delete': { action: 'replace', replaceOrder: 'create-before-destroy' },
  // Replaced while the old object is left in place (lifecycle destroy = false): nothing is destroyed.
  'create,forget': { action: 'replace', replaceOrder: 'create-before-destroy', retention: 'forget' },
};

export function actionShape(actions: unknown): ActionShape | undefined {
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) return undefined;
  return ACTIONS[actions.join(',')];
}

const REASONS: Record<string, Cause> = {
  replace_because_tainted: 'tainted',
  replace_because_cannot_update: 'cannot-update',
  replace_by_request: 'requested',
  replace_by_triggers: 'requested',
  delete_because_no_resource_config: 'no-config',
  delete_because_no_module: 'no-config',
  delete_because_wrong_repetition: 'wrong-repetition',
  delete_because_count_index: 'count-index',
  delete_because_each_key: 'each-key',
  delete_because_no_move_target: 'moved-target-missing',
};

/** The causes a change's action_reason and replace_paths give (older formats have neither). */
export function causesOf(reason: unknown, replacePaths: string[], action: Action): Cause[] {
  const causes = new Set<Cause>();
  if (typeof reason === 'string') {
    const cause = REASONS[reason];
    if (cause) causes.add(cause);
  }
  if (replacePaths.length > 0) causes.add('attributes');
  if (causes.size === 0 && (action === 'replace' || action === 'delete')) causes.add('unknown');
  return [...causes];
}

/** `[["list", 1, "id"]]` -> `["list[1].id"]` */
export function replacePathStrings(paths: unknown): string[] {
  if (!Array.isArray(paths)) return [];
  return paths.filter(Array.isArray).map((steps: unknown[]) =>
    steps
      .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
      .join(''),
  );
}
