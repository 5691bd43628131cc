import { disabledBetween, type DisabledGuard } from '../catalog/guards.js';
import { UNKNOWN, REDACTED, type Change } from '../model.js';

const known = (v: unknown) => v !== undefined && v !== UNKNOWN && v !== REDACTED;

/**
 * Guards that were on before and are off, or unknown until apply, after this change (in-place updates; a
 * replacement starts afresh). A settings resource created for a store that exists already (its bucket is known)
 * is compared with no setting at all.
 */
export function disabledGuards(change: Change): DisabledGuard[] {
  const { before, after } = change;
  if (change.action === 'update' || change.action === 'import') return before && after ? disabledBetween(before, after, change.type) : [];
  if (change.action === 'create' && after && typeof after['bucket'] === 'string' && known(after['bucket'])) {
    return disabledBetween({}, after, change.type).filter((g) => g.dataLoss !== undefined);
  }
  return [];
}
