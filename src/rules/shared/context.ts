/**
 * What remark-nianbao-rules passes to rules beyond `RuleContext`: the end of the document, which the model
 * does not record. Rules read it through `documentEnd`, which falls back on the model's last known element.
 */
import type { Position, ReportModel } from '../../model/types.js';
import type { RuleContext } from '../types.js';
import { lastKnownPosition, pointAfter } from './places.js';

export interface CheckContext extends RuleContext {
  /** End of the last block of the Markdown document. */
  documentEnd?: Position;
}

/** Where something missing at the end of the report belongs. */
export function documentEnd(model: ReportModel, context: RuleContext): Position {
  return (context as CheckContext).documentEnd ?? pointAfter(lastKnownPosition(model));
}
