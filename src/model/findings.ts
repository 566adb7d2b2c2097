/** What checks produce: one finding per problem, pointing at the source. */
import type { Position } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Chinese, says what is wrong and what the right value is. */
  message: string;
  position: Position;
  /** The related place ("the total row is here"). */
  cause?: { message: string; position: Position };
}
