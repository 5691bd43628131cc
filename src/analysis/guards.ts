import { disabledBetween, type DisabledGuard } from '../catalog/guards.js';
import type { Change } from '../model.js';

/** Guards that were on before and are off after this change (in-place updates; a replacement starts afresh). */
export function disabledGuards(change: Change): DisabledGuard[] {
  if (change.action !== 'update' && change.action !== 'import') return [];
  const { before, after } = change;
  if (!before || !after) return [];
  return disabledBetween(before, after);
}
