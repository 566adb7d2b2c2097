/** Chinese explanations for totals nianbao will not touch: typed totals that disagree with their parts. */
import { formatNumber as n } from '../rules/shared/numbers.js';
import { identitySides } from '../rules/shared/identity-message.js';
import { cellPlace } from '../rules/shared/places.js';
import { columnLabel, rowLabel } from '../rules/shared/tables.js';
import type { Conflict, Disagreement, Equation } from './totals.js';
import type { Refusal } from './types.js';

const HANDS_OFF = 'nianbao 不会改动已填写的数字，请核对后手工修改';

export function conflictRefusals(conflicts: readonly Conflict[]): Refusal[] {
  return conflicts.map(({ equation, typed, expected }) => {
    const { target } = equation;
    const line = target.cell.position.line;
    return {
      message: `第${line}行${place(equation)}为 ${n(typed)}，与${identitySides(equation.identity).right} ${n(expected)} 不一致：${HANDS_OFF}`,
      position: target.cell.position,
    };
  });
}

export function disagreementRefusals(disagreements: readonly Disagreement[]): Refusal[] {
  return disagreements.map(({ ref, candidates }) => ({
    message:
      `${cellPlace(ref.def, ref.row.rowId, ref.columnId)}为空，但按${candidates.map((c) => `${identitySides(c.equation.identity).right}应为 ${n(c.value)}`).join('、按')}，` +
      '两种算法结果不一致：nianbao 不会填写，请先核对已填写的数字',
    position: ref.cell.position,
  }));
}

/** `表三（七）总计「自然人」列` for a column total, `表三「一、…」行「总计」列` for a row total. */
function place({ identity, target }: Equation): string {
  if (identity.axis === 'column' && target.def.id !== 'table4') {
    return `${target.def.name}${rowLabel(target.def, target.row.rowId)}「${columnLabel(target.def, target.columnId)}」列`;
  }
  return cellPlace(target.def, target.row.rowId, target.columnId);
}
