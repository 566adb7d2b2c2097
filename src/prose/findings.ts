/** Wording and places of prose findings: at the number in the sentence, with the table cell as cause. */
import type { Finding, Severity } from '../model/findings.js';
import { formatNumber as n } from '../rules/shared/numbers.js';
import type { Claim } from './claims.js';
import type { Figure } from './figures.js';
import { proseOffsetPosition } from './position.js';

export type ProseFinding = Omit<Finding, 'ruleId'>;

export const claimPosition = (c: Claim) => proseOffsetPosition(c.paragraph, c.start, c.end);

/** Whether the stated value is one of the figure's candidate values. */
export const agrees = (value: number | null, figure: Figure | null): boolean =>
  value === null || figure === null || figure.values.includes(value);

/** `正文称“共收到政府信息公开申请18件”，但表三“一、本年新收”总计为 17` (+ `extra`). */
export function contradiction(claim: Claim, severity: Severity, figure: Figure, extra = ''): ProseFinding {
  const shown = n(figure.values[0]!);
  return {
    severity,
    message: `正文称“${claim.quote}”，但${figure.place}为 ${shown}${extra}`,
    position: claimPosition(claim),
    cause: { message: `${figure.place}为 ${shown}`, position: figure.cell.position },
  };
}

/** For `，加上“二、上年结转”为 18` and the like: the other figures tried, in words. */
export function alsoTried(figures: (Figure | null)[]): string {
  return figures
    .filter((f): f is Figure => f !== null)
    .map((f) => `，${f.place}为 ${n(f.values[0]!)}`)
    .join('');
}
