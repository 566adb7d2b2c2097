/** Wording of identity findings, derived from the identity's Chinese name (`前缀：左 = 右`). */
import type { IdentityDef } from '../../formats/index.js';

export interface IdentitySides {
  /** Text before `：`, e.g. `行政复议` (empty when none). */
  prefix: string;
  left: string;
  /** The right side as a noun phrase ending in 之和. */
  right: string;
}

export function identitySides(identity: IdentityDef): IdentitySides {
  const colon = identity.name.indexOf('：');
  const prefix = colon >= 0 ? identity.name.slice(0, colon) : '';
  const body = colon >= 0 ? identity.name.slice(colon + 1) : identity.name;
  const [left = body, right = ''] = body.split('=').map((s) => s.trim());
  const list = right.split('+').map((s) => s.trim()).join('、');
  return { prefix, left, right: list.endsWith('之和') ? list : `${list}之和` };
}
